// Dates as Swedish municipal documents write them (case numbers: language/case-numbers.ts; the
// city a document names: src/locate).
import { isCalendarDate } from '../util/dates.js';

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

const ISO_DATE = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/gu;
const DIGIT = /\d/;
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
  // Asked of every passage of a document without a dated letterhead: a text without a digit has
  // no date, and `exec` spares the copy of each pattern `matchAll` makes per call.
  if (!DIGIT.test(text)) return found;
  ISO_DATE.lastIndex = 0;
  for (let m = ISO_DATE.exec(text); m; m = ISO_DATE.exec(text)) {
    const iso = validDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso) found.push({ iso, index: m.index });
  }
  SWEDISH_DATE.lastIndex = 0;
  for (let m = SWEDISH_DATE.exec(text); m; m = SWEDISH_DATE.exec(text)) {
    const iso = validDate(Number(m[3]), MONTHS.indexOf(m[2].toLowerCase()) + 1, Number(m[1]));
    if (iso) found.push({ iso, index: m.index });
  }
  return found.sort((a, b) => a.index - b.index);
}
