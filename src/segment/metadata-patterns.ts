// Dates and city names as Swedish municipal documents write them (case numbers: language/case-numbers.ts).
import { isCalendarDate } from '../util/dates.js';

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

const ISO_DATE = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/gu;
const SWEDISH_DATE = new RegExp(`(?<!\\d)(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})(?!\\d)`, 'giu');

export interface FoundDate {
  iso: string;
  index: number;
}

function validDate(year: number, month: number, day: number): string | null {
  if (!isCalendarDate(year, month, day)) return null;
  if (year < 1900 || year > 2100) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every full date in `text` (`2024-04-23`, `13 februari 2025`), as ISO dates in order. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(ISO_DATE)) {
    const iso = validDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso) found.push({ iso, index: m.index });
  }
  for (const m of text.matchAll(SWEDISH_DATE)) {
    const iso = validDate(Number(m[3]), MONTHS.indexOf(m[2].toLowerCase()) + 1, Number(m[1]));
    if (iso) found.push({ iso, index: m.index });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** How each city's organisation names itself; the slug is the city's ID in the project. */
const CITY_CUES: { slug: string; cue: RegExp }[] = [
  { slug: 'malmo', cue: /(?<![\p{L}])Malmö stads?(?![\p{L}])|@malmo\.se/gu },
  { slug: 'stockholm', cue: /(?<![\p{L}])Stockholms? stads?(?![\p{L}])|@stockholm\.se/gu },
  { slug: 'goteborg', cue: /(?<![\p{L}])Göteborgs [Ss]tads?(?![\p{L}])|@goteborg\.se/gu },
];

/** The city named most often (first named on a tie), or null. */
export function findCity(text: string): string | null {
  let best: { slug: string; count: number; first: number } | null = null;
  for (const { slug, cue } of CITY_CUES) {
    const matches = [...text.matchAll(cue)];
    if (matches.length === 0) continue;
    const candidate = { slug, count: matches.length, first: matches[0].index };
    if (!best || candidate.count > best.count || (candidate.count === best.count && candidate.first < best.first)) best = candidate;
  }
  return best?.slug ?? null;
}
