// Page numbers printed by the page template. They carry no text, and left in place they split a
// paragraph that runs over a page break.

import { isBlankText, leadingSpace } from '../util/white-space.js';

/** `8 (52)`, `Sida 3 av 10`, `sid. 3 (10)`, `3/10`, `- 3 -`: always a page number when alone on a line. */
const PAGE_NUMBER_FORMS: RegExp[] = [
  /^(\d{1,4}) ?\((\d{1,4})\)$/u,
  /^(?:sida|sid\.?|s\.) ?(\d{1,4})(?: ?(?:av|\/|\() ?(\d{1,4})\)?)?$/iu,
  /^(\d{1,4}) ?(?:\/|av) ?(\d{1,4})$/u,
  /^[-–] ?(\d{1,4}) ?[-–]$/u,
];

/** A bare number is a page number only at the very top or bottom of a page. */
const BARE_NUMBER = /^\d{1,3}$/u;

export interface PageNumber {
  page: number;
  /** Total page count when printed (`8 (52)` → 52). */
  of?: number;
}

/** Reads a line that is a page number in one of the unmistakable forms, or returns null. */
export function parsePageNumber(line: string): PageNumber | null {
  // Every form starts with a digit, `s` (`ſ` folds to it) or a dash: most lines are not asked the four patterns.
  const first = line.charCodeAt(leadingSpace(line));
  if (!((first >= 0x30 && first <= 0x39) || first === 0x73 || first === 0x53 || first === 0x17f || first === 0x2d || first === 0x2013)) return null;
  const text = line.trim();
  for (const form of PAGE_NUMBER_FORMS) {
    const match = form.exec(text);
    if (!match) continue;
    const page = Number(match[1]);
    const of = match[2] === undefined ? undefined : Number(match[2]);
    // `3/10` must read as page 3 of 10, not as a fraction or a date.
    if (of !== undefined && (page < 1 || page > of)) return null;
    return of === undefined ? { page } : { page, of };
  }
  return null;
}

/**
 * Indexes of the page-number lines in one page's lines: the unmistakable forms anywhere, a bare
 * number only as the first or last non-blank line.
 */
export function findPageNumberLines(lines: string[]): Set<number> {
  const drop = new Set<number>();
  lines.forEach((line, i) => {
    if (parsePageNumber(line) !== null) drop.add(i);
  });
  // The first and last non-blank lines that are not page numbers already.
  const isContent = (i: number) => !drop.has(i) && !isBlankText(lines[i]);
  let first = 0;
  while (first < lines.length && !isContent(first)) first++;
  let last = lines.length - 1;
  while (last > first && !isContent(last)) last--;
  for (const i of first < lines.length ? [first, last] : []) {
    if (BARE_NUMBER.test(lines[i].trim())) drop.add(i);
  }
  return drop;
}

/** One page's lines without its page numbers. */
export function removePageNumbers(lines: string[]): string[] {
  const drop = findPageNumberLines(lines);
  return lines.filter((_, i) => !drop.has(i));
}
