// Known section titles of municipal documents (lexicons/language/section-headings.yaml): in PDF
// text they are the surest headings there are.
import { expectStringList, readLanguageData } from './language-data.js';

/** Turns a line into the form titles are compared in: lower case, no numbering, no final colon. */
export function titleKey(text: string): string {
  return text
    .trim()
    .replace(/^(?:\d+(?:\.\d+)*\.?|§\s*\d+)\s+/u, '')
    .replace(/\s*:$/u, '')
    .replace(/\s+/gu, ' ')
    .toLowerCase();
}

/** Validates parsed section-headings.yaml: a list of titles. */
export function parseSectionTitles(data: unknown, file: string): Set<string> {
  return new Set(expectStringList(data, file, 'listan med rubriker').map(titleKey));
}

const { file, data } = readLanguageData('section-headings.yaml');
const KNOWN_TITLES = parseSectionTitles(data, file);

/** True when `text` is exactly a known section title ("Förslag till beslut", "2. Bakgrund:"), capitalized. */
export function isSectionTitle(text: string): boolean {
  const bare = text.trim().replace(/^(?:\d+(?:\.\d+)*\.?)\s+/u, '');
  return /^\p{Lu}/u.test(bare) && KNOWN_TITLES.has(titleKey(text));
}
