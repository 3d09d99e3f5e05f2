import { describe, expect, it } from 'vitest';
import { findPageNumberLines, parsePageNumber, removePageNumbers } from '../../src/normalize/page-numbers.js';

describe('page-number lines', () => {
  it.each([
    ['8 (52)', { page: 8, of: 52 }],
    ['8 (52) ', { page: 8, of: 52 }],
    ['1 (11)', { page: 1, of: 11 }],
    ['Sida 3 av 10', { page: 3, of: 10 }],
    ['sida 3', { page: 3 }],
    ['Sid. 4 (12)', { page: 4, of: 12 }],
    ['3/10', { page: 3, of: 10 }],
    ['3 av 10', { page: 3, of: 10 }],
    ['- 3 -', { page: 3 }],
  ])('%j is a page number', (line, expected) => {
    expect(parsePageNumber(line)).toEqual(expected);
  });

  it.each([['Kommunstyrelsen 2024-05-07'], ['12/3'], ['2. Kunskap och statistik'], ['§ 202'], ['2011'], ['1 jfr Alnebratt & Rönnblom 2016']])(
    '%j is not a page number',
    (line) => {
      expect(parsePageNumber(line)).toBeNull();
    },
  );

  it.each([
    {
      name: '`N (M)` at the foot of a pdf-parse page',
      page: ['Malmö stad', 'Beslutsplanering', 'Kommunstyrelsen 2024-05-07', '2 (11)'],
      expected: ['Malmö stad', 'Beslutsplanering', 'Kommunstyrelsen 2024-05-07'],
    },
    {
      name: 'a lone number at the top of the page',
      page: ['7', 'Uppdraget', 'Kommunstyrelsen fick i kommunfullmäktiges budget för 2023 i'],
      expected: ['Uppdraget', 'Kommunstyrelsen fick i kommunfullmäktiges budget för 2023 i'],
    },
    {
      name: 'a lone number at the bottom, blank lines after it',
      page: ['Arbetet behöver utvecklas successivt.', '5', '', ''],
      expected: ['Arbetet behöver utvecklas successivt.', '', ''],
    },
    {
      name: 'a lone number inside the page is body text',
      page: ['Antal nämnder:', '14', 'och bolag:', '9', 'Slut.'],
      expected: ['Antal nämnder:', '14', 'och bolag:', '9', 'Slut.'],
    },
    {
      name: 'a four-digit year ending a footnote is not a page number',
      page: ['1 jfr Alnebratt & Rönnblom 2016; Bacchi & Eveline 2010; Candel 2017; Callerstig & Lindholm', '2011'],
      expected: ['1 jfr Alnebratt & Rönnblom 2016; Bacchi & Eveline 2010; Candel 2017; Callerstig & Lindholm', '2011'],
    },
  ])('$name', ({ page, expected }) => {
    expect(removePageNumbers(page)).toEqual(expected);
    expect(findPageNumberLines(page).size).toBe(page.length - expected.length);
  });
});
