// Finds a memo's standard sections in the extracted text, tolerant of how Word and PDF headings
// arrive: a heading passage, a line of its own with stray spaces, a bullet glyph, numbering or a
// colon. Which sections exist and how their headings may read is data (the review profiles in
// rules/review/profiles/).
import type { Document, Span } from '../types.js';

export interface SectionDef {
  /** The canonical name, used in messages: "Beslutet skickas till". */
  name: string;
  /**
   * Accepted heading texts, compared case- and space-insensitively. One that opens with "* "
   * takes one to three words before the rest: "* förslag till beslut" accepts
   * "Kommunledningsförvaltningens förslag till beslut".
   */
  headings: string[];
}

/** Up to this many words may stand for the "*" of a heading. */
const WILDCARD_WORDS = 3;

/** The section a heading line names, exactly or through a "* …" heading; null when none. */
function sectionMatcher(defs: SectionDef[]): (line: string) => SectionDef | null {
  const exact = new Map<string, SectionDef>();
  const suffixes: Array<{ suffix: string; def: SectionDef }> = [];
  for (const def of defs) {
    for (const heading of [def.name, ...def.headings]) {
      if (heading.startsWith('* ')) suffixes.push({ suffix: ` ${headingKey(heading.slice(2))}`, def });
      else exact.set(headingKey(heading), def);
    }
  }
  return (line) => {
    const key = headingKey(line);
    const hit = exact.get(key);
    if (hit) return hit;
    for (const { suffix, def } of suffixes) {
      if (!key.endsWith(suffix)) continue;
      const words = key.slice(0, -suffix.length).split(' ');
      if (words.length <= WILDCARD_WORDS && words.every((w) => /^\p{L}[\p{L}-]*$/u.test(w))) return def;
    }
    return null;
  };
}

export interface FoundSection {
  name: string;
  /** The heading as it stands in the text. */
  heading: Span;
  /** From the end of the heading line to the next section heading (or the end of the text). */
  body: Span;
}

export interface SectionIndex {
  defs: SectionDef[];
  /** Sections found, in text order; a section whose heading occurs twice keeps the first. */
  found: FoundSection[];
  get(name: string): FoundSection | null;
}

/** Longer lines are body text, never a section heading. */
const MAX_HEADING_LENGTH = 160;

/** Heading text compared the forgiving way: lower case, single spaces, no trailing colon. */
export function headingKey(text: string): string {
  return text
    .replace(/^[\s\uf0b7\uf0a7•·▪■◦o\-–—*#]+(?=\p{L})/u, '')
    .replace(/^\d+(?:\.\d+)*\.?\s+/, '')
    .replace(/[\s:.]+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Lines of `text` as spans without their line break. */
export function lineSpans(text: string, within: Span = { start: 0, end: text.length }): Span[] {
  const spans: Span[] = [];
  let start = within.start;
  for (let i = within.start; i <= within.end; i++) {
    if (i === within.end || text[i] === '\n') {
      spans.push({ start, end: i });
      start = i + 1;
    }
  }
  return spans;
}

/** The span without leading and trailing white space (and stray bullet glyphs). */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s\uf0b7\uf0a7•]/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * Indexes the sections of `doc` named in `defs`. A line counts as a heading when its whole text is
 * an accepted heading and content follows it: a table of contents repeats headings line after
 * line, and those entries are not sections.
 */
export function indexSections(doc: Document, defs: SectionDef[]): SectionIndex {
  const text = doc.text;
  const sectionOf = sectionMatcher(defs);

  const lines = lineSpans(text).map((span) => trimSpan(text, span));
  const candidates: Array<{ def: SectionDef; heading: Span; line: number }> = [];
  lines.forEach((span, i) => {
    // Only a short line can be a heading: the matcher is not asked about every paragraph.
    const def = span.end - span.start <= MAX_HEADING_LENGTH ? sectionOf(text.slice(span.start, span.end)) : null;
    if (def && span.end > span.start) candidates.push({ def, heading: span, line: i });
  });
  const headingLines = new Set(candidates.map((c) => c.line));
  const hasContent = (line: number): boolean => {
    for (let i = line + 1; i < lines.length; i++) {
      if (lines[i].end === lines[i].start) continue;
      return !headingLines.has(i);
    }
    return false;
  };

  const found: FoundSection[] = [];
  const accepted = candidates.filter((c) => hasContent(c.line));
  accepted.forEach((c, i) => {
    if (found.some((f) => f.name === c.def.name)) return;
    const next = accepted[i + 1];
    const bodyStart = Math.min(text.length, lines[c.line].end);
    found.push({ name: c.def.name, heading: c.heading, body: { start: bodyStart, end: next ? next.heading.start : text.length } });
  });
  return { defs, found, get: (name) => found.find((f) => f.name === name) ?? null };
}
