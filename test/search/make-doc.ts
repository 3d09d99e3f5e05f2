// Hand-made documents for search and kwic tests: paragraphs under optional headings.
import type { Document, DocumentMetadata, Passage } from '../../src/types.js';

export function makeDoc(path: string, blocks: Array<string | { heading: string }>, metadata: Partial<DocumentMetadata> = {}): Document {
  const passages: Passage[] = [];
  let text = '';
  let section: string[] = [];
  for (const block of blocks) {
    const isHeading = typeof block !== 'string';
    const body = isHeading ? block.heading : block;
    if (isHeading) section = [body];
    if (text) text += '\n\n';
    const start = text.length;
    text += body;
    passages.push({
      id: `p${String(passages.length + 1).padStart(4, '0')}`,
      kind: isHeading ? 'heading' : 'paragraph',
      sectionPath: [...section],
      page: null,
      line: passages.length + 1,
      start,
      end: text.length,
      text: body,
      sentences: [{ start, end: text.length }],
    });
  }
  return {
    path,
    format: 'txt',
    sha256: path,
    bytes: text.length,
    pageCount: null,
    metadata: { type: 'other', title: null, date: null, caseNumbers: [], city: 'malmo', year: null, author: null, ...metadata },
    text,
    passages,
    footnotes: [],
    warnings: [],
  };
}
