// Strings kept after a document is let go are copies: the same text, sharing no memory with it.
import { describe, expect, it } from 'vitest';
import { detached, detachedRef } from '../../src/corpus/detached.js';
import type { EvidenceRef } from '../../src/corpus/evidence.js';

const TEXT = 'Kulturnämnden arbetar med barnets bästa – i alla verksamheter. '.repeat(20);

function refAt(i: number): EvidenceRef {
  const at = (i * 37) % 1000;
  return {
    document: 'a.txt',
    page: null,
    line: 1,
    paragraph: null,
    section: [TEXT.slice(at, at + 20), TEXT.slice(at, at + 100)],
    passage: 'p0001',
    quote: TEXT.slice(at, at + 150),
    offset: at,
    match: [0, 5],
    terms: [{ term: 'barnets bästa', text: TEXT.slice(at + 3, at + 3 + (i % 60)), start: 3, end: 3 + (i % 60) }],
    attribution: { kind: 'explicit', text: TEXT.slice(at, at + 13), passage: 'p0001', start: 0, end: 13 },
  };
}

describe('detached copies', () => {
  it('copy a string whole, one-byte or not', () => {
    for (const s of ['', 'a', 'Malmö stad', '– ”citat” –', TEXT]) expect(detached(s)).toBe(s);
  });

  it('keep every field of a quote, short texts shared or not, over more texts than are shared at once', () => {
    for (let i = 0; i < 6000; i++) {
      const ref = refAt(i);
      expect(detachedRef({ ...ref, passageText: TEXT }, false)).toEqual(ref);
    }
  });
});
