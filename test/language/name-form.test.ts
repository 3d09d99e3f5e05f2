// Which of equally frequent forms of an organ's name is written by the rules.
import { describe, expect, it } from 'vitest';
import { writtenByTheRules } from '../../src/language/name-form.js';

describe('writtenByTheRules', () => {
  it.each([
    ['Kultur- och fritidsnämnden', 'Kultur och fritidsnämnden'],
    ['Kultur- och fritidsnämnden', 'Kultur och Fritidsnämnden'],
    ['Kultur och fritidsnämnden', 'Kultur och Fritidsnämnden'],
    ['Nämnden för teknik', 'Nämnden för Teknik'],
    ['Vård- och omsorgsnämnden', 'Vård och Omsorgsnämnden'],
    ['Barn- eller utbildningsutskottet', 'Barn eller utbildningsutskottet'],
  ])('%s before %s', (better, worse) => {
    expect(writtenByTheRules(better)).toBeGreaterThan(writtenByTheRules(worse));
  });

  it.each([
    // Abbreviations and the first word's capital are no fault.
    ['IT-nämnden', 'It-nämnden'],
    ['Nämnden för IT och digitalisering', 'Nämnden för it och digitalisering'],
    ['Kommunstyrelsen', 'kommunstyrelsen'],
  ])('%s and %s are equal', (a, b) => {
    expect(writtenByTheRules(a)).toBe(writtenByTheRules(b));
  });
});
