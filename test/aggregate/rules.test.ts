import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { loadAnalysisRules, parseAnalysisRules, RulesError } from '../../src/aggregate/analysis/rules.js';
import { compileCues } from '../../src/aggregate/analysis/cues.js';
import { parseExpectedList, expectedFromList } from '../../src/aggregate/analysis/expected.js';
import { lexicons } from './helpers.js';

const bundled = () => parse(readFileSync(new URL('../../rules/analysis.yaml', import.meta.url), 'utf8')) as Record<string, any>;

describe('rules/analysis.yaml', () => {
  it('loads the bundled rules', () => {
    const r = loadAnalysisRules();
    expect(r.thresholds.silentPassages).toBeGreaterThan(0);
    expect(r.question.q2).toContain('utmaning');
    expect(r.expected.kinds).toEqual(['nämnd', 'bolag']);
  });

  it.each([
    ['an unknown key', (d: any) => (d.thresholds.silent = 3), 'thresholds: okänd nyckel "silent"'],
    ['a wrong type', (d: any) => (d.thresholds.rareShare = 'få'), 'thresholds.rareShare: väntade ett tal'],
    ['a share above 1', (d: any) => (d.thresholds.rareShare = 25), 'thresholds.rareShare: värdet måste vara högst 1'],
    ['an unknown kind', (d: any) => (d.expected.kinds = ['nämnd', 'kommun']), 'expected.kinds.1: väntade ett av'],
    ['an empty cue list', (d: any) => (d.question.q2 = []), 'question.q2: listan får inte vara tom'],
    ['a missing section', (d: any) => delete d.depth, 'filen: nyckeln "depth" saknas'],
  ])('names the file and the field for %s', (_, change, message) => {
    const data = bundled();
    change(data);
    expect(() => parseAnalysisRules(data, 'regler.yaml')).toThrow(RulesError);
    expect(() => parseAnalysisRules(data, 'regler.yaml')).toThrow(`regler.yaml: ${message}`);
  });

  it('says when the file is not YAML or not there', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mrkoll-rules-'));
    const file = path.join(dir, 'bad.yaml');
    writeFileSync(file, 'version: 1\n  thresholds: [');
    expect(() => loadAnalysisRules(file)).toThrow(/bad\.yaml: ogiltig YAML/);
    expect(() => loadAnalysisRules(path.join(dir, 'none.yaml'))).toThrow(/regelfilen finns inte/);
  });
});

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
  ])('%s', (text, found) => {
    expect(match(text).map((m) => m.text)).toEqual(found);
  });
});

describe('--expected lists', () => {
  it('reads IDs and names, any case, and keeps unknown names', () => {
    const entries = parseExpectedList('# förväntade\nmalmo/kulturnamnden\nfritidsnämnden\nMKB  # alias\nTrafiknämnden\n\n');
    expect(entries).toEqual(['malmo/kulturnamnden', 'fritidsnämnden', 'MKB', 'Trafiknämnden']);
    const set = expectedFromList(entries, lexicons(), 'malmo', 'listan');
    expect(set.ids).toEqual(['malmo/kulturnamnden', 'malmo/fritidsnamnden', 'malmo/mkb-fastighets-ab', 'unregistered/trafiknamnden']);
    expect(set.unknown).toEqual(['Trafiknämnden']);
  });
});
