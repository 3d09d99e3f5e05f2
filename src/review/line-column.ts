// From offsets in `Document.text` to the 1-based line and column a reviewer's editor shows: in the
// file itself for text, Markdown and HTML (through the passages' source maps), in the DOCX's
// paragraphs with text for Word, in the extracted text for PDF (whose pages have no lines).
import type { Document, Passage } from '../types.js';
import { positionIn, regionIn } from '../normalize/source-map.js';

/** What a finding's line and column count: the file's lines, a DOCX's paragraphs, or the extracted text's lines. */
export type PlaceKind = 'file' | 'paragraph' | 'text';

export interface LineIndex {
  text: string;
  /** Offset where each line of `text` starts; lineStarts[0] is 0. */
  lineStarts: number[];
  /** The document's passages, when their source maps say where offsets stand in the file. */
  passages?: readonly Passage[];
  kind: PlaceKind;
}

export interface Place {
  line: number;
  column: number;
  /** The PDF page, or a DOCX's when it records page breaks; null otherwise. */
  page: number | null;
  /** Heading titles above the place, from the top. */
  section: string[];
}

/** An index of `text` alone (its lines), or of a document, whose passages lead back to the file. */
export function lineIndex(text: string, doc?: Pick<Document, 'format' | 'passages'>): LineIndex {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  if (!doc || !doc.passages.some((p) => p.origin && p.origin.length > 0)) return { text, lineStarts, kind: 'text' };
  const kind: PlaceKind = doc.format === 'pdf' ? 'text' : doc.format === 'docx' ? 'paragraph' : 'file';
  return { text, lineStarts, passages: doc.passages, kind };
}

/**
 * 1-based line and column of `offset` in the extracted text. Columns count UTF-16 code units, as
 * editors and SARIF do; an offset past the end is placed at the end of the last line.
 */
export function lineColumn(index: Pick<LineIndex, 'text' | 'lineStarts'>, offset: number): { line: number; column: number } {
  const at = Math.max(0, Math.min(offset, index.text.length));
  let low = 0;
  let high = index.lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (index.lineStarts[mid] <= at) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: at - index.lineStarts[low] + 1 };
}

/** The passage holding `offset`, or the last one before it (offsets between passages); -1 before the first. */
function passageAt(passages: readonly Passage[], offset: number): number {
  let low = 0;
  let high = passages.length - 1;
  if (high < 0 || passages[0].start > offset) return -1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (passages[mid].start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Where the character at `offset` stands, or with `after`, where the text ending at `offset`
 * ends (the position just after its last character). An offset the source map does not cover
 * (a DOCX footnote, which lives in another part of the file) takes the end of the passage before.
 */
export function placeOf(index: LineIndex, offset: number, after = false): Place {
  const { passages } = index;
  const k = passages ? passageAt(passages, after ? offset - 1 : offset) : -1;
  const section = k >= 0 ? passages![k].sectionPath : [];
  const textPlace = () => ({ ...lineColumn(index, offset), page: null, section });
  if (!passages || k < 0) return textPlace();
  for (let j = k; j >= 0; j--) {
    const p = passages[j];
    // Inside the passage, or (between passages, or after the last) just after its end.
    const inside = j === k && offset - (after ? 1 : 0) < p.end;
    const at = inside
      ? after
        ? regionIn(p.origin, offset - 1 - p.start, offset - p.start)?.end
        : positionIn(p.origin, offset - p.start)
      : regionIn(p.origin, p.text.length - 1, p.text.length)?.end;
    if (!at) continue;
    const page = at.page;
    if (index.kind === 'text' || at.line === null || at.column === null) return { ...lineColumn(index, offset), page, section };
    return { line: at.line, column: at.column, page, section };
  }
  return textPlace();
}
