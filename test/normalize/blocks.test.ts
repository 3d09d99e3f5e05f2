import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import type { RawBlock, RawDocument } from '../../src/types.js';

const docx = (blocks: RawBlock[]): RawDocument => ({ path: 'x.docx', format: 'docx', bytes: 0, sha256: '', warnings: [], blocks });

describe('structured blocks (DOCX, Markdown, HTML)', () => {
  it.each([
    {
      name: 'headings and levels stay as given',
      blocks: [{ kind: 'heading', level: 2, text: 'Sammanfattning', line: 3 }],
      expected: [{ kind: 'heading', level: 2, text: 'Sammanfattning', line: 3 }],
    },
    {
      name: 'spaces, soft hyphens and non-breaking spaces are cleaned',
      blocks: [{ kind: 'paragraph', text: '  Kommunstyrelsen\u00A0fick  i kommun\u00ADfullmäktiges budget\n för 2023 ' }],
      expected: [{ kind: 'paragraph', text: 'Kommunstyrelsen fick i kommunfullmäktiges budget för 2023' }],
    },
    {
      name: 'a bullet glyph typed by hand makes a list item',
      blocks: [{ kind: 'paragraph', text: '\uF0B7 Öka kunskapen om rasism och diskriminering', page: 2 }],
      expected: [{ kind: 'list-item', depth: 0, text: 'Öka kunskapen om rasism och diskriminering', page: 2 }],
    },
    {
      name: 'a list item loses a doubled bullet but keeps its depth',
      blocks: [{ kind: 'list-item', depth: 1, text: '• Malmö stad deltar sedan 2006 i ECCAR' }],
      expected: [{ kind: 'list-item', depth: 1, text: 'Malmö stad deltar sedan 2006 i ECCAR' }],
    },
    {
      name: 'a numbered paragraph keeps its number and stays a paragraph',
      blocks: [{ kind: 'paragraph', text: '1. Kommunfullmäktige godkänner återrapporteringen.' }],
      expected: [{ kind: 'paragraph', text: '1. Kommunfullmäktige godkänner återrapporteringen.' }],
    },
    {
      name: 'empty blocks are dropped',
      blocks: [
        { kind: 'paragraph', text: ' \u00A0 ' },
        { kind: 'table-row', text: 'Plats\tDigitalt via Teams' },
      ],
      expected: [{ kind: 'table-row', text: 'Plats Digitalt via Teams' }],
    },
  ] as { name: string; blocks: RawBlock[]; expected: RawBlock[] }[])('$name', ({ blocks, expected }) => {
    const doc = normalize(docx(blocks));
    expect(doc.blocks).toEqual(expected);
    // Structured blocks have a page count only where blocks carry pages (Markdown with page markers).
    const pages = blocks.flatMap((b) => (b.page === undefined ? [] : [b.page]));
    expect(doc.pageCount).toBe(pages.length > 0 ? Math.max(...pages) : null);
    expect(doc.footnotes).toEqual([]);
  });
});
