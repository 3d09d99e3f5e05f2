// The one walk of marks.ts: each finder must find at the marked words alone what it found looking at every word.
import { describe, expect, it } from 'vitest';
import { loadAttributionCues } from '../../src/attribute/cues.js';
import { compileExternalIndex, loadExternalBodies } from '../../src/attribute/external-bodies.js';
import { markedIndex, markWords, MAY_ALIAS, MAY_CUE, MAY_EXTERNAL_ENDING, MAY_PROVIDER, MAY_SHAPE } from '../../src/attribute/marks.js';
import { wordMarker } from '../../src/attribute/word-marker.js';
import { findPhrases } from '../../src/attribute/words.js';
import { tokenize } from '../../src/language/index.js';

const cues = loadAttributionCues();
const marker = wordMarker(cues, compileExternalIndex(loadExternalBodies()));

/** The marked words of `text` that carry `bit`. */
function marked(text: string, bit: number): string[] {
  const tokens = tokenize(text);
  return markWords(tokens, marker)
    .filter((m) => (m & bit) !== 0)
    .map((m) => tokens.text(markedIndex(m)));
}

describe('markWords', () => {
  it('marks where an organ shape may start: organ endings, misspelt ones, "för" heads, units, company words in any case', () => {
    const text = 'Kulturnämnden och Kulturnämd, Nämnden för Teknik, Individ- och familjeomsorgen, Vidingehem AB och ab samt bolaget.';
    expect(marked(text, MAY_SHAPE)).toEqual(['Kulturnämnden', 'Kulturnämd', 'Nämnden', 'familjeomsorgen', 'AB', 'ab']);
  });

  it('marks university and court endings, standard short forms and words, cue words with a conjunct hyphen', () => {
    expect(marked('Linnéuniversitetet och Växjö tingsrätt', MAY_EXTERNAL_ENDING)).toEqual(['Linnéuniversitetet', 'tingsrätt']);
    expect(marked('KS:s beslut, ks och KF, fullmäktiges', MAY_ALIAS)).toEqual(['KS:s', 'ks', 'KF', 'fullmäktiges']);
    expect(marked('Nämnden och förvaltningens, nämnden- och', MAY_CUE)).toEqual(['Nämnden', 'förvaltningens', 'nämnden-']);
  });

  it('marks the provider cues read in the sentence of a company, in any case', () => {
    expect(marked('Privata utförare, som Omsorg AB, och valfrihetssystemet; privat.', MAY_PROVIDER)).toEqual([
      'Privata',
      'utförare',
      'valfrihetssystemet',
      'privat',
    ]);
  });

  it('leaves a passage without any such word unmarked, as one shared empty list', () => {
    const none = markWords(tokenize('Ett stycke om skolans arbete med barnets rätt.'), marker);
    expect(none).toEqual([]);
    expect(markWords(tokenize('Inget här heller.'), marker)).toBe(none);
  });

  it('gives findPhrases the same finds at the marked words as at every word', () => {
    const phrases = ['nämnden', 'förvaltningen', 'nämnder och bolag'];
    const tokens = tokenize('Nämnden, förvaltningen och Nämnder och bolag; kulturnämnden- och nämnden-');
    const found = findPhrases(tokens, phrases);
    expect(found.map((spans) => spans.length)).toEqual([2, 1, 1]);
    expect(findPhrases(tokens, phrases, markWords(tokens, marker), MAY_CUE)).toEqual(found);
  });
});
