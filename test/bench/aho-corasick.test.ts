// The benchmark's Aho–Corasick baseline counts what a naive search over every term counts,
// overlapping occurrences and Swedish letters included.
import { describe, expect, it } from 'vitest';
import { AhoCorasick } from '../../src/bench/aho-corasick.js';

/** Every occurrence of every term, by indexOf from each position: slow and obviously right. */
function naiveCount(terms: string[], text: string): number {
  let found = 0;
  for (const term of terms) for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) found++;
  return found;
}

describe('AhoCorasick', () => {
  const terms = ['barn', 'barnets rätt', 'rätt', 'rättigheter', 'mänskliga rättigheter', 'nämnd', 'kulturnämnden', 'ä', 'he', 'she', 'his', 'hers'];

  it.each([
    ['', 0],
    ['ingenting här', null],
    ['barnets rättigheter', null],
    ['kulturnämnden och nämnden för mänskliga rättigheter', null],
    ['ushers', 3],
    ['ÅÄÖ åäö äää', null],
  ])('counts the terms in %j', (text, expected) => {
    const count = new AhoCorasick(terms).count(text);
    expect(count).toBe(naiveCount(terms, text));
    if (expected !== null) expect(count).toBe(expected);
  });

  it('finds nothing where no term occurs, and ignores empty terms', () => {
    expect(new AhoCorasick(['', 'x']).count('abc')).toBe(0);
    expect(new AhoCorasick(['', 'x']).count('xx')).toBe(2);
  });
});
