// Evidence quotes: the sentence around a match, cut from the passage text itself so that every
// quote a report shows can be found verbatim in the source, with the place of the quote itself
// in the file (page, line, or a DOCX's paragraph), the terms that tag it and, for coverage, what
// makes the passage count for its administration.
import { placeInSource } from '../normalize/source-map.js';
import type { Evidence, Mention, Span, AnalysisDocument, TaggedPassage } from '../types.js';

/** A term that tags the passage: offsets into the passage text. */
export interface TermSpan {
  term: string;
  text: string;
  start: number;
  end: number;
}

/**
 * What makes a passage count for an administration: a mention in it (named, an anaphor such as
 * "nämnden", a group noun, a coordination, an office for its committee), the heading it stands
 * under, or the document's author (the by-author view).
 */
export interface Attribution {
  kind: Mention['via'] | 'author';
  /** The words as written ("Kulturnämnden", "nämnden"), or the author's name. */
  text: string;
  /** The passage that holds them: this one, or the heading's; null for an author. */
  passage: string | null;
  /** Offsets into that passage's text; null for an author. */
  start: number | null;
  end: number | null;
}

export interface EvidenceRef {
  /** The document's path as it was read. */
  document: string;
  /** 1-based page the quote starts on (PDF, or a DOCX that records its page breaks), or null. */
  page: number | null;
  /** 1-based line in a text file (txt, md, html) where the quote starts, or null. */
  line: number | null;
  /** DOCX: the paragraph the quote is in, counting the Word file's paragraphs with text; else null. */
  paragraph: number | null;
  /** Heading titles above the passage, from the top. */
  section: string[];
  /** Passage ID within the document ("p0042"). */
  passage: string;
  /** A verbatim substring of the passage text. */
  quote: string;
  /** Offset of the quote in the passage text. */
  offset: number;
  /** Offsets of the matched words inside `quote`, when there is a match to highlight. */
  match: [number, number] | null;
  /** Every term that makes the tag, in the passage (offsets into the passage text). */
  terms: TermSpan[];
  /** What makes the passage count for the administration (coverage evidence only). */
  attribution: Attribution | null;
  /** Set on evidence that is shown but not counted: a negated match or stock text. */
  note?: 'negated' | 'boilerplate';
  /** The whole passage text, for reports that show the quote in it (HTML); not in JSON. */
  passageText?: string;
}

export interface EvidenceExtras {
  terms?: readonly Evidence[];
  attribution?: Attribution | null;
}

/**
 * The quote for `span` (offsets into the passage text): the sentence holding it, or a window of
 * at most `maxChars` around it cut at word boundaries. Without a span, the passage's opening.
 */
export function evidenceOf(doc: AnalysisDocument, passage: TaggedPassage, span: Span | null, maxChars: number, extras: EvidenceExtras = {}): EvidenceRef {
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
  const terms = (extras.terms ?? []).map((e) => ({ term: e.term, text: e.text, start: e.start, end: e.end }));
  // Field by field, not spread: V8 copies a spread object by its slow generic path.
  const place = placeInSource(doc.format, passage, from);
  return {
    document: doc.path,
    page: place.page,
    line: place.line,
    paragraph: place.paragraph,
    section: passage.sectionPath,
    passage: passage.id,
    quote,
    offset: from,
    match,
    terms,
    attribution: extras.attribution ?? null,
    passageText: text,
  };
}

/**
 * Whether a report shows the passage around the quote: the attribution is in the same passage
 * but outside the quote, so the quote alone does not show why the passage counts. Only then is
 * `passageText` read.
 */
export function needsPassageText(e: Pick<EvidenceRef, 'attribution' | 'passage' | 'offset' | 'quote'>): boolean {
  const a = e.attribution;
  if (!a || a.passage !== e.passage || a.start === null || a.end === null) return false;
  return !(a.start >= e.offset && a.end <= e.offset + e.quote.length);
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
