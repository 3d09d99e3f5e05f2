// wholeWordMatches must find exactly what the same pattern with a leading look-behind finds.
import { describe, expect, it } from 'vitest';
import { searchWholeWord, wholeWordMatches } from '../../src/util/whole-words.js';
import { followsLetterOrDigit } from '../../src/util/word-characters.js';

const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

const withLookBehind = (source: string, flags: string, text: string) =>
  [...text.matchAll(new RegExp(`${BEFORE}(?:${source})`, flags))].map((m) => [m.index, m[0]]);
const withoutLookBehind = (source: string, flags: string, text: string) =>
  wholeWordMatches(new RegExp(`(?:${source})`, flags), text).map((m) => [m.index, m[0]]);

describe('wholeWordMatches', () => {
  it.each([
    // pattern, flags, text, expected matches
    [
      `utmaning\\p{L}*${AFTER}`,
      'giu',
      'Barnrättsutmaningar och utmaningar; Utmaningen.',
      [
        [24, 'utmaningar'],
        [36, 'Utmaningen'],
      ],
    ],
    [
      `hinder${AFTER}`,
      'giu',
      'rättshinder, 2hinder, (hinder) hinder',
      [
        [23, 'hinder'],
        [31, 'hinder'],
      ],
    ],
    // A match inside a word is dropped and the search goes on inside it: "lett till" starts within "har lett till".
    [`har\\s+lett\\s+till|lett\\s+till${AFTER}`, 'giu', 'Vihar lett till mer', [[6, 'lett till']]],
    // The character before is read as a whole code point: U+1D400 is a letter, U+1F600 is not.
    [`ord${AFTER}`, 'gu', '\u{1D400}ord \u{1F600}ord', [[8, 'ord']]],
    // A pattern that begins with an astral character, inside and outside words.
    [`\u{1F600}x`, 'gu', 'a\u{1F600}x \u{1F600}x', [[5, '\u{1F600}x']]],
    // Empty matches do not loop.
    [
      'x*',
      'gu',
      'ab x',
      [
        [0, ''],
        [3, 'x'],
      ],
    ],
    [
      '',
      'gu',
      'a b',
      [
        [0, ''],
        [2, ''],
      ],
    ],
  ])('/%s/%s in %j', (source, flags, text, expected) => {
    expect(withoutLookBehind(source, flags, text)).toEqual(expected);
    expect(withoutLookBehind(source, flags, text)).toEqual(withLookBehind(source, flags, text));
  });

  it('finds what the look-behind finds over a long Swedish text', () => {
    const text = 'Nämnden har lett till förändring. Barnrättsarbetet och barnrätt, 3barn, barn-\nrätt. '.repeat(200);
    for (const source of ['barn\\p{L}*', 'nämnd\\p{L}*', 'har\\s+lett\\s+till', 'rätt\\p{L}*']) {
      expect(withoutLookBehind(`${source}${AFTER}`, 'giu', text)).toEqual(withLookBehind(`${source}${AFTER}`, 'giu', text));
    }
  });

  it('leaves the pattern reusable', () => {
    const pattern = /ord/gu;
    expect(wholeWordMatches(pattern, 'ord ord')).toHaveLength(2);
    expect(pattern.lastIndex).toBe(0);
    expect(wholeWordMatches(pattern, 'ord ord')).toHaveLength(2);
  });
});

describe('searchWholeWord', () => {
  it.each([
    ['denna rapport', 'I denna rapport beskrivs', 2],
    ['denna rapport', 'Idenna rapport, sedan denna rapport', 22],
    ['denna rapport', 'ingenting här', -1],
  ])('%s in %j', (cue, text, at) => {
    expect(searchWholeWord(new RegExp(`${cue}${AFTER}`, 'giu'), text)).toBe(at);
  });
});

describe('followsLetterOrDigit', () => {
  it.each([
    ['ord', 0, false],
    [' ord', 1, false],
    ['xord', 1, true],
    ['5ord', 1, true],
    ['-ord', 1, false],
    ['\u{1D400}ord', 2, true],
    ['\u{1F600}ord', 2, false],
    // A lone low surrogate is no letter, whatever stands before it.
    ['a\udc00ord', 2, false],
  ])('%j at %i', (text, index, expected) => {
    expect(followsLetterOrDigit(text, index)).toBe(expected);
  });
});
