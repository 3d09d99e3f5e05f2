// Multi-word names are compared without the first word they share: that must not change the edit
// distance (optimal string alignment, as src/util/distance.ts computes it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { damerauLevenshtein } from '../../src/util/distance.js';

describe('the edit distance of two names with the same first word', () => {
  it('is the distance of the rest, with and without a bound', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'å', ' '), maxLength: 8 });
    const first = fc.string({ unit: fc.constantFrom('a', 'b', 'ä'), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(first, word, word, fc.constantFrom(1, 2, Infinity), (start, a, b, max) => {
        const shared = `${start} `;
        expect(damerauLevenshtein(shared + a, shared + b, max)).toBe(damerauLevenshtein(a, b, max));
      }),
      { numRuns: 5000 },
    );
  });
});
