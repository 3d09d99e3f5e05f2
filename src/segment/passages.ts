// Blocks → passages: ids, section paths, offsets into the document text and sentences. A block
// longer than MAX_PASSAGE_CHARS becomes several passages (long-blocks.ts).
import { MAX_PASSAGE_CHARS } from '../ingest/limits.js';
import type { Passage, RawBlock, Span } from '../types.js';
import { cutLongText } from './long-blocks.js';
import { sliceOrigin } from '../normalize/source-map.js';
import { splitSentences, type Abbreviations } from './sentences.js';

/** Passages are joined by this in `Document.text`. */
export const PASSAGE_SEPARATOR = '\n\n';

export interface PassageText {
  passages: Passage[];
  text: string;
  /** Blocks longer than MAX_PASSAGE_CHARS, each cut into several passages. */
  cut: { blocks: number; passages: number; longest: number };
}

const passageId = (index: number): string => `p${String(index + 1).padStart(4, '0')}`;

/**
 * Builds passages in reading order. A heading's own section path ends with its title; a heading
 * closes every open section of its level or deeper. Sentences end except after `abbreviations`.
 * A block longer than `maxChars` is cut at sentence ends (else at spaces) into passages of its
 * kind, but a heading that long is no title: its pieces are paragraphs.
 */
export function buildPassages(blocks: RawBlock[], abbreviations: Abbreviations, maxChars = MAX_PASSAGE_CHARS): PassageText {
  const passages: Passage[] = [];
  const open: { level: number; title: string }[] = [];
  // The open sections' titles, made again only when a heading changes them: the passages under a
  // heading share one array (nothing changes a section path once made).
  let sectionPath: string[] = [];
  const cut = { blocks: 0, passages: 0, longest: 0 };
  let offset = 0;
  const add = (block: RawBlock, text: string, sentencesOf: (start: number) => Span[], origin = block.origin) => {
    if (passages.length > 0) offset += PASSAGE_SEPARATOR.length;
    const start = offset;
    const end = start + text.length;
    offset = end;
    let level: number | undefined;
    let sentences: Span[];
    if (block.kind === 'heading') {
      level = block.level ?? 1;
      while (open.length > 0 && open[open.length - 1].level >= level) open.pop();
      open.push({ level, title: text });
      sectionPath = open.map((section) => section.title);
      sentences = [{ start, end }];
    } else {
      if (block.kind === 'list-item') level = block.depth ?? 0;
      sentences = sentencesOf(start);
    }
    // Built whole, in one of two shapes: V8 copies such objects fast, which tagging does. Each
    // shape is its own literal: `{ ...base, level }` made every heading and list item twice.
    const id = passageId(passages.length);
    const kind = block.kind;
    const page = block.page ?? null;
    const line = block.line ?? null;
    const passage: Passage =
      level === undefined
        ? { id, kind, sectionPath, page, line, start, end, text, sentences, origin }
        : { id, kind, sectionPath, page, line, start, end, text, sentences, origin, level };
    passages.push(passage);
  };
  for (const block of blocks) {
    const text = block.text;
    if (text === '') continue;
    if (text.length <= maxChars) {
      add(block, text, (start) => splitSentences(text, start, abbreviations));
      continue;
    }
    const whole = splitSentences(text, 0, abbreviations);
    const pieces = cutLongText(text, whole, maxChars);
    const kind = block.kind === 'heading' ? 'paragraph' : block.kind;
    for (const piece of pieces) {
      const pieceText = text.slice(piece.start, piece.end);
      const origin = block.origin && sliceOrigin(block.origin, piece.start, piece.end);
      add({ ...block, kind }, pieceText, (start) => splitSentences(pieceText, start, abbreviations), origin);
    }
    cut.blocks++;
    cut.passages += pieces.length;
    cut.longest = Math.max(cut.longest, text.length);
  }
  const joined = passages.map((p) => p.text).join(PASSAGE_SEPARATOR);
  // Each passage's text becomes a slice of the document's (V8 keeps a slice as a view of its
  // parent): the text is held once, not twice.
  for (const passage of passages) passage.text = joined.slice(passage.start, passage.end);
  return { passages, text: joined, cut };
}
