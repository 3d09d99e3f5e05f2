import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseTypeCues, typeCues } from '../../src/segment/document-type.js';
import { LanguageDataError } from '../../src/language/data-files.js';
import { parseSectionTitles, sectionTitles } from '../../src/language/section-titles.js';
import { abbreviations, parseAbbreviations } from '../../src/segment/sentences.js';
import { makeTempDir } from '../helpers/temp.js';

describe('language data files', () => {
  it('the shipped files load', () => {
    expect(sectionTitles().keys.has('förslag till beslut')).toBe(true);
    expect(abbreviations().inner.has('t.ex.')).toBe(true);
    expect(typeCues().map((cues) => cues.type)).toContain('tjänsteskrivelse');
    expect(parseSectionTitles('- Förslag till beslut\n- "2. Bakgrund:"\n', 'x.yaml').keys.has('2. bakgrund')).toBe(false);
    expect(parseSectionTitles('- Förslag till beslut\n- "2. Bakgrund:"\n', 'x.yaml').keys.has('bakgrund')).toBe(true);
    expect(parseAbbreviations('abbreviations: [T.ex.]\nsentenceFinal: [m.m.]\n', 'x.yaml').inner.has('t.ex.')).toBe(true);
    expect(parseTypeCues('- type: rapport\n  title: [" Rapport "]\n', 'x.yaml')).toEqual([
      { type: 'rapport', title: ['Rapport'], section: [], selfReference: [], numberedParagraphs: false },
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
    ['a file that cannot be read', () => sectionTitles(unreadableHeadings()), /section-headings\.yaml:1:1: kan inte läsas \(EISDIR\)/u],
  ])('%s is refused with the file, the place and the problem', (_name, load, message) => {
    expect(load).toThrow(LanguageDataError);
    expect(load).toThrow(message);
  });
});

/** A lexicons folder whose language/section-headings.yaml is a directory. */
function unreadableHeadings(): string {
  const dir = makeTempDir('mrkoll-headings-');
  mkdirSync(path.join(dir, 'language', 'section-headings.yaml'), { recursive: true });
  return dir;
}
