// One case-number grammar: the well-formed numbers the metadata lists, and the loose shape review
// holds to a city's format, with the key that tells a mistyped number from another case.
import { describe, expect, it } from 'vitest';
import { CASE_NUMBER_SHAPE, caseKey, caseNumberFinder, findCaseNumbers } from '../../src/language/case-numbers.js';

const FORMATS = [
  { name: 'Malmö stad', pattern: String.raw`\p{Lu}{2,6}-(?:19|20)\d{2}-\d{1,6}` },
  { name: 'Stockholms stad', pattern: String.raw`\p{Lu}{2,6} (?:19|20)\d{2}/\d{1,6}` },
];
// As review compiles a rule's shape: whole words, case-sensitive.
const SHAPE = new RegExp(`(?:${CASE_NUMBER_SHAPE})(?![\\p{L}\\p{N}])`, 'gu');

describe('findCaseNumbers (well-formed)', () => {
  it.each([
    ['Ärende STK-2023-138 och ÅVS-2024-12.', ['STK-2023-138', 'ÅVS-2024-12']],
    ['Svar till KS 2024/1035, dnr SF 2024/444 och Dnr. 2024/123', ['KS 2024/1035', 'SF 2024/444', '2024/123']],
    // Shaped like one but not well formed, or inside a longer word or number.
    ['STK 2023-138, STK-23-138, STK–2023–138, XSTK-2023-138a, 1-STK-2023-138', []],
    ['2024/123 utan dnr', []],
  ])('%j', (text, expected) => {
    expect(findCaseNumbers(text).map((c) => c.value)).toEqual(expected);
  });
});

describe('caseNumberFinder (the loose shape and the formats)', () => {
  const find = caseNumberFinder(FORMATS, SHAPE);
  it('finds numbers in a format and numbers only shaped like one', () => {
    const text = 'Dnr STK-2023-138; se KS 2024/1035, STK 2023-138, STK–2023–0138 och STK-23-138.';
    expect(find(text).map((c) => [c.text, c.format, c.key])).toEqual([
      ['Dnr STK-2023-138', 'Malmö stad', 'STK|2023|138'],
      ['KS 2024/1035', 'Stockholms stad', 'KS|2024|1035'],
      ['STK 2023-138', null, 'STK|2023|138'],
      ['STK–2023–0138', null, 'STK|2023|138'],
      ['STK-23-138', null, 'STK|2023|138'],
    ]);
  });
  it('gives offsets into the text, and no match inside a word', () => {
    const text = 'ÄrendeSTK-2023-1 och STK-2023-138';
    expect(find(text).map((c) => [c.start, c.end])).toEqual([[21, 33]]);
  });
  it('keeps working when run again (the shape is shared by every document)', () => {
    expect(find('STK-2023-138').length).toBe(1);
    expect(find('STK-2023-138').length).toBe(1);
  });
});

describe('caseKey', () => {
  it.each([
    ['STK-2023-138', 'STK|2023|138'],
    ['stk–2023–0138', 'STK|2023|138'],
    ['STK 23/138', 'STK|2023|138'],
    ['KS 2024/1035', 'KS|2024|1035'],
    ['ÅVS-2024-7', 'ÅVS|2024|7'],
    ['inget nummer', 'INGET NUMMER'],
  ])('%s → %s', (text, key) => {
    expect(caseKey(text)).toBe(key);
  });
});
