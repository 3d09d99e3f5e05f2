// Known section titles of municipal documents (lexicons/language/section-headings.yaml): in PDF
// text they are the surest headings there are.
import { languageSchema, parseLanguageData, readLanguageData, TEXT_LIST } from './segment-data.js';

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

const validate = languageSchema<string[]>(TEXT_LIST);

/** Parses section-headings.yaml: a list of titles, as keys. */
export function parseSectionTitles(text: string, file: string): Set<string> {
  return toKeys(parseLanguageData(text, file, validate));
}

const toKeys = (titles: string[]): Set<string> => new Set(titles.map(titleKey));

const KNOWN_TITLES = toKeys(readLanguageData('section-headings.yaml', validate));

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

const MOST_LETTERS = Math.max(0, ...[...KNOWN_TITLES].map(latinLetters));

/** True when `text` is exactly a known section title ("Förslag till beslut", "2. Bakgrund:"), capitalized. */
export function isSectionTitle(text: string): boolean {
  if (latinLetters(text) > MOST_LETTERS) return false;
  const bare = text.trim().replace(/^(?:\d+(?:\.\d+)*\.?)\s+/u, '');
  return /^\p{Lu}/u.test(bare) && KNOWN_TITLES.has(titleKey(text));
}
