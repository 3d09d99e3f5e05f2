import { makeTempDir } from '../helpers/temp.js';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LANGUAGE_FILE, languageData, loadLanguageData, parseLanguageData } from '../../src/language/data.js';

describe('language data (lexicons/language/swedish.yaml)', () => {
  it('loads and validates the default file', () => {
    const data = languageData();
    expect(data.negation.cues).toContain('inte');
    expect(data.coordination.conjunctions).toEqual(['och', 'eller', 'samt', 'respektive']);
    expect(data.compound.linkingMorphemes).toEqual(['s', 'e']);
    expect(loadLanguageData(DEFAULT_LANGUAGE_FILE)).toEqual(data);
  });

  it('names the file, the line and the path of a schema violation', () => {
    const file = 'lexicons/language/broken.yaml';
    const source = 'version: 1\ntokenizer: {abbreviations: []}\n';
    expect(() => parseLanguageData(source, file)).toThrow(/^lexicons\/language\/broken\.yaml:1:1: fältet "compound" saknas$/m);
    const wrongType = readDefault().replace('window: 10', 'window: tio');
    expect(() => parseLanguageData(wrongType, file)).toThrow(
      `broken.yaml:${positionOf(wrongType, 'window: tio', 'tio')}: negation.window: ska vara ett heltal`,
    );
  });

  it('names the file on a YAML syntax error or a missing file', () => {
    expect(() => parseLanguageData('negation: [inte', 'x.yaml')).toThrow(/^x\.yaml:1:\d+: YAML-fel/);
    const dir = makeTempDir('mrkoll-lang-');
    expect(() => loadLanguageData(path.join(dir, 'saknas.yaml'))).toThrow(/saknas\.yaml:1:1: kan inte läsas \(ENOENT\)/);
    const file = path.join(dir, 'extra.yaml');
    const text = `${readDefault()}\nextra: 1\n`;
    writeFileSync(file, text);
    expect(() => loadLanguageData(file)).toThrow(`extra.yaml:${positionOf(text, 'extra: 1')}: okänt fält "extra"`);
  });
});

/** `line:col` (1-based) of `part` within the first occurrence of `context` in `text`. */
function positionOf(text: string, context: string, part: string = context): string {
  const before = text.slice(0, text.indexOf(context) + context.indexOf(part)).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

function readDefault(): string {
  return readFileSync(DEFAULT_LANGUAGE_FILE, 'utf8');
}
