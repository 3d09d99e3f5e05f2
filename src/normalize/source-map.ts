// Where a passage's text stands in its source file: `Passage.origin`, a short list of breakpoints
// made once in normalize and read by every report that points into a file (quotes, review
// findings, kwic, search). Each breakpoint is a quadruple (offset in the text, page, line, column);
// the characters after it follow it one for one in the source until the next breakpoint.

import type { Passage, SourceFormat } from '../types.js';

/** Numbers per breakpoint in `origin`. */
export const ORIGIN_STRIDE = 4;

export interface SourcePosition {
  /** 1-based page (PDF, or a DOCX that records its page breaks), or null. */
  page: number | null;
  /** 1-based line of a text file, or paragraph with text of a DOCX, or null (PDF). */
  line: number | null;
  /** 1-based column in that line (UTF-16 code units, as editors and SARIF count), or null. */
  column: number | null;
}

/** The breakpoint in force at `offset`: the index of its first number, or -1. */
function pointAt(origin: readonly number[], offset: number): number {
  let low = 0;
  let high = origin.length / ORIGIN_STRIDE - 1;
  if (high < 0 || origin[0] > offset) return -1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (origin[mid * ORIGIN_STRIDE] <= offset) low = mid;
    else high = mid - 1;
  }
  return low * ORIGIN_STRIDE;
}

/** Where the character at `offset` (into the passage text) stands in the source, or null when not known. */
export function positionIn(origin: readonly number[] | undefined, offset: number): SourcePosition | null {
  if (!origin) return null;
  const k = pointAt(origin, offset);
  if (k < 0) return null;
  const page = origin[k + 1];
  const line = origin[k + 2];
  return { page: page || null, line: line || null, column: line ? origin[k + 3] + (offset - origin[k]) : null };
}

/**
 * Where the text [start, end) of a passage begins and ends in the source: `end` is the position
 * just after its last character, so that a region [start, end) in the file holds the same text.
 */
export function regionIn(origin: readonly number[] | undefined, start: number, end: number): { start: SourcePosition; end: SourcePosition } | null {
  const first = positionIn(origin, start);
  if (!first) return null;
  if (end <= start) return { start: first, end: first };
  const last = positionIn(origin, end - 1)!;
  return { start: first, end: { ...last, column: last.column === null ? null : last.column + 1 } };
}

/** Where a quote stands, as reports name it: page; line of a text file; paragraph of a DOCX. */
export interface SourcePlace {
  page: number | null;
  line: number | null;
  paragraph: number | null;
}

/**
 * The place of the character at `offset` in a passage of a document in `format`; the passage's
 * own page and line where its source map does not say.
 */
export function placeInSource(format: SourceFormat, passage: Pick<Passage, 'origin' | 'page' | 'line'>, offset: number): SourcePlace {
  const at = positionIn(passage.origin, offset);
  const page = at?.page ?? passage.page;
  if (format === 'docx') return { page, line: null, paragraph: at?.line ?? null };
  return { page, line: format === 'pdf' ? null : (at?.line ?? passage.line), paragraph: null };
}

/** The part of `origin` for the text [from, to), offsets re-based to `from`. */
export function sliceOrigin(origin: readonly number[], from: number, to: number): number[] {
  const out: number[] = [];
  const k = pointAt(origin, from);
  if (k >= 0 && origin[k] < from) {
    const line = origin[k + 2];
    out.push(0, origin[k + 1], line, line ? origin[k + 3] + (from - origin[k]) : 0);
  }
  for (let i = Math.max(k, 0); i < origin.length; i += ORIGIN_STRIDE) {
    const at = origin[i];
    if (at < from) continue;
    if (at >= to) break;
    out.push(at - from, origin[i + 1], origin[i + 2], origin[i + 3]);
  }
  return out;
}

/**
 * The origin of text `a` and text `b` joined with `gap` characters between them (a bare "§ 41"
 * and its title): `b`'s breakpoints move past `a` and the gap. Undefined unless both are known.
 */
export function joinOrigins(a: readonly number[] | undefined, aLength: number, b: readonly number[] | undefined, gap = 1): number[] | undefined {
  if (!a || !b) return undefined;
  const out = [...a];
  for (let i = 0; i < b.length; i += ORIGIN_STRIDE) out.push(b[i] + aLength + gap, b[i + 1], b[i + 2], b[i + 3]);
  return out;
}

/** Line starts of a source text, to turn its offsets into lines and columns. */
export class LineStarts {
  private readonly starts: number[];

  constructor(starts: number[]) {
    this.starts = starts;
  }

  /** The line starts of `text`, split at "\n" (a "\r" before it ends its line, as editors show it). */
  static of(text: string): LineStarts {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return new LineStarts(starts);
  }

  /** The line starts of `lines` joined by "\n". */
  static ofLines(lines: readonly string[]): LineStarts {
    const starts: number[] = new Array(lines.length);
    let offset = 0;
    for (let i = 0; i < lines.length; i++) {
      starts[i] = offset;
      offset += lines[i].length + 1;
    }
    return new LineStarts(starts.length > 0 ? starts : [0]);
  }

  /** 0-based index of the line holding `offset`. */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  startOf(line: number): number {
    return this.starts[line];
  }

  get count(): number {
    return this.starts.length;
  }
}

/**
 * Breakpoints for a text whose characters were found at `sources` (an offset into the source per
 * character, -1 where none) on `pages` (the page per character, 0 unknown). With `lines`, each
 * gets its line and column; without (a PDF), only a change of page makes a breakpoint.
 */
export function buildOrigin(sources: Int32Array, pages: Int32Array, lines: LineStarts | null): number[] {
  const out: number[] = [];
  let lastPage = -1;
  let lastLine = -1;
  let lastColumn = -1;
  // The line of the previous character, to move forward from: sources only grow. The first is
  // searched for: walking from line 0 for every block was quadratic in a document's lines.
  let line = -1;
  for (let i = 0; i < sources.length; i++) {
    const source = sources[i];
    const page = pages[i];
    if (!lines) {
      if (page !== lastPage) out.push(i, page, 0, 0);
      lastPage = page;
      continue;
    }
    if (source < 0) {
      if (lastLine !== 0 || page !== lastPage) out.push(i, page, 0, 0);
      lastPage = page;
      lastLine = 0;
      continue;
    }
    if (line < 0 || line >= lines.count || lines.startOf(line) > source) line = lines.lineOf(source);
    else while (line + 1 < lines.count && lines.startOf(line + 1) <= source) line++;
    const column = source - lines.startOf(line) + 1;
    if (page !== lastPage || line + 1 !== lastLine || column !== lastColumn + 1) out.push(i, page, line + 1, column);
    lastPage = page;
    lastLine = line + 1;
    lastColumn = column;
  }
  return out;
}
