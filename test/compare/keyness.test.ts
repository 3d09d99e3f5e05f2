// Keyness: Dunning's G² over the full term × corpus table, Hardie's log ratio, counting by stem.
import { describe, expect, test } from 'vitest';
import { countTerms, emptyCounts, keyness, logLikelihood, logRatio, type TermCounts } from '../../src/compare/keyness.js';

/** Counts from a plain table, for tests that do not need text. */
function counts(total: number, terms: Record<string, number>): TermCounts {
  const c = emptyCounts();
  c.total = total;
  for (const [term, n] of Object.entries(terms)) {
    c.counts.set(term, n);
    c.forms.set(term, new Map([[term, n]]));
  }
  return c;
}

describe('log-likelihood G²', () => {
  // Reference values computed independently: 2 Σ O ln(O/E) over all 2 × k cells.
  test.each([
    { counts: [10, 0], totals: [1000, 1000], g2: 13.9132 },
    { counts: [100, 50], totals: [10_000, 20_000], g2: 69.6919 },
    { counts: [5, 5, 20], totals: [1000, 1000, 1000], g2: 14.0147 },
  ])('$counts in $totals → $g2', ({ counts: c, totals, g2 }) => {
    expect(logLikelihood(c, totals)).toBeCloseTo(g2, 3);
  });

  test('is 0 when relative frequencies are equal, and for empty input', () => {
    expect(logLikelihood([10, 20], [1000, 2000])).toBeCloseTo(0, 10);
    expect(logLikelihood([0, 0], [1000, 1000])).toBe(0);
    expect(logLikelihood([0, 0], [0, 0])).toBe(0);
  });
});

describe('log ratio', () => {
  test('is log2 of the ratio of relative frequencies, last over first', () => {
    expect(logRatio(100, 10_000, 50, 20_000)).toBeCloseTo(-2, 10);
    expect(logRatio(10, 1000, 40, 1000)).toBeCloseTo(2, 10);
  });
  test('takes a zero count as 0.5 so that it stays finite', () => {
    expect(logRatio(0, 1000, 8, 1000)).toBeCloseTo(4, 10);
  });
});

describe('keyness', () => {
  const a = counts(10_000, { klarspråk: 0, barnrätt: 40, nämnd: 100, sällsynt: 1 });
  const b = counts(10_000, { klarspråk: 30, barnrätt: 10, nämnd: 101, sällsynt: 2 });

  test('ranks risers and fallers by G², with direction and counts per corpus', () => {
    const terms = keyness([a, b]);
    expect(terms.map((t) => [t.term, t.direction, t.counts])).toEqual([
      ['klarspråk', 'up', [0, 30]],
      ['barnrätt', 'down', [40, 10]],
    ]);
    expect(terms[0].g2).toBeGreaterThan(terms[1].g2);
    expect(terms[0].perTenThousand).toEqual([0, 30]);
  });

  test('leaves out terms below the frequency threshold and below the G² threshold', () => {
    expect(keyness([a, b], { minFrequency: 100 }).map((t) => t.term)).toEqual([]);
    expect(keyness([a, b], { minG2: 0.0001, minFrequency: 1 }).map((t) => t.term)).toContain('sällsynt');
  });

  test('needs two corpora', () => {
    expect(keyness([a])).toEqual([]);
  });
});

describe('countTerms', () => {
  test('counts inflected forms under one stem and shows the most frequent form', () => {
    const c = countTerms('Klarspråk är viktigt. Nämnden arbetar med klarspråket och klarspråket i alla texter.');
    const [stem] = [...c.forms].find(([, forms]) => forms.has('klarspråket'))!;
    expect(c.counts.get(stem)).toBe(3);
    const terms = keyness([emptyCountsWith(1000), withTotal(c, 1000)], { minFrequency: 1, minG2: 0 });
    expect(terms.find((t) => t.stem === stem)?.term).toBe('klarspråket');
  });

  test('skips stop words, numbers and words with digits', () => {
    const c = countTerms('Det är inte 2023 och det ska inte vara covid-19 men barnrätt.');
    expect([...c.forms.values()].flatMap((f) => [...f.keys()])).toEqual(['barnrätt']);
    expect(c.total).toBe(1);
  });
});

function emptyCountsWith(total: number): TermCounts {
  return { ...emptyCounts(), total };
}

function withTotal(c: TermCounts, total: number): TermCounts {
  return { ...c, total };
}
