// Plain-text files that are PDF extractions saved as .txt (the seeds are): they carry the PDF's
// artifacts, so they go through the PDF rules, split into pages where a page number says so.
import { parsePageNumber } from './page-numbers.js';
import { PRIVATE_USE_GLYPH } from './characters.js';
import { isBlankText } from '../util/white-space.js';

/** Looks for PDF artifacts: `8 (52)` page lines, private-use bullet glyphs, lines with one stray leading space. */
export function looksLikePdfExtraction(lines: string[]): boolean {
  let pageNumbers = 0;
  let glyphs = 0;
  let stray = 0;
  let content = 0;
  for (const line of lines) {
    if (isBlankText(line)) continue;
    content++;
    if (/^\s*\d{1,4} ?\(\d{1,4}\)\s*$/u.test(line)) pageNumbers++;
    if (PRIVATE_USE_GLYPH.test(line)) glyphs++;
    // Either is enough: the rest of the lines need not be read.
    if (pageNumbers > 0 || glyphs > 0) return true;
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

/** Longest run of lines taken to be one page when no page start can be seen. */
const ONE_PAGE_LINES = 60;

/** A line that opens a page in saved PDF text: the extractor leaves one stray leading space. */
function opensPage(lines: string[], i: number): boolean {
  return /^ \S/u.test(lines[i]);
}

/**
 * Splits saved PDF text into pages after each page-number line (the page-number line stays, for
 * the page-number rule to remove). A saved text often keeps only a few page numbers: the 128 lines
 * before a lone `8 (52)` are pages 1–8, not page 8. So a chunk ending in `N (M)` is page N whole
 * only when the chunk before ended in `N-1 (M)` (or it starts the file and N is 1); otherwise only
 * its lines from the last page opening (or all of it, when it is no longer than a page) are page N,
 * and the lines before get no page. Lines with no page still carry their source line numbers.
 */
export function splitIntoPages(lines: string[]): SavedPages {
  const pages: SavedPage[] = [];
  let from = 0;
  let pageCount: number | null = null;
  let lastPage: number | undefined;
  const push = (page: number | undefined, start: number, end: number) => {
    if (end > start) pages.push({ page, from: start, lines: lines.slice(start, end) });
  };
  lines.forEach((line, i) => {
    const number = parsePageNumber(line);
    if (!number || !/\(\d+\)/u.test(line)) return;
    const follows = lastPage === undefined ? number.page === 1 : number.page === lastPage + 1;
    let pageStart = from;
    if (!follows) {
      pageStart = i + 1 - from <= ONE_PAGE_LINES ? from : i;
      for (let j = i; j > from; j--)
        if (opensPage(lines, j)) {
          pageStart = j;
          break;
        }
    }
    push(undefined, from, pageStart);
    push(number.page, pageStart, i + 1);
    pageCount = number.of ?? pageCount;
    lastPage = number.page;
    from = i + 1;
  });
  if (lines.slice(from).some((line) => line.trim() !== '') || pages.length === 0) {
    // After the last page number comes the next page, up to the next page opening.
    let pageEnd = lines.length;
    if (lines.length - from > ONE_PAGE_LINES) {
      pageEnd = from;
      for (let j = from + 1; j < lines.length; j++)
        if (opensPage(lines, j)) {
          pageEnd = j;
          break;
        }
    }
    push(lastPage === undefined ? undefined : lastPage + 1, from, pageEnd);
    push(undefined, pageEnd, lines.length);
    if (pages.length === 0) pages.push({ from: 0, lines: [] });
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
