// Golden facts about naming in the seeds: the variants DOMAIN.md lists are found, and a capital
// at a sentence start or an inflection is never reported as a variant.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeNames, spellingKnownWords, variantKey, type NameGroup, type NamesReport } from '../../src/names/index.js';
import { createSpellChecker } from '../../src/language/hunspell.js';
import { rules, seedCorpus } from '../helpers/seed-corpus.js';

let report: NamesReport;

beforeAll(async () => {
  const corpus = await seedCorpus();
  const checker = await createSpellChecker(spellingKnownWords(corpus.lexicons));
  report = analyzeNames(corpus.all, corpus.lexicons, { rules: rules(), checker });
  checker.dispose();
});

const forms = (kind: NameGroup['kind']) =>
  report.groups
    .filter((g) => g.kind === kind)
    .flatMap((g) => g.variants.filter((v) => !['canonical', 'preferred', 'alias'].includes(v.status)).map((v) => [v.text, g.canonical]));

describe('names on the seeds', () => {
  it.each([
    ['Hälsa-, vård och omsorgsnämnden', 'Hälsa-, vård- och omsorgsnämnden'],
    ['Malmö stadsteater AB', 'Malmö Stadsteater AB'],
    ['Malmö live konserthus AB', 'Malmö Live Konserthus AB'],
    ['MKB Fastighet AB:s', 'MKB Fastighets AB'],
    ['Stockholm stads', 'Stockholms stad'],
  ])('administration: %s under %s', (variant, canonical) => {
    expect(forms('administration')).toContainEqual([variant, canonical]);
  });

  it.each([
    ['HBTQ', 'hbtqi'],
    ['HBTQI', 'hbtqi'],
    ['HBTQIA', 'hbtqi'],
    ['HBTQIA+', 'hbtqi'],
    ['funktionsvariation', 'funktionsnedsättning'],
    ['rättighetsbaserat förhållningssätt', 'rättighetsbaserat arbetssätt'],
    ['konsekvensbeskrivning', 'konsekvensanalys'],
    ['konsekvensbedömning', 'konsekvensanalys'],
    ['barnrättspår', 'barnrättsspår'],
  ])('concept: %s under %s', (variant, canonical) => {
    expect(forms('concept')).toContainEqual([variant, canonical]);
  });

  it('finds the policy title in three wordings', () => {
    const policy = report.groups.find((g) => g.kind === 'title' && g.canonical.startsWith('Policy för mänskliga'))!;
    expect(policy.variants.map((v) => v.text)).toEqual(
      expect.arrayContaining([
        'Policy för mänskliga rättigheter med fokus på barnets rättigheter, jämlikhet och jämställdhet',
        'Policy för mänskliga rättigheter med särskilt fokus på barnets rättigheter, jämlikhet och jämställdhet',
        'Policy för mänskliga rättigheter med fokus på jämlikhet, jämställdhet och barnets rättigheter',
      ]),
    );
  });

  it.each([
    ['afrofofi', 'afrofobi'],
    ['åtterrapporeringen', 'återrapporteringen'],
    ['arbetsätt', 'arbetssätt'],
    ['Utredda', 'utreda'],
  ])('spelling: %s under %s', (variant, canonical) => {
    expect(forms('spelling')).toContainEqual([variant, canonical]);
  });

  it('finds "Communities that cares" as a wording of Communities That Care', () => {
    expect([...forms('title'), ...forms('spelling')]).toContainEqual(['Communities that cares', 'Communities That Care']);
  });

  it('reports no variant that is only a sentence-initial capital or an inflection', () => {
    for (const g of report.groups.filter((x) => x.kind === 'administration')) {
      const keys = g.variants.map((v) => variantKey(v.text));
      expect(new Set(keys).size, g.canonical).toBe(keys.length);
      const firstLetterOnly = g.variants.filter((v, i) => g.variants.some((w, j) => j !== i && w.text.slice(1) === v.text.slice(1)));
      expect(firstLetterOnly, g.canonical).toEqual([]);
    }
    const consistent = report.groups.filter((g) => g.kind === 'administration' && !g.inconsistent).map((g) => g.canonical);
    expect(consistent).toEqual(expect.arrayContaining(['Kulturnämnden', 'Kommunstyrelsen', 'Fritidsnämnden']));
  });

  it('keeps spelling quiet: only a handful of hits, each with its reason', () => {
    const spelling = report.groups.filter((g) => g.kind === 'spelling');
    expect(spelling.length).toBeLessThanOrEqual(8);
    for (const g of spelling) expect(g.note).toBeTruthy();
  });
});
