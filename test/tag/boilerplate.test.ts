// The boilerplate phrase matcher: literal phrases, case, spacing and punctuation aside.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/language/index.js';
import { compileBoilerplate } from '../../src/tag/boilerplate.js';

const matcher = compileBoilerplate([
  { id: 'barn', text: 'Ärendet bedöms inte påverka barn.' },
  { id: 'klicka', text: 'Klicka här' },
  { id: 'taxi', text: 'Taxi' },
]);

describe('compileBoilerplate', () => {
  it('finds a phrase whatever its case, spacing and punctuation', () => {
    expect(matcher.find('ÄRENDET  bedöms inte – påverka BARN i kommunen.')).toBe('barn');
    expect(matcher.find('Ärendet bedöms påverka barn.')).toBeNull();
  });

  it('finds letters that lower-case to ASCII from outside it, as the lower-cased text has them', () => {
    // The Kelvin sign lower-cases to "k"; "İ" to "i" and a combining dot, which ends the word.
    expect(matcher.find('Klic\u212aa här!')).toBe('klicka');
    expect(matcher.find('TAX\u0130 till skolan')).toBe('taxi');
    expect(matcher.find('T\u0130XI')).toBeNull();
  });

  it('finds nothing without phrases', () => {
    expect(compileBoilerplate([]).find('Ärendet bedöms inte påverka barn.')).toBeNull();
    expect(compileBoilerplate([]).findInTokens('Ärendet bedöms inte påverka barn.', tokenize('Ärendet bedöms inte påverka barn.'))).toBeNull();
  });

  it('finds the same phrases from the tokens as from the text alone', () => {
    const texts = [
      'ÄRENDET  bedöms inte – påverka BARN i kommunen.',
      'Ärendet bedöms påverka barn.',
      'Klic\u212aa här!',
      'TAX\u0130 till skolan',
      'T\u0130XI',
      // A soft hyphen is dropped from the token but parts the normalized text's word.
      'Ärendet bedöms inte påver\u00adka barn.',
      'Ärendet bedöms inte pa\u0308verka barn.',
      'Ärendet2 bedöms inte påverka barn.',
      'Ärendet bedöms inte påverka barnen',
      'Taxi2000 och taxi-resor',
      '',
    ];
    for (const text of texts) expect(matcher.findInTokens(text, tokenize(text)), text).toBe(matcher.find(text));
    expect(matcher.findInTokens('Ärendet bedöms inte påver\u00adka barn.', tokenize('Ärendet bedöms inte påver\u00adka barn.'))).toBeNull();
    expect(matcher.findInTokens('Klicka här', tokenize('Klicka här'))).toBe('klicka');
  });

  it('finds a phrase without a clue word (too short) from the tokens too', () => {
    const short = compileBoilerplate([
      { id: 'ej', text: 'Ej' },
      { id: 'tom', text: '—' },
    ]);
    expect(short.findInTokens('Svar: ej.', tokenize('Svar: ej.'))).toBe('ej');
    expect(short.findInTokens('Svar: nej.', tokenize('Svar: nej.'))).toBeNull();
  });
});
