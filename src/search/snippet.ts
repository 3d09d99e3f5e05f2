// Snippets: a window of a passage around its first highlighted word, cut at word boundaries, with
// the highlight offsets carried over. How highlights are shown is the report's business
// (src/report/search).
import type { Span } from '../types.js';

export interface Snippet {
  text: string;
  /** [start, end) offsets into `text`. */
  highlights: Array<[number, number]>;
}

/** Whitespace runs (line breaks from PDFs included) become one space; offsets are mapped along. */
function collapse(text: string): { text: string; map: number[] } {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const space = /\s/.test(text[i]);
    if (space && (out.endsWith(' ') || out === '')) {
      map.push(out.length);
      continue;
    }
    map.push(out.length);
    out += space ? ' ' : text[i];
  }
  map.push(out.length);
  return { text: out, map };
}

/** The part of `text` around `spans[0]`, at most about `maxChars` long, with every span inside it. */
export function makeSnippet(text: string, spans: readonly Span[], maxChars = 220): Snippet {
  const flat = collapse(text);
  const marks = [...spans]
    .sort((a, b) => a.start - b.start)
    .map((s) => ({ start: flat.map[s.start], end: flat.map[s.end] }))
    .filter((s, i, all) => s.end > s.start && (i === 0 || s.start >= all[i - 1].end));
  const full = flat.text.trimEnd();
  let from = 0;
  let to = full.length;
  if (full.length > maxChars) {
    const anchor = marks[0] ?? { start: 0, end: 0 };
    from = Math.max(0, Math.min(anchor.start - Math.floor(maxChars / 3), full.length - maxChars));
    to = Math.min(full.length, from + maxChars);
    if (from > 0) from = wordStart(full, from, anchor.start);
    if (to < full.length) to = wordEnd(full, to, anchor.end);
  }
  const prefix = from > 0 ? '…' : '';
  const suffix = to < full.length ? '…' : '';
  const shift = prefix.length - from;
  const highlights = marks.filter((m) => m.start >= from && m.end <= to).map((m): [number, number] => [m.start + shift, m.end + shift]);
  return { text: prefix + full.slice(from, to) + suffix, highlights };
}

/** Moves `at` forward to the start of a word, never past `limit`. */
function wordStart(text: string, at: number, limit: number): number {
  const space = text.indexOf(' ', at);
  return space >= 0 && space < limit ? space + 1 : at;
}

/** Moves `at` back to the end of a word, never before `limit`. */
function wordEnd(text: string, at: number, limit: number): number {
  const space = text.lastIndexOf(' ', at);
  return space > limit ? space : at;
}
