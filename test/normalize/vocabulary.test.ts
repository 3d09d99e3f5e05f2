import { describe, expect, it } from 'vitest';
import { buildVocabulary } from '../../src/normalize/vocabulary.js';

describe('buildVocabulary', () => {
  const known = buildVocabulary([
    'Arbetet med Unesco-samverkan och HR-avdelningen, 2024-04-29.',
    'Under året har kultur- och fritidsnämnden 𝒜bc-𝒟ef',
    'ett ord som delas vid rad-',
    'slutet av raden fortsätter x--y -a- ª²',
  ]);

  it.each([
    ['Unesco-samverkan', true],
    ['HR-avdelningen', true],
    ['2024-04-29', true],
    ['Under', true],
    ['under', false],
    ['kultur', true],
    ['kultur-', false],
    ['𝒜bc-𝒟ef', true],
    ['rad', false],
    ['rad-', false],
    ['x', true],
    ['y', true],
    ['x--y', false],
    ['a', true],
    ['ª²', true],
    ['samverkan', false],
  ])('%s → %s', (word, expected) => {
    expect(known(word)).toBe(expected);
  });
});

describe('buildVocabulary on a long document', () => {
  // Enough distinct words to outgrow the table several times: each is found, and no word it is not.
  const words = Array.from({ length: 20000 }, (_, i) => `ord${i.toString(36)}å`);
  const lines = [];
  for (let i = 0; i < words.length; i += 10) lines.push(words.slice(i, i + 10).join(' '));
  const known = buildVocabulary(lines);

  it('finds every word it was given', () => {
    expect(words.filter((word) => !known(word))).toEqual([]);
  });

  it('finds no word it was not given', () => {
    const others = words.flatMap((word) => [`${word}x`, word.slice(0, -1), word.toUpperCase()]);
    expect(others.filter((word) => known(word))).toEqual([]);
  });
});
