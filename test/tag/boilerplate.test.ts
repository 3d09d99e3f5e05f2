// The boilerplate phrase matcher: literal phrases, case, spacing and punctuation aside.
import { describe, expect, it } from 'vitest';
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
  });
});
