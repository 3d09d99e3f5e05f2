// One case-number grammar: the well-formed numbers the metadata lists, and the loose shape review
// holds to a city's format, with the key that tells a mistyped number from another case.
import { describe, expect, it } from 'vitest';
import { CASE_NUMBER_SHAPE, caseKey, caseNumberFinder, caseNumberSearch, findCaseNumberShapes } from '../../src/language/case-numbers.js';

const FORMATS = [
  { name: 'Malmö stad', pattern: String.raw`\p{Lu}{2,6}-(?:19|20)\d{2}-\d{1,6}` },
  { name: 'Stockholms stad', pattern: String.raw`\p{Lu}{2,6} (?:19|20)\d{2}/\d{1,6}` },
];
// As review compiles a rule's shape: whole words, case-sensitive.
const SHAPE = new RegExp(`(?:${CASE_NUMBER_SHAPE})(?![\\p{L}\\p{N}])`, 'gu');

describe('caseNumberSearch (well-formed in the given formats, or after a label)', () => {
  const find = caseNumberSearch(FORMATS.map((f) => f.pattern));
  it.each([
    ['Ärende STK-2023-138 och ÅVS-2024-12.', ['STK-2023-138', 'ÅVS-2024-12']],
    ['Svar till KS 2024/1035, dnr SF 2024/444 och Dnr. 2024/123', ['KS 2024/1035', 'SF 2024/444', '2024/123']],
    // Shaped like one but not well formed, or inside a longer word or number.
    ['STK 2023-138, STK-23-138, STK–2023–138, XSTK-2023-138a, 1-STK-2023-138', []],
    ['2024/123 utan dnr', []],
    // After a label, in any city's form.
    ['Dnr: 2025-00039 och Diarienummer KS-2024-7', ['2025-00039', 'KS-2024-7']],
  ])('%j', (text, expected) => {
    expect(find(text).map((c) => c.value)).toEqual(expected);
  });

  it('finds only what the formats allow: a city without formats lists labelled numbers', () => {
    const text = 'Ärende STK-2023-138 och KS 2024/1035, dnr 2025-00044.';
    expect(caseNumberSearch([])(text).map((c) => c.value)).toEqual(['2025-00044']);
    expect(caseNumberSearch([FORMATS[1].pattern])(text).map((c) => c.value)).toEqual(['KS 2024/1035', '2025-00044']);
  });

  it('gives where each number starts', () => {
    expect(caseNumberSearch([FORMATS[0].pattern])('Se dnr STK-2023-138.')).toEqual([{ value: 'STK-2023-138', index: 7 }]);
  });
});

describe('findCaseNumberShapes', () => {
  it('finds everything shaped like a case number, without its label', () => {
    expect(findCaseNumberShapes('Dnr STK 2023-138 och STK–23–1').map((c) => c.value)).toEqual(['STK 2023-138', 'STK–23–1']);
  });
  // The patterns are tried only just before a year–serial separator: a label far before it, a
  // series of capitals outside the BMP and numbers glued to words must come out as a scan of the whole text finds them.
  it.each([
    ['Dnr' + ' '.repeat(30) + 'STK-2023-1', [{ value: 'STK-2023-1', index: 33 }]],
    ['DnrSTK-2023-1', [{ value: 'STK-2023-1', index: 3 }]],
    ['aDnrSTK-2023-1 och aSTK-2023-2', []],
    ['𝐀𝐁𝐂𝐃𝐄𝐅 - 2023 - 123456', [{ value: '𝐀𝐁𝐂𝐃𝐄𝐅 - 2023 - 123456', index: 0 }]],
    ['x𝐀𝐁𝐂𝐃𝐄𝐅 - 2023 - 123456, STK-2023-1234567', []],
    [
      '2024-04-23: KS-2024-7, KS-2024-8',
      [
        { value: 'KS-2024-7', index: 12 },
        { value: 'KS-2024-8', index: 23 },
      ],
    ],
  ])('%j', (text, expected) => {
    expect(findCaseNumberShapes(text)).toEqual(expected);
  });
  it('finds a labelled number after the longest label and series', () => {
    expect(caseNumberSearch([])('Diarienummer.: ABCDEF 2024/1 och dnr.\n\n\n2024/2')).toEqual([{ value: 'ABCDEF 2024/1', index: 15 }]);
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
