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

  it('tries every place a first word opens, also inside a first word that did not match, as a search over the whole text would', () => {
    const forms = compilePhrases(['HBTQI', 'mänskliga rättigheter', 'rättigheter för barn', 'barnrätt']);
    const text = 'HBTQ-frågor, mänskliga fri- och mänskliga  rättigheterna, rättigheter för barnen och barnbarnrätt 😀 HBTQI';
    // "mänskliga fri-" opens a form without being one; "rättigheter" ends one match and opens the next
    // only after it; "barnbarnrätt" holds the compound head after a false start at its first "barn".
    expect(forms(text).map((h) => [h.index, h.text, text.slice(h.start, h.end)])).toEqual([
      [1, 'mänskliga  rättigheterna', 'mänskliga  rättigheterna'],
      [2, 'rättigheter för barnen', 'rättigheter för barnen'],
      [3, 'barnrätt', 'barnrätt'],
      [0, 'HBTQI', 'HBTQI'],
    ]);
  });

  it('looks for the next form inside the first word of one that failed', () => {
    // "barnbarn" opens the first form at 0 and fails there; the second opens at 4, inside it.
    const forms = compilePhrases(['barnbarn omsorg', 'barnrättsperspektiv']);
    expect(forms('ett barnbarnrättsperspektivet').map((h) => [h.index, h.text])).toEqual([[1, 'barnrättsperspektivet']]);
  });

  it('finds nothing where no form opens', () => {
    expect(found('Communities och care, en analys av barnkonsekvenser')).toEqual([]);
    expect(compilePhrases([])('vad som helst')).toEqual([]);
  });
});
