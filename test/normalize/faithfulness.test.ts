// Golden check: the PDF rendering of each fixture, normalized and segmented, must read word for
// word like the Word original. Nothing of the page template may be left (running header, `N (M)`)
// and no word may stay split at a line end.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { segment } from '../../src/segment/index.js';
import type { Document } from '../../src/types.js';
import { docxText, FIXTURES, fixturePath, pdfRaw, ROOT } from './real-documents.js';
import { diffWords, words, type WordDifference } from './word-diff.js';

/** Word numbers its lists itself: mammoth's text has no `1.`, the PDF has it as text. */
function pdfWords(doc: Document, listNumbers = false): string[] {
  return doc.passages.flatMap((p) => {
    const numbered = !listNumbers && p.kind === 'list-item' && /^\d{1,2}[.)] /u.test(p.text);
    return words(numbered ? p.text.replace(/^\d{1,2}[.)] /u, '') : p.text);
  });
}

/** Differences the Word files themselves carry, checked against the PDF by eye. */
const KNOWN: Record<string, WordDifference[]> = {
  // The Word text has "MR- programmet" (a line break of the source turned into a space); the PDF
  // prints "MR-" at a line end and "programmet" on the next line, which is the word MR-programmet.
  'remissvar-servicenamnden-sthlm-2025': [{ at: 543, ours: ['MR-programmet'], theirs: ['MR-', 'programmet'] }],
};

const PAGE_COUNTS: Record<string, number> = {
  'tjansteskrivelse-stk-2023-138': 11,
  'protokollsutdrag-ksau-2024-04-29': 2,
  'remissvar-servicenamnden-sthlm-2025': 3,
};

describe.each(FIXTURES)('%s: PDF reads like the Word original', (name) => {
  let doc: Document;
  let reference: string;
  beforeAll(async () => {
    doc = segment(normalize(await pdfRaw(fixturePath(`${name}.pdf`))));
    reference = await docxText(fixturePath(`${name}.docx`));
  });

  it('has the same words in the same order', () => {
    expect(diffWords(pdfWords(doc), words(reference))).toEqual(KNOWN[name] ?? []);
  });

  it('keeps no page numbers and no running header', () => {
    expect(doc.pageCount).toBe(PAGE_COUNTS[name]);
    expect(doc.text).not.toMatch(/\d+ \(\d+\)/u);
    const count = (text: string, phrase: string) => text.split(phrase).length - 1;
    for (const furniture of ['Malmö stad', 'Serviceförvaltningen, Stockholms stad']) {
      expect(count(doc.text, furniture), furniture).toBe(count(reference, furniture));
    }
  });

  it('leaves no word split at a line end', () => {
    const referenceWords = new Set(words(reference));
    const split = pdfWords(doc).filter((w) => /\p{L}-$/u.test(w) && !referenceWords.has(w));
    expect(split).toEqual([]);
  });
});

// A 42-page rendering of the rapport with automatic hyphenation, made for the ingest tests; its
// source text is the oracle. Skipped when that fixture is not there.
const HYPHENATED = path.join(ROOT, 'test/fixtures/pdf/rapport-hyphenated');
describe.skipIf(!existsSync(`${HYPHENATED}.pdf`))('rapport-hyphenated.pdf: hyphenated PDF reads like its source', () => {
  it('has the same words in the same order', async () => {
    const doc = segment(normalize(await pdfRaw(`${HYPHENATED}.pdf`)));
    const source = readFileSync(`${HYPHENATED}.source.txt`, 'utf8');
    expect(doc.pageCount).toBe(42);
    expect(diffWords(pdfWords(doc, true), words(source))).toEqual([]);
  });
});
