// Character-level cleanup shared by every input format: invisible and typographic characters that
// PDF and Word put into text but that no reader sees as letters of their own.
import { isPlainSource } from './align.js';

const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

/** Private-use glyphs (Symbol/Wingdings fonts mapped to U+F000–U+F0FF): bullets, boxes, arrows. */
export const PRIVATE_USE_GLYPH = /[\uF000-\uF0FF]/u;

/**
 * Cleans one line or block of text: composes decomposed letters (NFC: "a" + U+0308 becomes "ä",
 * as text from macOS and some PDFs has them, which no pattern or lexicon would match), drops soft
 * hyphens and zero-width characters, turns non-breaking and other fixed-width spaces and tabs
 * into plain spaces, expands ligatures. Leading and trailing whitespace is left alone: at a PDF
 * page start it is a signal.
 */
export function cleanCharacters(text: string): string {
  if (isClean(text)) return text;
  return text
    .normalize('NFC')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/gu, '')
    .replace(/[\u00A0\u2007\u202F\u2000-\u200A\t]/gu, ' ')
    .replace(/[\uFB00-\uFB06]/gu, (ligature) => LIGATURES[ligature] ?? ligature);
}

/**
 * Whether `cleanCharacters` would leave `text` as it is, by one look at each character: most lines
 * are plain Latin-1 and typographic punctuation, and four passes over every line of every document
 * were 5 % of normalizing. A text without combining marks (U+0300 and up) is NFC already when each
 * of its characters is; every character below U+0300 is, and so are U+2010–U+2027 (dashes, quotes,
 * bullet, ellipsis). The soft hyphen, the no-break space and the tab are what this range has to clean.
 */
export const isClean = (text: string): boolean => !UNCLEAN.test(text);
/** What `isClean` looks for, by UTF-16 code unit (no `u` flag: a surrogate is unclean, as any character above U+2027). A class is a native scan, several times faster than a loop over the characters. */
const UNCLEAN = /[\t\u00a0\u00ad\u0300-\u200f\u2028-\uffff]/;

/** Collapses runs of spaces inside a line and trims it. */
export function squeezeSpaces(text: string): string {
  return text.replace(/ {2,}/g, ' ').trim();
}

/**
 * What neither `cleanCharacters` nor alignment's one-for-one walk leaves as it is: the union of
 * `UNCLEAN` above and align.ts's `NOT_ONE_FOR_ONE_CHARACTER`. A source without any is
 * clean and plain after one scan, where each question was a scan of its own.
 */
const NOT_CLEAN_OR_PLAIN = /[&\t\v\f\r\u0085\u00a0\u00ad\u0300-\u200f\u2028-\uffff]/;

/** `isClean(text)` and `isPlainSource(text)`, in one scan of most texts. */
export function sourceCharacters(text: string): { clean: boolean; plain: boolean } {
  if (!NOT_CLEAN_OR_PLAIN.test(text)) return { clean: true, plain: true };
  return { clean: isClean(text), plain: isPlainSource(text) };
}
