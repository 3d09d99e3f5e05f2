import { describe, expect, it } from 'vitest';
import { smallest } from '../../src/normalize/line-breaks.js';

/** A small deterministic generator, so that a failure repeats. */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) >>> 0) >>> 8) / 0x1000000;
}

describe('smallest: the k-th smallest line width', () => {
  it('is what a sort gives, for counted widths and for widths past the count', () => {
    const next = random(7);
    for (let round = 0; round < 300; round++) {
      const size = 1 + Math.floor(next() * 400);
      const top = round % 3 === 0 ? 100_000 : 200;
      const widths = Array.from({ length: size }, () => Math.floor(next() * top));
      const k = Math.floor(next() * size);
      expect(smallest(widths, k)).toBe([...widths].sort((a, b) => a - b)[k]);
    }
  });

  it('counts repeated widths once each', () => {
    expect(smallest([70, 70, 70, 10], 0)).toBe(10);
    expect(smallest([70, 70, 70, 10], 1)).toBe(70);
    expect(smallest([0, 0, 5], 2)).toBe(5);
  });
});
