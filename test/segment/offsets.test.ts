import { beforeAll, describe, expect, it } from 'vitest';
import { PASSAGE_SEPARATOR } from '../../src/segment/passages.js';
import type { Document } from '../../src/types.js';
import { FIXTURES, MARKDOWN_SEED, TEXT_SEEDS } from '../normalize/real-documents.js';
import { loadAllDocuments } from './documents.js';

const NAMES = [...TEXT_SEEDS, MARKDOWN_SEED, ...FIXTURES.flatMap((name) => [`${name}.pdf`, `${name}.docx`])];

describe('passages, offsets and sentences on every seed and fixture', () => {
  let documents: Map<string, Document>;
  beforeAll(async () => {
    documents = await loadAllDocuments();
  });

  it.each(NAMES)('%s', (name) => {
    const doc = documents.get(name)!;
    expect(doc.passages.length).toBeGreaterThan(20);
    expect(doc.text).toBe(doc.passages.map((p) => p.text).join(PASSAGE_SEPARATOR));
    let previousEnd = -PASSAGE_SEPARATOR.length;
    let path: string[] = [];
    doc.passages.forEach((p, i) => {
      expect(p.id).toBe(`p${String(i + 1).padStart(4, '0')}`);
      expect(doc.text.slice(p.start, p.end)).toBe(p.text);
      expect(p.start).toBe(previousEnd + PASSAGE_SEPARATOR.length);
      previousEnd = p.end;
      expect(p.text).toBe(p.text.trim());
      expect(p.text).not.toBe('');
      // Sentences cover the passage in order, without overlap, each trimmed and non-empty.
      expect(p.sentences.length).toBeGreaterThan(0);
      expect(p.sentences[0].start).toBe(p.start);
      expect(p.sentences.at(-1)!.end).toBe(p.end);
      let sentenceEnd = p.start;
      for (const s of p.sentences) {
        expect(s.start).toBeGreaterThanOrEqual(sentenceEnd);
        expect(s.end).toBeGreaterThan(s.start);
        const sentence = doc.text.slice(s.start, s.end);
        expect(sentence).toBe(sentence.trim());
        expect(doc.text.slice(sentenceEnd, s.start).trim()).toBe('');
        sentenceEnd = s.end;
      }
      // A passage sits under the heading above it; a heading's path ends with itself.
      if (p.kind === 'heading') {
        expect(p.sectionPath.at(-1)).toBe(p.text);
        path = p.sectionPath;
      } else {
        expect(p.sectionPath).toEqual(path);
      }
      if (doc.format === 'pdf') expect(p.page).toBeGreaterThanOrEqual(1);
      if (doc.format === 'txt' || doc.format === 'md') expect(p.line).toBeGreaterThanOrEqual(1);
    });
  });

  it('page numbers follow the PDF pages', () => {
    const memo = documents.get('tjansteskrivelse-stk-2023-138.pdf')!;
    expect(memo.passages.find((p) => p.text === 'Beslutsplanering')?.page).toBe(2);
    expect(memo.passages.find((p) => p.text === 'Ansvariga')?.page).toBe(11);
    expect(memo.passages.at(-1)?.page).toBe(11);
  });
});
