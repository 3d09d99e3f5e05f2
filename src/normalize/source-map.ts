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
  const origin = new OriginBuilder(lines);
  for (let i = 0; i < sources.length; i++) origin.add(i, sources[i], pages[i]);
  return origin.points;
}

/**
 * `buildOrigin`, fed one character at a time (in text order) as its place in the source is found:
 * alignment hands each character over as it goes, so no array per character is made and read again.
 */
export class OriginBuilder {
  readonly points: number[] = [];
  private lastPage = -1;
  private lastLine = -1;
  private lastColumn = -1;
  /** The source offset of the previous character, or NONE when it had none. */
  private lastSource = NONE;
  /** Where the line after the previous character's line starts (the previous character's line ends before it). */
  private lineEnd = -1;
  // The line of the previous character, to move forward from: sources only grow. The first is
  // searched for: walking from line 0 for every block was quadratic in a document's lines.
  private line = -1;

  constructor(private readonly lines: LineStarts | null) {}

  add(i: number, source: number, page: number): void {
    const lines = this.lines;
    if (!lines) {
      if (page !== this.lastPage) this.points.push(i, page, 0, 0);
      this.lastPage = page;
      return;
    }
    // Most characters follow the previous one on its line: nothing to record, nothing to look up.
    if (source === this.lastSource + 1 && source < this.lineEnd && page === this.lastPage) {
      this.lastSource = source;
      this.lastColumn++;
      return;
    }
    if (source < 0) {
      if (this.lastLine !== 0 || page !== this.lastPage) this.points.push(i, page, 0, 0);
      this.lastPage = page;
      this.lastLine = 0;
      this.lastSource = NONE;
      return;
    }
    let line = this.line;
    if (line < 0 || line >= lines.count || lines.startOf(line) > source) line = lines.lineOf(source);
    else while (line + 1 < lines.count && lines.startOf(line + 1) <= source) line++;
    this.line = line;
    const column = source - lines.startOf(line) + 1;
    if (page !== this.lastPage || line + 1 !== this.lastLine || column !== this.lastColumn + 1) this.points.push(i, page, line + 1, column);
    this.lastPage = page;
    this.lastLine = line + 1;
    this.lastColumn = column;
    this.lastSource = source;
    this.lineEnd = line + 1 < lines.count ? lines.startOf(line + 1) : Number.POSITIVE_INFINITY;
  }

  /** `add(i + t, source + t, page)` for t below n: a run of characters read one for one from the source. */
  addRun(i: number, source: number, page: number, n: number): void {
    this.add(i, source, page);
    if (n === 1) return;
    // Without lines, only a page change makes a breakpoint; on one line, the run follows its first character.
    if (!this.lines) return;
    if (source + n - 1 < this.lineEnd) {
      this.lastSource += n - 1;
      this.lastColumn += n - 1;
      return;
    }
    for (let t = 1; t < n; t++) this.add(i + t, source + t, page);
  }
}

/** No source offset: far enough below -1 that no offset follows it. */
const NONE = -10;
