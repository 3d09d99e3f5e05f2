import { describe, expect, it } from 'vitest';
import { compilePhrases } from '../../src/names/phrases.js';

describe('compilePhrases', () => {
  const find = compilePhrases(['Communities That Care', 'barnkonsekvensanalys', 'HBTQ']);
  const found = (text: string) => find(text).map((h) => [h.index, h.text]);

  it('finds a form in any case, across any whitespace, inflected or as the head of a compound', () => {
    expect(found('Vi arbetar med COMMUNITIES\n that  care sedan 2020.')).toEqual([[0, 'COMMUNITIES\n that  care']]);
    expect(found('En förenklad barnkonsekvensanalyserna gjordes.')).toEqual([[1, 'barnkonsekvensanalyserna']]);
    expect(found('HBTQ-frågor och hbtqi')).toEqual([[2, 'HBTQ']]);
  });

  it('finds a form whose first word the text writes in a letter that only case-folds to it', () => {
    // U+017F (long s) folds to "s" under the pattern's flags but is its own lower case: a
    // pre-filter that lower-cased the text would miss it.
    const stockholm = compilePhrases(['Stockholms stad']);
    expect(stockholm('i \u017Ftockholms stad').map((h) => h.text)).toEqual(['\u017Ftockholms stad']);
  });

  it('finds nothing where no form opens', () => {
    expect(found('Communities och care, en analys av barnkonsekvenser')).toEqual([]);
    expect(compilePhrases([])('vad som helst')).toEqual([]);
  });
});
