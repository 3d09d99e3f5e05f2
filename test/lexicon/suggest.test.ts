// Term suggestions for a category (src/lexicon/suggest.ts) in-process, with the category's matches
// given by a stand-in: what is counted, what is left out, and which examples are kept.
import { describe, expect, it } from 'vitest';
import { suggestTerms, type CategorySpan } from '../../src/lexicon/suggest.js';
import type { Document, Passage } from '../../src/types.js';
import { makeDocument } from '../helpers/documents.js';

/** "ohälsa" is the category's strong term, "vård" a weak one. */
function matches(_doc: Document, passage: Passage): CategorySpan[] {
  return [...passage.text.matchAll(/ohälsa|vård/gi)].map((m) => ({ start: m.index, end: m.index + m[0].length, strong: /ohälsa/i.test(m[0]) }));
}

const filler = Array.from({ length: 12 }, (_, i) => `Nämnden godkänner protokollet från möte nummer ${i} i stadshuset.`);
const suggest = (docs: Document[], minCount = 2) => suggestTerms({ documents: docs, matches }, { minCount }).candidates;

describe('suggestTerms', () => {
  const first = makeDocument(
    ['Skolkuratorer möter elever med ohälsa och behov av vård.', 'Ohälsa bland unga kräver fler skolkuratorer.', ...filler],
    {},
    { path: 'a.txt' },
  );
  const second = makeDocument(['Regionens skolkuratorer ser ohälsa, tidigt.', 'Tidigt stöd, skolkuratorer och ohälsa.'], {}, { path: 'b.txt' });

  it('counts the words of the strong terms’ sentences against the rest', () => {
    const kurator = suggest([first, second]).find((c) => c.term === 'skolkuratorer');
    expect(kurator).toMatchObject({ kind: 'word', inCategory: 4, elsewhere: 0 });
    expect(kurator!.g2).toBeGreaterThan(6.63);
  });

  it('leaves out the category’s own terms, weak ones too, and words as common elsewhere', () => {
    const terms = suggest([first, second]).map((c) => c.term);
    expect(terms.some((t) => /ohälsa|vård/.test(t))).toBe(false);
    expect(terms).not.toContain('nämnden');
  });

  it('keeps two examples, from two documents where there are', () => {
    const kurator = suggest([first, second]).find((c) => c.term === 'skolkuratorer')!;
    expect(kurator.examples.map((e) => e.document)).toEqual(['a.txt', 'b.txt']);
  });

  it('makes phrases of adjacent words only, not across a comma', () => {
    const phrases = suggestTerms({ documents: [first, second], matches }, { minCount: 1, minG2: 0 })
      .candidates.filter((c) => c.kind === 'phrase')
      .map((c) => c.term);
    expect(phrases).toContain('tidigt stöd');
    expect(phrases).not.toContain('stöd skolkuratorer');
  });

  it('suggests nothing without a strong term in the corpus', () => {
    expect(suggest([makeDocument(['Behov av vård.', ...filler])])).toEqual([]);
  });
});
