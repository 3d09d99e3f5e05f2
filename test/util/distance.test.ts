// One Damerau–Levenshtein distance (optimal string alignment) for names, registry look-ups and case numbers.
import { describe, expect, it } from 'vitest';
import { damerauLevenshtein } from '../../src/util/distance.js';

describe('damerauLevenshtein', () => {
  it.each([
    ['afrofofi', 'afrofobi', 1],
    ['arbetsätt', 'arbetssätt', 1],
    ['åtterrapporeringen', 'återrapporteringen', 2],
    ['ab', 'ba', 1],
    ['kitten', 'sitting', 3],
    // Registry near misses and mistyped case numbers (review).
    ['kulturnämden', 'kulturnämnden', 1],
    ['hälsa-, vård och omsorgsnämnden', 'hälsa-, vård- och omsorgsnämnden', 1],
    ['STK|2023|183', 'STK|2023|138', 1],
    ['STK|2024|138', 'STK|2023|138', 1],
    // Optimal string alignment, not the unrestricted distance (which is 2 here): a swapped pair is not edited again.
    ['ca', 'abc', 3],
    ['', 'öl', 2],
    ['ä', 'a', 1],
  ])('%s → %s = %i', (a, b, d) => {
    expect(damerauLevenshtein(a, b)).toBe(d);
    expect(damerauLevenshtein(b, a)).toBe(d);
    expect(damerauLevenshtein(a, b, 1)).toBe(Math.min(d, 2));
  });
});
