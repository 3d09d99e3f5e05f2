// Sentence splitting for Swedish: a sentence ends at . ! ? … before a capital or a digit, except
// after an abbreviation (t.ex., bl.a., s.), an initial (A. Norbrant) or a list number (1.).
import type { Span } from '../types.js';
import { languageLoader, TEXT_LIST } from '../language/data-files.js';
import { isWhiteSpace, trimmedEnd } from '../util/white-space.js';

export interface Abbreviations {
  /** Never end a sentence: `t.ex.`, `bl.a.`, `s.`, `kap.` (lower case). */
  inner: Set<string>;
  /** Usually close a list and may close the sentence: `m.m.`, `o.s.v.` (lower case). */
  final: Set<string>;
}

interface AbbreviationsFile {
  abbreviations: string[];
  sentenceFinal: string[];
}

function toAbbreviations(data: AbbreviationsFile): Abbreviations {
  const lower = (list: string[]) => new Set(list.map((item) => item.trim().toLowerCase()));
  return { inner: lower(data.abbreviations), final: lower(data.sentenceFinal) };
}

const loader = languageLoader<AbbreviationsFile, Abbreviations>(
  'abbreviations.yaml',
  { type: 'object', required: ['abbreviations', 'sentenceFinal'], properties: { abbreviations: TEXT_LIST, sentenceFinal: TEXT_LIST } },
  toAbbreviations,
);

/** Parses abbreviations.yaml: `abbreviations` and `sentenceFinal`, lists of text. */
export function parseAbbreviations(text: string, file: string): Abbreviations {
  return loader.parse(text, file);
}

/** The abbreviations of the lexicons folder `lexiconsDir` (its own file, else the bundled one), read on first use. */
export function abbreviations(lexiconsDir?: string): Abbreviations {
  return loader.load(lexiconsDir);
}

/**
 * End punctuation, closing quotes and brackets, then the space before the next sentence. Matches
 * start only where a run of end punctuation starts: tried inside a long run ("……" with no space
 * after), each attempt would re-read the rest of the run.
 */
const CANDIDATE = /(?<![.!?…])[.!?…]+[)\]”"’»]*(?=\s)/gu;
/** Longer than any abbreviation or initials: such a token is checked no further. */
const MAX_TOKEN = 64;
/** What a new sentence may start with: a capital, a digit, an opening quote or bracket, § or a dash (sticky: tried where the next sentence would start, no copy of the rest of the text). */
const SENTENCE_START = /[\p{Lu}\d"”“'‘«(§–-]/uy;
const CAPITAL = /\p{Lu}/uy;
/** Whether sticky `pattern` matches `text` at `at`. */
function matchesAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/**
 * Whether the end punctuation at `punctEnd`…`end` ends a sentence. `textStart` is where the text's
 * first non-space is. Looks no further back than MAX_TOKEN characters, so that a text of many
 * sentence ends is read in linear time.
 */
function endsSentence(text: string, punctEnd: number, end: number, nextStart: number, textStart: number, known: Abbreviations): boolean {
  if (!matchesAt(SENTENCE_START, text, nextStart)) return false;
  const punctuation = text.slice(punctEnd, end);
  if (!punctuation.startsWith('.') || punctuation.startsWith('...')) return true;
  const tokenStart = tokenStartBefore(text, punctEnd);
  if (tokenStart < 0) return true;
  const token = text.slice(tokenStart, punctEnd + 1).replace(/^[("“”'‘«[]+/u, '');
  const word = token.toLowerCase();
  if (known.inner.has(word) || known.inner.has(word.slice(0, -1))) return false;
  if (known.final.has(word)) return matchesAt(CAPITAL, text, nextStart);
  // An initial: `A. Norbrant`, `P.-E. Ebbeståhl`.
  if (/^(?:\p{Lu}\.-?)+$/u.test(token)) return false;
  // A list number or letter at the very start: `1. Kommunfullmäktige godkänner…`.
  if (/^(?:\d{1,3}|\p{L})\.$/u.test(token) && textStart >= tokenStart) return false;
  return true;
}

/** How many white-space characters (`\s`) stand in `text` from `from`: no copy of the rest of the text to match `^\s*` on. */
function leadingSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWhiteSpace(text.charCodeAt(i))) i++;
  return i - from;
}

/** Start of the token ending at `punctEnd` (after the last space before it), or -1 when it is longer than MAX_TOKEN. */
function tokenStartBefore(text: string, punctEnd: number): number {
  const limit = Math.max(0, punctEnd - MAX_TOKEN);
  for (let i = punctEnd - 1; i >= limit; i--) if (text.charCodeAt(i) === 0x20) return i + 1;
  return limit === 0 ? 0 : -1;
}

/**
 * Splits `text` into sentences; spans are offsets into `text` shifted by `offset`, trimmed of
 * spaces. `known`: the abbreviations that do not end a sentence; without it, the bundled ones.
 */
export function splitSentences(text: string, offset = 0, known: Abbreviations = abbreviations()): Span[] {
  const spans: Span[] = [];
  const first = leadingSpace(text, 0);
  if (first === text.length) return spans;
  let start = first;
  // `exec` on the one pattern, not `matchAll`, which copies the pattern for every passage.
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(text); match !== null; match = CANDIDATE.exec(text)) {
    const punctEnd = match.index;
    const end = punctEnd + match[0].length;
    const nextStart = end + leadingSpace(text, end);
    if (nextStart >= text.length || punctEnd < start) continue;
    if (!endsSentence(text, punctEnd, end, nextStart, first, known)) continue;
    spans.push({ start: offset + start, end: offset + end });
    start = nextStart;
  }
  CANDIDATE.lastIndex = 0;
  const last = trimmedEnd(text);
  if (last > start) spans.push({ start: offset + start, end: offset + last });
  return spans;
}
