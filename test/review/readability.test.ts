// LIX, passive -s forms and nominal style, word by word.
import { describe, expect, test } from 'vitest';
import { isNominal, isPassive, lix, readability, sentenceStyle, words } from '../../src/language/readability.js';

describe('LIX', () => {
  test('words/sentences + 100·long/words', () => {
    expect(lix(20, 2, 5)).toBe(10 + 25);
    expect(lix(0, 0, 0)).toBe(0);
  });
  test('long words have more than six letters; digits are words but not letters', () => {
    const stats = readability(['Kommunfullmäktige godkänner planen.', 'Beslut 2024.']);
    expect(stats).toMatchObject({ words: 5, sentences: 2, longWords: 2 });
    expect(stats.lix).toBeCloseTo(2.5 + 40);
  });
  test('words keep inner hyphens and colons', () => {
    expect(words('HR-funktionerna och PI:s').map((w) => w.text)).toEqual(['HR-funktionerna', 'och', 'PI:s']);
  });
});

describe('passive -s forms', () => {
  test.each([
    'genomförs',
    'redogörs',
    'samordnats',
    'utvecklas',
    'genomfördes',
    'sattes',
    'krävs',
    'behövs',
    'följs',
    'bedöms',
    'tas',
    'ges',
    'lyfts',
    'läggs',
    'benämns',
  ])('%s is passive', (word) => expect(isPassive(word)).toBe(true));
  test.each([
    'finns',
    'hoppas',
    'lyckas',
    'stadens',
    'nämnds',
    'bolags',
    'nämndernas',
    'Malmöbornas',
    'Andreas',
    'deras',
    'plats',
    'klass',
    'alls',
    'processens',
  ])('%s is not', (word) => expect(isPassive(word)).toBe(false));
});

describe('nominal style', () => {
  test.each(['samordningen', 'förankring', 'implementeringen', 'tillgängligheten', 'förutsättningar', 'redogörelse', 'organisationen'])(
    '%s is nominal',
    (word) => expect(isNominal(word)).toBe(true),
  );
  test.each(['kommunstyrelsen', 'bolagsstyrelser', 'omkring', 'ting', 'Inspiration', 'Coalition', 'arbete'])('%s is not', (word) =>
    expect(isNominal(word)).toBe(false),
  );
  test('a sentence-initial capital is no name', () => {
    const style = sentenceStyle('Samordningen genomförs och följs upp.');
    expect(style.nominals.map((w) => w.text)).toEqual(['Samordningen']);
    expect(style.passives.map((w) => w.text)).toEqual(['genomförs', 'följs']);
  });
});
