// No passage is longer than MAX_PASSAGE_CHARS: a longer block is cut at sentence ends, else at
// spaces, else where the limit falls, with a warning, and nothing of its text is lost.
import { describe, expect, it } from 'vitest';
import { MAX_PASSAGE_CHARS } from '../../src/ingest/limits.js';
import { segment } from '../../src/segment/index.js';
import { cutLongText } from '../../src/segment/long-blocks.js';
import { splitSentences } from '../../src/segment/sentences.js';
import type { NormalizedDocument, RawBlock } from '../../src/types.js';

const normalized = (blocks: RawBlock[]): NormalizedDocument => ({
  path: 'x.md',
  format: 'md',
  bytes: 0,
  sha256: '',
  pageCount: null,
  blocks,
  footnotes: [],
  furniture: [],
  warnings: [],
});
const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('cutLongText', () => {
  it.each([
    ['sentences that fit', 'En mening här. Två meningar där. Tre meningar nu.', 20],
    ['a sentence longer than a piece', 'ett två tre fyra fem sex sju åtta nio tio elva tolv', 12],
    ['a word longer than a piece', `början ${'x'.repeat(50)} slut`, 16],
    ['line breaks and tabs as spaces', 'ett\ntvå\tfyra\n\nfem sex sju', 7],
  ])('%s: every piece fits, in order, and the words are all there', (_, text, max) => {
    const pieces = cutLongText(text, splitSentences(text), max);
    for (const p of pieces) expect(p.end - p.start).toBeLessThanOrEqual(max);
    for (let i = 1; i < pieces.length; i++) expect(pieces[i].start).toBeGreaterThanOrEqual(pieces[i - 1].end);
    expect(pieces.map((p) => text.slice(p.start, p.end)).join('')).toBe(
      words(text).join('').replace(/\s/g, '') === '' ? '' : pieces.map((p) => text.slice(p.start, p.end)).join(''),
    );
    expect(words(pieces.map((p) => text.slice(p.start, p.end)).join(' ')).join('')).toBe(words(text).join(''));
  });

  it('keeps whole sentences together where they fit', () => {
    const text = 'Första meningen. Andra meningen. Tredje meningen.';
    const pieces = cutLongText(text, splitSentences(text), 34).map((p) => text.slice(p.start, p.end));
    expect(pieces).toEqual(['Första meningen. Andra meningen.', 'Tredje meningen.']);
  });

  it('never cuts between the halves of a surrogate pair', () => {
    const text = '😀'.repeat(20);
    const pieces = cutLongText(text, splitSentences(text), 7);
    for (const p of pieces) expect(text.slice(p.start, p.end)).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    expect(pieces.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
  });
});

describe('segment with a block longer than MAX_PASSAGE_CHARS', () => {
  it('cuts it into passages of the same kind, warns once, and loses no text', () => {
    const sentence = 'Kulturnämnden ska arbeta med barnets bästa i alla beslut. ';
    const long = sentence.repeat(Math.ceil((2.5 * MAX_PASSAGE_CHARS) / sentence.length)).trim();
    const doc = segment(
      normalized([
        { kind: 'heading', level: 1, text: 'Rubrik' },
        { kind: 'list-item', depth: 0, text: long },
        { kind: 'paragraph', text: 'Sist.' },
      ]),
    );
    const cut = doc.passages.filter((p) => p.kind === 'list-item');
    expect(cut.length).toBe(3);
    for (const p of doc.passages) expect(p.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
    for (const p of cut) expect(p.text.endsWith('beslut.')).toBe(true);
    expect(cut.map((p) => p.text).join(' ')).toBe(long);
    expect(doc.passages.map((p) => p.id)).toEqual(['p0001', 'p0002', 'p0003', 'p0004', 'p0005']);
    expect(doc.passages.every((p) => doc.text.slice(p.start, p.end) === p.text)).toBe(true);
    expect(doc.warnings).toEqual([`ett stycke på ${long.length.toLocaleString('sv-SE')} tecken delades i 3 (högst 10\u00a0000 tecken per stycke)`]);
  });

  it('a heading that long is no title: its pieces are paragraphs', () => {
    const doc = segment(
      normalized([
        { kind: 'heading', level: 1, text: 'ord '.repeat(MAX_PASSAGE_CHARS).trim() },
        { kind: 'paragraph', text: 'Text.' },
      ]),
    );
    expect(doc.passages.some((p) => p.kind === 'heading')).toBe(false);
    expect(doc.passages.at(-1)!.sectionPath).toEqual([]);
  });
});
