// Evidence quotes: the sentence around a match, cut from the passage text itself so that every
// quote a report shows can be found verbatim in the source.
import type { Span, TaggedDocument, TaggedPassage } from '../types.js';

export interface EvidenceRef {
  /** The document's path as it was read. */
  document: string;
  /** 1-based PDF page, or null for formats without pages. */
  page: number | null;
  /** 1-based line in a text file, or null. */
  line: number | null;
  /** Passage ID within the document ("p0042"). */
  passage: string;
  /** A verbatim substring of the passage text. */
  quote: string;
  /** Offsets of the matched words inside `quote`, when there is a match to highlight. */
  match: [number, number] | null;
  /** Set on evidence that is shown but not counted: a negated match or stock text. */
  note?: 'negated' | 'boilerplate';
}

/**
 * The quote for `span` (offsets into the passage text): the sentence holding it, or a window of
 * at most `maxChars` around it cut at word boundaries. Without a span, the passage's opening.
 */
export function evidenceOf(doc: TaggedDocument, passage: TaggedPassage, span: Span | null, maxChars: number): EvidenceRef {
  const text = passage.text;
  const at = span ?? { start: 0, end: 0 };
  let from = 0;
  let to = text.length;
  for (const s of passage.sentences) {
    const start = s.start - passage.start;
    const end = s.end - passage.start;
    if (start <= at.start && at.start < end) {
      from = Math.max(0, start);
      to = Math.min(text.length, Math.max(end, at.end));
      break;
    }
  }
  if (to - from > maxChars) [from, to] = windowAround(text, from, to, at, maxChars);
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  const quote = text.slice(from, to);
  const match: [number, number] | null = span && span.end > span.start && span.start >= from && span.end <= to ? [span.start - from, span.end - from] : null;
  return { document: doc.path, page: passage.page, line: passage.line, passage: passage.id, quote, match };
}

/** A window of at most `max` characters inside [from, to) around `at`, on word boundaries. */
function windowAround(text: string, from: number, to: number, at: Span, max: number): [number, number] {
  const middle = at.end > at.start ? Math.floor((at.start + at.end) / 2) : from + Math.floor(max / 2);
  let start = Math.max(from, middle - Math.floor(max / 2));
  let end = Math.min(to, start + max);
  start = Math.max(from, end - max);
  if (start > from) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < Math.min(at.start, end)) start = space + 1;
  }
  if (end < to) {
    const space = text.lastIndexOf(' ', end);
    if (space > Math.max(at.end, start)) end = space;
  }
  return [start, end];
}
