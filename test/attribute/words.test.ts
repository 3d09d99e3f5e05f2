// The cue-phrase finder works on tokens; these cases pin the whole-word rules it shares with a
// reader (and with the regular expressions it replaced).
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/language/index.js';
import { findPhrases, sortInPlace, wordSpans } from '../../src/attribute/words.js';

const PHRASES = ['nämnder och bolag', 'respektive nämnd', 'respektive nämnds', 'nämnden', 'den egna nämnden'];

const found = (text: string) => findPhrases(tokenize(text), PHRASES).flatMap((spans, i) => spans.map((s) => `${PHRASES[i]}=${text.slice(s.start, s.end)}`));

describe('findPhrases', () => {
  it.each([
    ['Stadens nämnder och bolag ska', ['nämnder och bolag=nämnder och bolag']],
    ['NÄMNDER OCH BOLAG', ['nämnder och bolag=NÄMNDER OCH BOLAG']],
    ['nämnder\noch   bolag', ['nämnder och bolag=nämnder\noch   bolag']],
    ['nämnder och bolagen', []],
    ['nämnder, och bolag', []],
    ['respektive nämnds ansvar', ['respektive nämnds=respektive nämnds']],
    ['respektive nämnd.', ['respektive nämnd=respektive nämnd']],
    ['kultur-nämnden', []],
    ['x -nämnden', []],
    ['nämnden2 visar', []],
    ['Nämnden, nämnden.', ['nämnden=Nämnden', 'nämnden=nämnden']],
    ['nämnden- och bolagsstyrelsen', ['nämnden=nämnden']],
    ['den egna nämnden har', ['nämnden=nämnden', 'den egna nämnden=den egna nämnden']],
    ['(nämnden)', ['nämnden=nämnden']],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('returns one list per phrase, in list order', () => {
    expect(findPhrases(tokenize('inget här'), PHRASES)).toEqual([[], [], [], [], []]);
    expect(findPhrases(tokenize('nämnden'), [])).toEqual([]);
  });
});

describe('wordSpans', () => {
  it('keeps words, numbers and case numbers, and drops a conjunct hyphen', () => {
    const text = 'Kultur- och fritidsnämnden (KS 2024/1035), AB:s plan 2024.';
    expect(wordSpans(tokenize(text)).map((w) => [w.text, w.norm, text.slice(w.start, w.end)])).toEqual([
      ['Kultur', 'kultur', 'Kultur'],
      ['och', 'och', 'och'],
      ['fritidsnämnden', 'fritidsnämnden', 'fritidsnämnden'],
      ['KS 2024/1035', 'ks 2024/1035', 'KS 2024/1035'],
      ['AB:s', 'ab:s', 'AB:s'],
      ['plan', 'plan', 'plan'],
      ['2024', '2024', '2024'],
    ]);
  });
});

describe('sortInPlace', () => {
  it('orders short and long lists as a stable sort does, ties in their first order', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (const length of [0, 1, 2, 3, 5, 16, 17, 40]) {
      for (let round = 0; round < 20; round++) {
        const list = Array.from({ length }, (_, i) => ({ start: Math.floor(random() * 6), i }));
        const expected = [...list].sort((a, b) => a.start - b.start).map((x) => x.i);
        const sorted = sortInPlace(list, (a, b) => a.start - b.start);
        expect(sorted).toBe(list);
        expect(sorted.map((x) => x.i)).toEqual(expected);
      }
    }
  });
});
