// Plain-text files that are PDF extractions saved as .txt (the seeds are): they carry the PDF's
// artifacts, so they go through the PDF rules, split into pages where a page number says so.
import { parsePageNumber } from './page-numbers.js';
import { PRIVATE_USE_GLYPH } from './characters.js';

/** Looks for PDF artifacts: `8 (52)` page lines, private-use bullet glyphs, lines with one stray leading space. */
export function looksLikePdfExtraction(lines: string[]): boolean {
  let pageNumbers = 0;
  let glyphs = 0;
  let stray = 0;
  let content = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    content++;
    if (/^\s*\d{1,4} ?\(\d{1,4}\)\s*$/u.test(line)) pageNumbers++;
    if (PRIVATE_USE_GLYPH.test(line)) glyphs++;
    if (/^ \S/u.test(line)) stray++;
  }
  return pageNumbers > 0 || glyphs > 0 || (stray >= 3 && stray >= content * 0.01);
}

export interface SavedPage {
  /** The printed page number, when a page-number line gave it. */
  page?: number;
  /** Index into the file's lines of this page's first line. */
  from: number;
  lines: string[];
}

export interface SavedPages {
  pages: SavedPage[];
  /** Total page count printed in `N (M)`, when any. */
  pageCount: number | null;
}

/**
 * Splits saved PDF text into pages after each page-number line (the page-number line stays, for
 * the page-number rule to remove). Lines before `8 (52)` are page 8, the lines after it page 9.
 */
export function splitIntoPages(lines: string[]): SavedPages {
  const pages: SavedPage[] = [];
  let from = 0;
  let pageCount: number | null = null;
  let lastPage: number | undefined;
  lines.forEach((line, i) => {
    const number = parsePageNumber(line);
    if (!number || !/\(\d+\)/u.test(line)) return;
    pages.push({ page: number.page, from, lines: lines.slice(from, i + 1) });
    pageCount = number.of ?? pageCount;
    lastPage = number.page;
    from = i + 1;
  });
  const rest = lines.slice(from);
  if (rest.some((line) => line.trim() !== '') || pages.length === 0) {
    pages.push({ page: lastPage === undefined ? undefined : lastPage + 1, from, lines: rest });
  }
  return { pages, pageCount };
}

/**
 * A PDF's bookmarks, when a converter appends them: a run of tab-indented titles after the last
 * line of text. Returns the index where the outline starts, or `lines.length` when there is none.
 */
export function findTrailingOutline(lines: string[]): number {
  let start = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i].trim() === '') continue;
    if (!/^\t/u.test(lines[i])) break;
    start = i;
  }
  while (start > 0 && start < lines.length && lines[start - 1].trim() === '') start--;
  return start;
}
