import { describe, expect, it } from 'vitest';
import { isSectionTitle, sectionTitles } from '../../src/language/section-titles.js';
import { isKnownTitle } from '../../src/normalize/section-title.js';

describe('isKnownTitle', () => {
  const titles = sectionTitles();
  // The longest title, its Latin letters at the limit; spaces, numbering, digits and a colon do not count.
  it.each([
    'Justeringens plats och tid',
    '12.3   Justeringens   plats   och   tid:',
    'Sammanfattning',
    '2. Bakgrund',
    'Justeringens plats och tider',
    'Sammanfattning av ärendet och de beslut som nämnden har fattat under året',
    'sammanfattning',
    // A small letter first is turned away before the count; a capital of Latin-1 is not.
    'ärendet',
    'Ärendet',
    'ÄRENDET',
    'Översikt – 2024 – 2025 – 2026 – 2027',
    '',
  ])('answers %j as isSectionTitle does', (text) => {
    expect(isKnownTitle(text, titles)).toBe(isSectionTitle(text, titles));
  });

  it('knows the longest titles, whatever stands around their letters', () => {
    expect(isKnownTitle('12.3   Justeringens   plats   och   tid:', titles)).toBe(true);
    expect(isKnownTitle('Ärendet', titles)).toBe(true);
  });

  it('answers a text again as the first time, per set of titles, a lone surrogate included', () => {
    const other = { keys: new Set(['ärendet']), mostLetters: 7 };
    for (let round = 0; round < 2; round++) {
      expect(isKnownTitle('Ärendet', titles)).toBe(true);
      expect(isKnownTitle('Ärendet', other)).toBe(true);
      expect(isKnownTitle('Bakgrund', other)).toBe(false);
      expect(isKnownTitle('Bakgrund', titles)).toBe(true);
      expect(isKnownTitle('Bakgrund\ud800', titles)).toBe(isSectionTitle('Bakgrund\ud800', titles));
      expect(isKnownTitle('Bakgrund\ufffd', titles)).toBe(isSectionTitle('Bakgrund\ufffd', titles));
    }
  });
});
