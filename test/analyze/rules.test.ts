import { makeTempDir } from '../helpers/temp.js';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readFileSync } from 'node:fs';
import { loadAnalysisRules, parseAnalysisRules, RulesError } from '../../src/analyze/rules.js';
import { compileCues } from '../../src/analyze/cues.js';
import { parseExpectedList, expectedFromList } from '../../src/analyze/expected.js';
import { lexicons } from '../helpers/tagged.js';

const bundled = () => parse(readFileSync(new URL('../../rules/analysis.yaml', import.meta.url), 'utf8')) as Record<string, any>;

describe('rules/analysis.yaml', () => {
  it('loads the bundled rules', () => {
    const r = loadAnalysisRules();
    expect(r.thresholds.silentPassages).toBeGreaterThan(0);
    expect(r.question.q2).toContain('utmaning');
    expect(r.expected.kinds).toEqual(['nämnd', 'bolag']);
  });

  it.each([
    ['an unknown key', (d: any) => (d.thresholds.silent = 3), ['silent: 3', 'silent'], 'thresholds: okänt fält "silent"'],
    ['a wrong type', (d: any) => (d.thresholds.rareShare = 'få'), ['rareShare: få', 'få'], 'thresholds.rareShare: ska vara ett tal'],
    ['a share above 1', (d: any) => (d.thresholds.rareShare = 25), ['rareShare: 25', '25'], 'thresholds.rareShare: ska vara högst 1'],
    ['an unknown kind', (d: any) => (d.expected.kinds = ['nämnd', 'kommun']), ['- kommun', 'kommun'], 'expected.kinds[1]: ska vara ett av: nämnd, förvaltning'],
    ['an empty cue list', (d: any) => (d.question.q2 = []), ['q2: []', '[]'], 'question.q2: ska ha minst 1 element'],
    ['a missing section', (d: any) => delete d.depth, null, 'fältet "depth" saknas'],
  ])('names the file, the line and the field for %s', (_, change, at, message) => {
    const data = bundled();
    change(data);
    const text = stringify(data);
    const position = at ? positionOf(text, ...(at as [string, string])) : '1:1';
    expect(() => parseAnalysisRules(text, 'regler.yaml')).toThrow(RulesError);
    expect(() => parseAnalysisRules(text, 'regler.yaml')).toThrow(`regler.yaml:${position}: ${message}`);
  });

  it('says when the file is not YAML or not there', () => {
    const dir = makeTempDir('mrkoll-rules-');
    const file = path.join(dir, 'bad.yaml');
    writeFileSync(file, 'version: 1\n  thresholds: [');
    expect(() => loadAnalysisRules(file)).toThrow(/bad\.yaml:2:\d+: YAML-fel/);
    expect(() => loadAnalysisRules(path.join(dir, 'none.yaml'))).toThrow(/none\.yaml:1:1: regelfilen finns inte/);
  });
});

/** `line:col` (1-based) of `part` within the first occurrence of `context` in `text`. */
function positionOf(text: string, context: string, part: string): string {
  const offset = text.indexOf(context) + context.indexOf(part);
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

describe('cue words', () => {
  const match = compileCues(['utmaning', 'har lett till', 'hinder=', 'systematiska kvalitetsarbete']);
  it.each([
    ['Det finns flera utmaningar i arbetet.', ['utmaningar']],
    ['Arbetet har lett till fler besök.', ['har lett till']],
    ['Det finns hinder i budgeten men inget hindrar oss.', ['hinder']],
    ['Genom det systematiska kvalitetsarbetet följs det upp.', ['systematiska kvalitetsarbetet']],
    ['Utmaningen är stor.', ['Utmaningen']],
    ['Detta har letts tillbaka.', []],
    ['Barnrättsutmaningar', []],
    // A match inside a word is dropped and the search goes on from the next character.
    ['Barnrättsutmaningar och utmaningar', ['utmaningar']],
    ['Ett rättshinder, sedan ett hinder.', ['hinder']],
    ['Vihar lett till det och har lett till mer.', ['har lett till']],
    // The character before is read whole: U+1D400 (𝐀) is a letter outside the BMP.
    ['\u{1D400}utmaning, 2utmaning, (utmaning)', ['utmaning']],
  ])('%s', (text, found) => {
    expect(match(text).map((m) => m.text)).toEqual(found);
  });
});

describe('--expected lists', () => {
  it('reads IDs and names, any case, and keeps unknown names', () => {
    const entries = parseExpectedList('# förväntade\nmalmo/kulturnamnden\nfritidsnämnden\nMKB  # alias\nTrafiknämnden\n\n');
    expect(entries).toEqual(['malmo/kulturnamnden', 'fritidsnämnden', 'MKB', 'Trafiknämnden']);
    const set = expectedFromList(entries, lexicons(), 'malmo', 'listan');
    expect(set.ids).toEqual(['malmo/kulturnamnden', 'malmo/fritidsnamnden', 'malmo/mkb-fastighets-ab', 'malmo/trafiknamnden']);
    expect(set.unknown).toEqual(['Trafiknämnden']);
  });
});
