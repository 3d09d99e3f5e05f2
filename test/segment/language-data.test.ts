import { describe, expect, it } from 'vitest';
import { parseTypeCues } from '../../src/segment/document-type.js';
import { LanguageDataError, readLanguageData } from '../../src/segment/language-data.js';
import { parseSectionTitles } from '../../src/segment/section-titles.js';
import { parseAbbreviations } from '../../src/segment/sentences.js';

describe('language data files', () => {
  it('the shipped files load', () => {
    for (const name of ['section-headings.yaml', 'abbreviations.yaml', 'document-types.yaml']) {
      expect(readLanguageData(name).data).toBeTruthy();
    }
    expect(parseSectionTitles(readLanguageData('section-headings.yaml').data, 'x').has('förslag till beslut')).toBe(true);
  });

  it.each([
    ['section headings that are not a list', () => parseSectionTitles({ Sammanfattning: true }, 'section-headings.yaml'), /section-headings\.yaml: listan med rubriker ska vara en lista med text/u],
    ['an empty heading', () => parseSectionTitles(['Sammanfattning', ''], 'section-headings.yaml'), /listan med rubriker\[1\] ska vara en icke-tom text/u],
    ['abbreviations without sentenceFinal', () => parseAbbreviations({ abbreviations: ['t.ex.'] }, 'abbreviations.yaml'), /abbreviations\.yaml: sentenceFinal ska vara en lista med text/u],
    ['abbreviations as a list', () => parseAbbreviations(['t.ex.'], 'abbreviations.yaml'), /ska ha nycklarna abbreviations och sentenceFinal/u],
    ['an unknown document type', () => parseTypeCues([{ type: 'brev', title: ['Brev'] }], 'document-types.yaml'), /post 0: type ska vara en av tjänsteskrivelse/u],
    ['a cue list that is a string', () => parseTypeCues([{ type: 'rapport', title: 'Rapport' }], 'document-types.yaml'), /rapport\.title ska vara en lista med text/u],
    ['a missing file', () => readLanguageData('finns-inte.yaml'), /finns-inte\.yaml: kan inte läsas/u],
  ])('%s is refused with the file and the problem', (_name, load, message) => {
    expect(load).toThrow(LanguageDataError);
    expect(load).toThrow(message);
  });
});
