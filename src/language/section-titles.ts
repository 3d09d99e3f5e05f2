// Known section titles of municipal documents (language/section-headings.yaml of the lexicons
// folder): in PDF text they are the surest headings there are.
import { languageLoader, TEXT_LIST } from './data-files.js';

/**
 * `titleKey`, remembered for as long as the returned function lives: for one document's section
 * paths, which repeat the same few titles for every passage. Not for longer: a text kept as a key
 * keeps its whole document's text alive (it is a slice of it).
 */
export function titleKeys(): (text: string) => string {
  const keys = new Map<string, string>();
  return (text) => {
    let key = keys.get(text);
    if (key === undefined) keys.set(text, (key = titleKey(text)));
    return key;
  };
}

/** Turns a line into the form titles are compared in: lower case, no numbering, no final colon. */
export function titleKey(text: string): string {
  return text
    .trim()
    .replace(/^(?:\d+(?:\.\d+)*\.?|§\s*\d+)\s+/u, '')
    .replace(/\s*:$/u, '')
    .replace(/\s+/gu, ' ')
    .toLowerCase();
}

/** The known titles of one section-headings.yaml, as keys. */
export interface SectionTitles {
  keys: ReadonlySet<string>;
  /** The most Latin letters any of them has (see `latinLetters`). */
  mostLetters: number;
}

function toSectionTitles(titles: string[]): SectionTitles {
  const keys = new Set(titles.map(titleKey));
  return { keys, mostLetters: Math.max(0, ...[...keys].map(latinLetters)) };
}

const loader = languageLoader<string[], SectionTitles>('section-headings.yaml', TEXT_LIST, toSectionTitles);

/** Parses section-headings.yaml: a list of titles. */
export function parseSectionTitles(text: string, file: string): SectionTitles {
  return loader.parse(text, file);
}

/** The section titles of the lexicons folder `lexiconsDir` (its own file, else the bundled one), read on first use. */
export function sectionTitles(lexiconsDir?: string): SectionTitles {
  return loader.load(lexiconsDir);
}

/**
 * Latin letters (ASCII and Latin-1) in `text`. A title key keeps every one of a line's (only
 * white space, numbering and a colon go, and lower-casing keeps them letters), so a line with more
 * of them than any known title has cannot be one: most lines are rejected without a key.
 */
function latinLetters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7)) count++;
  }
  return count;
}

/**
 * True when `text` is exactly one of `titles` ("Förslag till beslut", "2. Bakgrund:"), capitalized.
 * Without `titles`, the bundled ones.
 */
export function isSectionTitle(text: string, titles: SectionTitles = sectionTitles()): boolean {
  if (latinLetters(text) > titles.mostLetters) return false;
  const bare = text.trim().replace(/^(?:\d+(?:\.\d+)*\.?)\s+/u, '');
  return /^\p{Lu}/u.test(bare) && titles.keys.has(titleKey(text));
}
