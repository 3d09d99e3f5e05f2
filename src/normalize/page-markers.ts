// Page breaks that PDF converters leave in text and Markdown: a form feed (pdftotext), an HTML
// comment (`<!-- sida 3 -->`, `<!-- page 3 -->`, `<!-- PageBreak -->`), a print-CSS page break
// (`<div style="page-break-before: always"></div>`) or marker's paginated output (`{2}------…`,
// counted from 0). They give the text its page numbers, and pages let the PDF rules find running
// headers and footers.

import { leadingSpace } from '../util/white-space.js';

export interface PageMarker {
  /** The page that starts at the marker, when the marker says; null: the page after the last. */
  page: number | null;
}

/** A numbered page comment: `<!-- sida 3 -->`, `<!-- Page 3 of 10 -->`, `<!-- page: 3 -->`. */
const NUMBERED_COMMENT = /^<!--\s*(?:sida|sid\.?|page|p\.)\s*[:=]?\s*["']?(\d{1,5})["']?(?:\s*(?:av|of|\/)\s*\d{1,5})?\s*-->$/iu;
/** A page break comment: `<!-- PageBreak -->`, `<!-- page_break -->`, `<!-- sidbrytning -->`. */
const BREAK_COMMENT = /^<!--\s*(?:page[\s_-]?break|sidbrytning|ny sida|new[\s_-]?page)\s*-->$/iu;
/** An element that only breaks the page when printed. */
const CSS_BREAK =
  /^<(?:div|p|span|hr)\b[^>]*\b(?:page-break-(?:before|after)\s*:\s*always|break-(?:before|after)\s*:\s*page)\b[^>]*>\s*(?:<\/(?:div|p|span)>)?$/iu;
/** marker's `paginate_output`: the zero-based page index in braces and a rule of hyphens. */
const PAGINATION_LINE = /^\{(\d{1,5})\}-{16,}$/u;

/** Reads a line (or a Markdown HTML node) that is a page marker and nothing else, or returns null. */
export function parsePageMarker(text: string): PageMarker | null {
  // Every marker starts with `<` or `{`: most lines are not trimmed and asked the four patterns.
  const first = text.charCodeAt(leadingSpace(text));
  if (first !== 0x3c && first !== 0x7b) return null;
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const numbered = NUMBERED_COMMENT.exec(trimmed);
  if (numbered) return { page: Number(numbered[1]) };
  if (BREAK_COMMENT.test(trimmed) || CSS_BREAK.test(trimmed)) return { page: null };
  const paginated = PAGINATION_LINE.exec(trimmed);
  if (paginated) return { page: Number(paginated[1]) + 1 };
  return null;
}

/** Counts pages as markers come: a numbered marker sets the page, any other one steps to the next. */
export class PageCounter {
  /** The page of the text read so far; 1 before the first marker. */
  page = 1;
  private seenText = false;
  private seenMarker = false;

  /** Text of the current page was read. */
  text(): void {
    this.seenText = true;
  }

  /**
   * A marker: the page it starts. A numbered marker before any text says what page the text
   * begins on; a first marker after text ends page 1 (or the page before its number).
   */
  marker(marker: PageMarker): void {
    const first = !this.seenMarker;
    this.seenMarker = true;
    if (marker.page !== null) {
      this.page = first && this.seenText ? Math.max(this.page + 1, marker.page) : marker.page;
    } else if (!first || this.seenText) {
      this.page++;
    }
  }
}

/** One line of a file split at page markers: its text and 1-based source line. */
export interface PagedLine {
  text: string;
  /** 1-based line of the file. */
  line: number;
  /** Where in that line the text starts (after a form feed, past it). */
  column: number;
}

export interface MarkedPage {
  page: number;
  lines: PagedLine[];
}

/**
 * Splits the lines of a text file at its page markers: form feeds anywhere in a line (the text
 * before one ends a page, the text after it starts the next), and lines that are nothing but a
 * marker (which are dropped). Null when the text has no marker. Empty pages (the form feed
 * pdftotext writes after the last page) are left out.
 */
export function splitAtPageMarkers(lines: string[]): MarkedPage[] | null {
  if (!lines.some((line) => line.includes('\f') || parsePageMarker(line) !== null)) return null;
  const counter = new PageCounter();
  const pages: MarkedPage[] = [];
  let current: MarkedPage = { page: counter.page, lines: [] };
  const next = (marker: PageMarker) => {
    if (current.lines.some((l) => l.text.trim() !== '')) pages.push(current);
    counter.marker(marker);
    current = { page: counter.page, lines: [] };
  };
  lines.forEach((text, i) => {
    const marker = parsePageMarker(text);
    if (marker) return next(marker);
    let column = 0;
    text.split('\f').forEach((part, k) => {
      if (k > 0) next({ page: null });
      if (part.trim() !== '') counter.text();
      current.lines.push({ text: part, line: i + 1, column });
      column += part.length + 1;
    });
  });
  next({ page: null });
  return pages;
}
