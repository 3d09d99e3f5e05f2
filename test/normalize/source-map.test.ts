// Every character of every passage points at the same character in the file it was read from:
// text and Markdown seeds by line and column, DOCX fixtures by paragraph and column, PDF fixtures
// by page. And the source-map functions themselves.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/corpus/extract.js';
import { readWordParagraphs } from '../../src/ingest/docx-paragraphs.js';
import { htmlToBlocks as readHtml } from '../../src/ingest/html.js';
import { readZipEntry } from '../../src/ingest/zip.js';
import { normalize } from '../../src/normalize/index.js';
import { buildOrigin, LineStarts, positionIn, regionIn, sliceOrigin } from '../../src/normalize/source-map.js';
import { segment } from '../../src/segment/index.js';
import type { Document } from '../../src/types.js';
import { SHARED } from './real-documents.js';

const filesIn = (dir: string, extensions: RegExp) =>
  readdirSync(path.join(SHARED, dir))
    .filter((f) => extensions.test(f))
    .map((f) => path.join(dir, f));

/** Characters (not white space) of `doc` whose position does not hold them in `lines`; and how many had none. */
function misplaced(doc: Document, lines: string[]): { wrong: string[]; unknown: number } {
  const wrong: string[] = [];
  let unknown = 0;
  for (const p of doc.passages) {
    for (let o = 0; o < p.text.length; o++) {
      if (/\s/u.test(p.text[o])) continue;
      const at = positionIn(p.origin, o);
      if (!at || at.line === null || at.column === null) {
        unknown++;
        continue;
      }
      const found = lines[at.line - 1]?.[at.column - 1];
      if (found !== p.text[o]) wrong.push(`${p.id}:${o} ${p.text[o]} ≠ ${found} (${at.line}:${at.column})`);
    }
  }
  return { wrong, unknown };
}

describe('positions in text and Markdown files', () => {
  it.each([...filesIn('seeds', /\.(txt|md)$/u), ...filesIn('vaxjo', /\.(txt|md)$/u)])('%s: every character is where its position says', async (file) => {
    const full = path.join(SHARED, file);
    const doc = await extractDocument(full);
    const { wrong, unknown } = misplaced(doc, readFileSync(full, 'utf8').split(/\r?\n/u));
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(unknown).toBe(0);
  });

  it('finds HTML text behind entities and markup', () => {
    const html = '<h1>Rubrik &amp; mer</h1>\n<p>Det är <b>fet</b>\n  text.</p><table><tr><td>A cell</td><td>B&nbsp;cell</td></tr></table>';
    const doc = segment(normalize({ path: 'x.html', format: 'html', bytes: 0, sha256: '', warnings: [], source: html, blocks: readHtml(html) }));
    const lines = html.split('\n');
    const { wrong, unknown } = misplaced(doc, lines);
    // "&" of "&amp;" is at its entity; every other character is itself.
    expect(wrong).toEqual([]);
    expect(unknown).toBe(0);
    expect(positionIn(doc.passages[2].origin, doc.passages[2].text.indexOf('B cell') + 2)).toEqual({
      page: null,
      line: 3,
      column: lines[2].indexOf('cell</td></tr>') + 1,
    });
  });
});

describe('positions in DOCX files: paragraphs with text', () => {
  it.each([...filesIn('fixtures', /\.docx$/u), ...filesIn('vaxjo', /\.docx$/u)])('%s: every character is in its paragraph at its column', async (file) => {
    const full = path.join(SHARED, file);
    const doc = await extractDocument(full);
    const xml = await readZipEntry(readFileSync(full), 'word/document.xml');
    const paragraphs = readWordParagraphs(xml!.toString('utf8')).paragraphs.map((p) => p.text);
    const { wrong, unknown } = misplaced(doc, paragraphs);
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(unknown).toBe(0);
  });
});

describe('positions in PDF files: pages', () => {
  it.each(filesIn('fixtures', /\.pdf$/u))('%s: the page of each character holds it', async (file) => {
    const doc = await extractDocument(path.join(SHARED, file));
    for (const p of doc.passages) {
      const at = positionIn(p.origin, 0);
      expect(at?.page, p.id).toBeGreaterThan(0);
      expect(at?.line).toBeNull();
    }
    // The last passage is on the last page, the first on the first.
    expect(positionIn(doc.passages[0].origin, 0)?.page).toBe(1);
    expect(positionIn(doc.passages.at(-1)!.origin, 0)?.page).toBe(doc.pageCount);
  });
});

describe('source-map', () => {
  const origin = buildOrigin(Int32Array.from([0, 1, 2, 10, 11, -1]), Int32Array.from([0, 0, 0, 0, 0, 0]), LineStarts.of('abc\nxyz\nuvwxyz'));

  it('makes a breakpoint where the source jumps, and reads positions from it', () => {
    expect(origin).toEqual([0, 0, 1, 1, 3, 0, 3, 3, 5, 0, 0, 0]);
    expect(positionIn(origin, 1)).toEqual({ page: null, line: 1, column: 2 });
    expect(positionIn(origin, 4)).toEqual({ page: null, line: 3, column: 4 });
    expect(positionIn(origin, 5)).toEqual({ page: null, line: null, column: null });
    expect(positionIn(undefined, 0)).toBeNull();
  });

  it('gives a region whose end is just after its last character', () => {
    expect(regionIn(origin, 0, 3)).toEqual({ start: { page: null, line: 1, column: 1 }, end: { page: null, line: 1, column: 4 } });
  });

  it('slices an origin for part of the text', () => {
    expect(sliceOrigin(origin, 1, 4)).toEqual([0, 0, 1, 2, 2, 0, 3, 3]);
  });
});
