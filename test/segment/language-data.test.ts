import { describe, expect, it } from 'vitest';
import { parseTypeCues } from '../../src/segment/document-type.js';
import { LanguageDataError, languageSchema, readLanguageData, TEXT_LIST } from '../../src/language/segment-data.js';
import { parseSectionTitles } from '../../src/language/section-titles.js';
import { parseAbbreviations } from '../../src/segment/sentences.js';

describe('language data files', () => {
  it('the shipped files load', () => {
    const anyList = languageSchema<unknown>({ type: ['array', 'object'] });
    for (const name of ['section-headings.yaml', 'abbreviations.yaml', 'document-types.yaml']) {
      expect(readLanguageData(name, anyList)).toBeTruthy();
    }
    expect(parseSectionTitles('- Förslag till beslut\n- "2. Bakgrund:"\n', 'x.yaml').has('förslag till beslut')).toBe(true);
    expect(parseAbbreviations('abbreviations: [T.ex.]\nsentenceFinal: [m.m.]\n', 'x.yaml').inner.has('t.ex.')).toBe(true);
    expect(parseTypeCues('- type: rapport\n  title: [" Rapport "]\n', 'x.yaml')).toEqual([
      { type: 'rapport', title: ['Rapport'], section: [], selfReference: [] },
    ]);
  });

  it.each([
    [
      'section headings that are not a list',
      () => parseSectionTitles('Sammanfattning: true\n', 'section-headings.yaml'),
      /^section-headings\.yaml:1:1: .*lista/mu,
    ],
    [
      'an empty heading',
      () => parseSectionTitles('- Sammanfattning\n- "  "\n', 'section-headings.yaml'),
      /^section-headings\.yaml:2:3: \[1\]: får inte vara tom/mu,
    ],
    [
      'abbreviations without sentenceFinal',
      () => parseAbbreviations('abbreviations: [t.ex.]\n', 'abbreviations.yaml'),
      /^abbreviations\.yaml:1:1: .*sentenceFinal/mu,
    ],
    ['abbreviations as a list', () => parseAbbreviations('- t.ex.\n', 'abbreviations.yaml'), /^abbreviations\.yaml:1:1: /mu],
    [
      'an unknown document type',
      () => parseTypeCues('- type: brev\n  title: [Brev]\n', 'document-types.yaml'),
      /^document-types\.yaml:1:9: \[0\]\.type: .*tjänsteskrivelse/mu,
    ],
    [
      'a cue list that is a string',
      () => parseTypeCues('- type: rapport\n  title: Rapport\n', 'document-types.yaml'),
      /^document-types\.yaml:2:10: \[0\]\.title: .*lista/mu,
    ],
    ['broken YAML', () => parseSectionTitles('- [Sammanfattning\n', 'section-headings.yaml'), /^section-headings\.yaml:\d+:\d+: /mu],
    ['a missing file', () => readLanguageData('finns-inte.yaml', languageSchema(TEXT_LIST)), /finns-inte\.yaml:1:1: kan inte läsas/u],
  ])('%s is refused with the file, the place and the problem', (_name, load, message) => {
    expect(load).toThrow(LanguageDataError);
    expect(load).toThrow(message);
  });
});
