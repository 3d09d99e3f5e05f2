// `mrkoll names` end to end with the built binary, on the seed corpus.
import { makeTempDir } from '../helpers/temp.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('mrkoll names', () => {
  let json: any;
  const variants = (kind: string) =>
    json.groups
      .filter((g: any) => g.kind === kind)
      .flatMap((g: any) => g.variants.filter((v: any) => !['canonical', 'preferred', 'alias'].includes(v.status)).map((v: any) => v.text));

  beforeAll(() => {
    const run = runCli(['names', 'corpora/seeds', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    json = JSON.parse(run.stdout);
  });

  it('prints the JSON contract', () => {
    expect(json.schemaVersion).toBe(1);
    expect(json.corpus.spelling).toBe(true);
    for (const g of json.groups) {
      expect(['administration', 'concept', 'title', 'spelling']).toContain(g.kind);
      expect(typeof g.canonical).toBe('string');
      for (const v of g.variants) expect(Object.keys(v)).toEqual(expect.arrayContaining(['text', 'count', 'documents', 'administrations']));
    }
  });

  it('finds the variants DOMAIN.md lists', () => {
    expect(variants('administration')).toEqual(
      expect.arrayContaining(['Hälsa-, vård och omsorgsnämnden', 'Malmö stadsteater AB', 'Malmö live konserthus AB', 'MKB Fastighet AB:s', 'Stockholm stads']),
    );
    expect(variants('concept')).toEqual(
      expect.arrayContaining([
        'HBTQ',
        'HBTQI',
        'HBTQIA',
        'HBTQIA+',
        'funktionsvariation',
        'rättighetsbaserat förhållningssätt',
        'konsekvensbeskrivning',
        'konsekvensbedömning',
        'barnrättspår',
      ]),
    );
    expect(variants('title')).toEqual(
      expect.arrayContaining([
        'Policy för mänskliga rättigheter med särskilt fokus på barnets rättigheter, jämlikhet och jämställdhet',
        'Policy för mänskliga rättigheter med fokus på jämlikhet, jämställdhet och barnets rättigheter',
        'Communities that cares',
      ]),
    );
    expect(variants('spelling')).toEqual(expect.arrayContaining(['afrofofi', 'åtterrapporeringen', 'Utredda', 'arbetsätt']));
  });

  it('reports no variant that is only a capital at a sentence start', () => {
    for (const g of json.groups.filter((x: any) => x.kind === 'administration')) {
      const rest = g.variants.map((v: any) => v.text.slice(1));
      expect(new Set(rest).size, g.canonical).toBe(rest.length);
    }
    const kultur = json.groups.find((g: any) => g.id === 'malmo/kulturnamnden');
    expect(kultur.inconsistent).toBe(false);
  });

  it('says which administrations write each form', () => {
    const mkb = json.groups.find((g: any) => g.id === 'malmo/mkb-fastighets-ab');
    const wrong = mkb.variants.find((v: any) => v.text === 'MKB Fastighet AB:s');
    expect(wrong).toEqual(expect.objectContaining({ count: 1, status: 'known-misspelling', administrations: ['malmo/kommunstyrelsen'] }));
    expect(path.basename(wrong.documents[0])).toBe('malmo-rapport-systematiskt-arbete-mr-2023.txt');
    expect(wrong.examples[0].quote).toContain('MKB Fastighet AB:s');
  });

  it('lists inconsistent groups in the terminal', () => {
    const run = runCli(['names', 'corpora/seeds', '--no-spelling']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Förvaltningarnas namn: \d+ med varianter av \d+/);
    expect(run.stdout).toMatch(/✗ Malmö stadsteater AB +\d+× +känd felstavning/);
    expect(run.stdout).toContain('Stavning: 0 med varianter');
  });

  it('leaves the variant memo out with --skip-variants', () => {
    const out = JSON.parse(runCli(['names', 'corpora/seeds', '--format', 'json', '--skip-variants']).stdout);
    expect(out.corpus.skippedVariants).toHaveLength(1);
    const spelled = out.groups.filter((g: any) => g.kind === 'spelling').flatMap((g: any) => g.variants.map((v: any) => v.text));
    expect(spelled).not.toContain('afrofofi');
  });

  it.each(['namn.html', 'namn.md', 'namn.csv'])('writes %s', (name) => {
    const out = path.join(makeTempDir('mrkoll-names-'), name);
    const run = runCli(['names', 'corpora/seeds', '--out', out]);
    expect(run.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Malmö stadsteater AB');
  });
});
