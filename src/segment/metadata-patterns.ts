// Dates as Swedish municipal documents write them (case numbers: language/case-numbers.ts; the
// city a document names: src/locate).
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
