// The one builder of hand-written test documents: a `Document` from headings, paragraphs and list
// items written inline, so that tagging, attribution, search and kwic tests do not depend on
// ingestion and segmentation. Tagged documents for the aggregation tests are in tagged.ts.
import { createHash } from 'node:crypto';
import type { Document, Passage, Span } from '../../src/types.js';

export type Block = string | { heading: string; level?: number } | { item: string };

export interface DocumentOptions {
  /** The document's path (default "test.txt"); its SHA-256 is then derived from it, so two paths are two documents. */
  path?: string;
  /** Give each passage a source line (its 1-based position), as text files have. */
  lines?: boolean;
}

export function makeDocument(blocks: Block[], metadata: Partial<Document['metadata']> = {}, options: DocumentOptions = {}): Document {
  const passages: Passage[] = [];
  const stack: { title: string; level: number }[] = [];
  let text = '';
  for (const block of blocks) {
    if (text !== '') text += '\n\n';
    const start = text.length;
    const body = typeof block === 'string' ? block : 'heading' in block ? block.heading : block.item;
    text += body;
    const sectionPath = stack.map((h) => h.title);
    const line = options.lines ? passages.length + 1 : null;
    const common = { id: `p${String(passages.length + 1).padStart(4, '0')}`, sectionPath, page: null, line, start, end: text.length, text: body };
    if (typeof block === 'object' && 'heading' in block) {
      const level = block.level ?? 1;
      passages.push({ ...common, kind: 'heading', level, sentences: [{ start, end: text.length }] });
      while (stack.length > 0 && stack[stack.length - 1].level >= level) stack.pop();
      stack.push({ title: body, level });
    } else {
      passages.push({ ...common, kind: typeof block === 'string' ? 'paragraph' : 'list-item', sentences: sentencesOf(body, start) });
    }
  }
  return {
    path: options.path ?? 'test.txt',
    format: 'txt',
    sha256: options.path ? createHash('sha256').update(options.path).digest('hex') : '0'.repeat(64),
    bytes: text.length,
    pageCount: null,
    metadata: { type: 'other', title: null, date: null, caseNumbers: [], city: 'malmo', year: null, author: null, ...metadata },
    text,
    passages,
    footnotes: [],
    furniture: [],
    warnings: [],
  };
}

/** Sentences split after . ! ? before a capital: good enough for test sentences. */
function sentencesOf(body: string, offset: number): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of body.matchAll(/[.!?]\s+(?=\p{Lu})/gu)) {
    spans.push({ start: offset + start, end: offset + m.index + 1 });
    start = m.index + m[0].length;
  }
  spans.push({ start: offset + start, end: offset + body.length });
  return spans;
}

/** A document at `path` with source lines: the shape search, kwic and compare tests read. */
export function makeDoc(path: string, blocks: Block[], metadata: Partial<Document['metadata']> = {}): Document {
  return makeDocument(blocks, metadata, { path, lines: true });
}
