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
