// Known section titles of municipal documents (lexicons/language/section-headings.yaml): in PDF
// text they are the surest headings there are.
import { languageSchema, parseLanguageData, readLanguageData, TEXT_LIST } from './language-data.js';

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

/** True when `text` is exactly a known section title ("Förslag till beslut", "2. Bakgrund:"), capitalized. */
export function isSectionTitle(text: string): boolean {
  const bare = text.trim().replace(/^(?:\d+(?:\.\d+)*\.?)\s+/u, '');
  return /^\p{Lu}/u.test(bare) && KNOWN_TITLES.has(titleKey(text));
}
