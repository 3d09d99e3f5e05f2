import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

  it('names the file and the path of a schema violation', () => {
    const file = 'lexicons/language/broken.yaml';
    const source = 'version: 1\ntokenizer: {abbreviations: []}\n';
    expect(() => parseLanguageData(source, file)).toThrow(/^lexicons\/language\/broken\.yaml: ogiltiga språkdata: .*required property 'compound'/);
    const wrongType = readDefault().replace('window: 10', 'window: tio');
    expect(() => parseLanguageData(wrongType, file)).toThrow(/broken\.yaml: .*\/negation\/window must be integer/);
  });

  it('names the file on a YAML syntax error or a missing file', () => {
    expect(() => parseLanguageData('negation: [inte', 'x.yaml')).toThrow(/^x\.yaml: ogiltig YAML/);
    const dir = mkdtempSync(path.join(tmpdir(), 'mrkoll-lang-'));
    expect(() => loadLanguageData(path.join(dir, 'saknas.yaml'))).toThrow(/saknas\.yaml: kan inte läsas/);
    const file = path.join(dir, 'extra.yaml');
    writeFileSync(file, `${readDefault()}\nextra: 1\n`);
    expect(() => loadLanguageData(file)).toThrow(/extra\.yaml: .*must NOT have additional properties/);
  });
});

function readDefault(): string {
  return readFileSync(DEFAULT_LANGUAGE_FILE, 'utf8');
}
