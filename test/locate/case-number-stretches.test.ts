// Case numbers looked for only around the digit–dash–digit joints every one of them has: the same
// numbers at the same places as a search of the whole text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseNumberSearch } from '../../src/language/case-numbers.js';
import { inStretches } from '../../src/locate/index.js';

const FORMATS = [String.raw`\p{Lu}{2,6}-(?:19|20)\d{2}-\d{1,6}`, String.raw`\p{Lu}{2,6}\s(?:19|20)\d{2}/\d{1,6}`];

describe('case numbers searched in stretches', () => {
  const whole = caseNumberSearch(FORMATS);
  const stretches = inStretches(whole);

  it('finds what the whole text gives, next to letters, dashes, labels and long white space', () => {
    const piece = fc.constantFrom(
      'STK',
      'KS',
      'Å',
      'É',
      '2023',
      '20',
      '23',
      '138',
      '-',
      '–',
      '/',
      ' ',
      '   ',
      '\n',
      '\u00a0',
      'Dnr',
      'dnr.',
      'Diarienummer',
      ':',
      '.',
      'x',
      's',
      'e',
      ',',
      '(',
      'Malmö',
      '𝐀',
      'STK-2023-138',
      'KS 2024/1035',
      'Dnr 2025-00039',
      '2023-138',
    );
    let withNumbers = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const expected = whole(text);
        expect(stretches(text)).toEqual(expected);
        if (expected.length > 0) withNumbers++;
      }),
      { numRuns: 3000 },
    );
    expect(withNumbers).toBeGreaterThan(200);
  });

  it('finds the numbers of a memo', () => {
    const text = 'Dnr STK-2023-138\n\nse (STK-2022-1455) och KS 2024/1035, x-STK-2021-9, Diarienummer: 2025-00039 samt 1-STK-2023-1.';
    expect(stretches(text)).toEqual(whole(text));
    expect(stretches(text).map((c) => c.value)).toEqual(['STK-2023-138', 'STK-2022-1455', 'KS 2024/1035', '2025-00039']);
  });
});
