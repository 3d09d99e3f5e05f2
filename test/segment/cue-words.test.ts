// Document-type cues compared by code must agree with the patterns they replace: `cue(?![\p{L}\p{N}])`
// with flags i and u, also where Unicode case folding pairs a character above U+00FF with a Latin one.
import { describe, expect, it } from 'vitest';
import { cueWords, firstStarts } from '../../src/segment/cue-words.js';
import { escapeRegExp } from '../../src/util/regexp.js';
import { searchWholeWord } from '../../src/util/whole-words.js';

const pattern = (cue: string, flags: string) => new RegExp(`${escapeRegExp(cue)}(?![\\p{L}\\p{N}])`, flags);

const CASES: [string, string][] = [
  ['Särskild fråga', 'SÄRSKILD FRÅGA om rättigheter'],
  ['Särskild fråga', 'ſärskild fråga'],
  ['Särskild fråga', 'Särskild frågan'],
  ['Kå', '\u212Aå och mer'],
  ['Kå', 'k\u212B'],
  ['Ansvariga', 'Ansvariga: Eva'],
  ['Ansvariga', 'Ansvariga2'],
  ['Anslag/bevis', 'anslag/BEVIS'],
  ['Sammanträdesprotokoll', 'Växjö kommun SAMMANTRÄDESPROTOKOLL'],
  ['Protokoll', 'Ett xProtokoll och 𝐀Protokoll'],
  ['Protokoll', 'Ett 1Protokoll, ett -Protokoll'],
  ['Protokoll', 'Protokoll𝐀'],
  ['ß', 'ẞ och ß'],
  ['µs', 'μs Μs µs'],
  ['Ωmega', 'ωMEGA'],
  ['Policy', 'Polic'],
];

describe('cueWords', () => {
  it.each(CASES)('%s in %j as the pattern finds it', (cue, text) => {
    const words = cueWords(cue);
    expect(words.starts(text)).toBe(pattern(`${cue}`, 'iu').test(text) && text.search(pattern(cue, 'iu')) === 0);
    expect(words.within(text)).toBe(searchWholeWord(pattern(cue, 'giu'), text) >= 0);
    const sticky = pattern(cue, 'iuy');
    for (let i = 0; i <= text.length; i++) {
      sticky.lastIndex = i;
      expect(words.at(text, i), `at ${i}`).toBe(sticky.test(text));
    }
  });

  it('finds folded and cased forms, and no cue inside a word', () => {
    expect(cueWords('Särskild fråga').starts('ſärskild FRÅGA')).toBe(true);
    expect(cueWords('Särskild fråga').starts('Särskild frågan')).toBe(false);
    expect(cueWords('Protokoll').within('Ett xProtokoll')).toBe(false);
  });
});

describe('firstStarts', () => {
  it('gives the first passage each cue starts, whatever its case', () => {
    const passages = ['Inledning', 'ansvariga: Eva', '“Ansvariga”', 'Förslag till beslut', 'ANSVARIGA'].map((text) => ({ text }));
    const found = firstStarts(passages, ['Ansvariga', 'Förslag till beslut', 'Giltighet']);
    expect([...found]).toEqual([
      ['Ansvariga', 1],
      ['Förslag till beslut', 3],
    ]);
  });
});
