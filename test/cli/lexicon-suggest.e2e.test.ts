// `mrkoll lexicon suggest` end to end with the built binary: on a small corpus written for the
// test, the words that stand with the category's strong terms come first, with their counts and
// two example sentences; words as common elsewhere and the category's own terms do not.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/temp.js';

const FIRST = [
  'Skolkuratorerna möter allt fler elever med psykisk ohälsa under våren.',
  'Nämnden konstaterar att väntetiden till skolkurator har ökat.',
  'Nämnden har beslutat om nya öppettider för simhallen.',
  'Den psykiska ohälsan bland unga kräver fler skolkuratorer och första linjen i regionen.',
  'Nämnden godkänner protokollet från förra mötet.',
];
const SECOND = [
  'Första linjen och skolkuratorerna ska samverka kring elever med psykisk ohälsa.',
  'Nämnden har fått en ny ordförande.',
  'Parkeringen vid stadshuset stängs under sommaren.',
  'Regionens första linjen har fått mer resurser för psykisk ohälsa hos barn.',
  'Nämnden ser över städningen av lokalerna.',
];

// Sentences about nothing, so that the rest of the corpus is large enough for G² to tell.
const FILLER = ['simhallen', 'parkeringen', 'stadshuset', 'biblioteket', 'torget', 'hamnen', 'idrottsplatsen', 'gatan', 'bron', 'parken'].flatMap((place) => [
  `Nämnden har beslutat om nya öppettider för ${place}.`,
  `Belysningen vid ${place} byts ut under hösten.`,
]);

let dir: string;
beforeAll(() => {
  dir = makeTempDir('mrkoll-suggest-');
  writeFileSync(path.join(dir, 'protokoll-1.txt'), FIRST.join('\n\n'));
  writeFileSync(path.join(dir, 'protokoll-2.txt'), SECOND.join('\n\n'));
  writeFileSync(path.join(dir, 'protokoll-3.txt'), FILLER.join('\n\n'));
});

describe('mrkoll lexicon suggest', () => {
  it('ranks what co-occurs with the strong terms, with counts and two examples, in JSON', () => {
    const run = runCli(['lexicon', 'suggest', dir, '--category', 'halsa', '--min-count', '2', '--format', 'json', '--no-cache']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ schemaVersion: 1, category: 'halsa', documents: 3, sentences: { category: 4, rest: 26 } });
    const terms = json.candidates.map((c: { term: string }) => c.term);
    expect(terms).toEqual(expect.arrayContaining(['psykisk', 'första linjen']));
    const psykisk = json.candidates.find((c: { term: string }) => c.term === 'psykisk');
    expect(psykisk).toMatchObject({ kind: 'word', inCategory: 4, elsewhere: 0 });
    expect(psykisk.g2).toBeGreaterThan(6.63);
    expect(psykisk.examples).toHaveLength(2);
    expect(new Set(psykisk.examples.map((e: { document: string }) => path.basename(e.document)))).toEqual(new Set(['protokoll-1.txt', 'protokoll-2.txt']));
    expect(json.candidates.find((c: { term: string }) => c.term === 'första linjen')).toMatchObject({ kind: 'phrase', inCategory: 3, elsewhere: 0 });
    // As common outside the category's sentences, and the category's own term.
    expect(terms).not.toContain('nämnden');
    expect(terms.some((t: string) => /ohälsa/.test(t))).toBe(false);
  });

  it('prints the same in text', () => {
    const run = runCli(['lexicon', 'suggest', dir, '--category', 'halsa', '--min-count', '2', '--no-cache']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Kandidattermer för halsa: .* 4 meningar .* övriga 26 meningar i 3 dokument/);
    expect(run.stdout).toMatch(/första linjen\s+fras\s+3\s+0/);
    expect(run.stdout).toContain('    Skolkuratorerna möter allt fler elever med psykisk ohälsa under våren.');
  });

  it('refuses a category the lexicons do not have', () => {
    const run = runCli(['lexicon', 'suggest', dir, '--category', 'finns-inte', '--no-cache']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--category finns-inte: ingen sådan kategori i lexikonen');
  });
});
