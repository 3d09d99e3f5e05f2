import { describe, expect, it } from 'vitest';
import { detectRunningLines, furnitureKey, removeRunningLines } from '../../src/normalize/running-furniture.js';

const strip = (pages: string[][]): string[][] => {
  const running = detectRunningLines(pages);
  return pages.map((page) => removeRunningLines(page, running));
};

describe('running headers and footers', () => {
  it.each([
    {
      name: 'the template header "Malmö stad" on every page',
      pages: [
        ['Malmö stad', 'Tjänsteskrivelse', 'Datum'],
        ['Malmö stad', 'Beslutsplanering', 'Kommunstyrelsens arbetsutskott 2024-04-29'],
        ['Malmö stad', 'Uppdraget', 'Kommunstyrelsen fick i kommunfullmäktiges budget'],
      ],
      expected: [
        ['Tjänsteskrivelse', 'Datum'],
        ['Beslutsplanering', 'Kommunstyrelsens arbetsutskott 2024-04-29'],
        ['Uppdraget', 'Kommunstyrelsen fick i kommunfullmäktiges budget'],
      ],
    },
    {
      name: 'a body line equal to the header stays (minutes: header and letterhead both "Malmö stad")',
      pages: [
        ['Malmö stad', 'Malmö stad', 'Kommunstyrelsens arbetsutskott', 'Protokollsutdrag'],
        ['Malmö stad', 'och socialnämnden och kulturnämnden, brett utreda formerna för'],
      ],
      expected: [['Malmö stad', 'Kommunstyrelsens arbetsutskott', 'Protokollsutdrag'], ['och socialnämnden och kulturnämnden, brett utreda formerna för']],
    },
    {
      name: 'header with the document title and a footer with changing numbers',
      pages: [
        ['Malmö stad Systematiskt arbete med mänskliga rättigheter 2023', 'Sammanfattning', 'Text.', 'Sida 1 av 3'],
        ['Malmö stad Systematiskt arbete med mänskliga rättigheter 2023', 'Mer text.', 'Sida 2 av 3'],
        ['Malmö stad Systematiskt arbete med mänskliga rättigheter 2023', 'Slut.', 'Sida 3 av 3'],
      ],
      expected: [['Sammanfattning', 'Text.'], ['Mer text.'], ['Slut.']],
    },
    {
      name: 'a Stockholm header line "Serviceförvaltningen, Stockholms stad"',
      pages: [
        ['Serviceförvaltningen, Stockholms stad', 'Remiss av handlingsplan för arbete mot rasism'],
        ['Serviceförvaltningen, Stockholms stad', 'de mänskliga rättigheterna (MR-programmet) som tidigare'],
        ['Serviceförvaltningen, Stockholms stad', 'att implementeringen kan stärkas ytterligare om införandet ges som'],
      ],
      expected: [
        ['Remiss av handlingsplan för arbete mot rasism'],
        ['de mänskliga rättigheterna (MR-programmet) som tidigare'],
        ['att implementeringen kan stärkas ytterligare om införandet ges som'],
      ],
    },
    {
      name: 'a line on one page of three is body text',
      pages: [
        ['Malmö stad', 'Inledning'],
        ['Bakgrund', 'Text.'],
        ['Slutsatser', 'Text.'],
      ],
      expected: [
        ['Malmö stad', 'Inledning'],
        ['Bakgrund', 'Text.'],
        ['Slutsatser', 'Text.'],
      ],
    },
    {
      name: 'a single page has no running lines',
      pages: [['Malmö stad', 'Protokollsutdrag']],
      expected: [['Malmö stad', 'Protokollsutdrag']],
    },
  ])('$name', ({ pages, expected }) => {
    expect(strip(pages)).toEqual(expected);
  });
});

describe('furnitureKey', () => {
  it.each([
    ['  Sida 3 av 12 ', 'sida # av #'],
    ['Malmö stad', 'malmö stad'],
    ['Malmö\u00a0stad\t2024', 'malmö stad #'],
    ['MALMÖ   STAD', 'malmö stad'],
    ['Årsanalys 2023-2024', 'årsanalys #-#'],
  ])('%j → %j', (line, key) => {
    expect(furnitureKey(line)).toBe(key);
  });
});
