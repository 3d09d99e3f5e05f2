// `--lexicons DIR` layers over the bundled lexicons: a folder adds entries and replaces those with
// the same ID, and its problems are reported in its own files.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLexicons, loadLexicons } from '../../src/lexicon/load.js';
import { municipalitiesFor } from '../../src/lexicon/municipalities.js';
import { formatProblem } from '../../src/data-files/problems.js';
import { makeTempDir } from '../helpers/temp.js';

const bundled = loadLexicons();

function folder(files: Record<string, string>): string {
  const dir = makeTempDir('mrkoll-layer-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const problems = (dir: string) => checkLexicons(dir).map((p) => formatProblem(p, dir));

const LUND = `city: lund
name: Lunds kommun
cues: [Lunds kommun, Kommunkontoret Lund]
caseNumbers:
  - '\\p{Lu}{2,4} \\d{4}/\\d{1,5}'
  - { pattern: 'KS-\\d{4}-\\d{1,4}', example: KS-2025-12 }
profile: generic
administrations:
  - id: lund/kommunstyrelsen
    name: Kommunstyrelsen
    kind: styrelse
    examples: { match: [Kommunstyrelsen beslutar.], nomatch: [] }
`;

describe('a folder with one registry', () => {
  const dir = folder({ 'registries/lund.yaml': LUND });

  it('adds it to the bundled lexicons and keeps everything else', () => {
    expect(problems(dir)).toEqual([]);
    const lexicons = loadLexicons(dir);
    expect(lexicons.dir).toBe(dir);
    expect(lexicons.frameworks.map((f) => f.id)).toEqual(bundled.frameworks.map((f) => f.id));
    expect(lexicons.registries.map((r) => r.city)).toEqual([...bundled.registries.map((r) => r.city), 'lund']);
    expect(lexicons.concepts).toHaveLength(bundled.concepts.length);
  });

  it('reads its cues, case-number formats and profile', () => {
    const lund = loadLexicons(dir).registries.find((r) => r.city === 'lund')!;
    expect(lund.cues).toEqual(['Lunds kommun', 'Kommunkontoret Lund']);
    expect(lund.caseNumbers).toEqual([{ pattern: String.raw`\p{Lu}{2,4} \d{4}/\d{1,5}` }, { pattern: String.raw`KS-\d{4}-\d{1,4}`, example: 'KS-2025-12' }]);
    expect(lund.profile).toBe('generic');
  });
});

describe('replacing by ID', () => {
  it('replaces a registry by its city', () => {
    const dir = folder({ 'registries/malmo.yaml': LUND.replace(/lund/g, 'malmo').replace('Lunds kommun', 'Malmö stad') });
    expect(problems(dir)).toEqual([]);
    const malmo = loadLexicons(dir).registries.find((r) => r.city === 'malmo')!;
    expect(malmo.administrations.map((a) => a.id)).toEqual(['malmo/kommunstyrelsen']);
    expect(malmo.file).toBe(path.join(dir, 'registries/malmo.yaml'));
  });

  it('replaces a category within a framework of the same ID, keeps the others, and adds new ones', () => {
    const areas = `id: rattighetsomraden
city: null
title: Rättighetsområden (egen)
kind: areas
categories:
  - id: barnratt
    label: Barnrätt enligt oss
    terms: [barnrätt]
    examples: { match: [Barnrätt gäller.], nomatch: [Inget här.] }
  - id: testomrade
    label: Testområdet
    terms: [provord]
    examples: { match: [Ett provord.], nomatch: [Inget här.] }
`;
    const dir = folder({ 'frameworks/rattighetsomraden.yaml': areas });
    expect(problems(dir)).toEqual([]);
    const lexicons = loadLexicons(dir);
    const framework = lexicons.frameworks.find((f) => f.id === 'rattighetsomraden')!;
    const original = bundled.frameworks.find((f) => f.id === 'rattighetsomraden')!;
    expect(framework.title).toBe('Rättighetsområden (egen)');
    expect(framework.file).toBe(path.join(dir, 'frameworks/rattighetsomraden.yaml'));
    expect(framework.categories.map((c) => c.id)).toEqual([...original.categories.map((c) => c.id), 'testomrade']);
    expect(framework.categories.find((c) => c.id === 'barnratt')!.label).toBe('Barnrätt enligt oss');
    expect(framework.categories.find((c) => c.id === 'jamstalldhet')).toEqual(original.categories.find((c) => c.id === 'jamstalldhet'));
  });

  it('replaces a concept group by ID', () => {
    const dir = folder({ 'concepts.yaml': 'concepts:\n  - id: hbtqi\n    kind: concept\n    preferred: hbtqia+\n    variants: [hbtq]\n' });
    expect(problems(dir)).toEqual([]);
    const concepts = loadLexicons(dir).concepts;
    expect(concepts.filter((c) => c.id === 'hbtqi')).toMatchObject([{ preferred: 'hbtqia+', variants: ['hbtq'] }]);
    expect(concepts).toHaveLength(bundled.concepts.length);
  });
});

describe('problems, in the files as they are', () => {
  it('a category ID another framework already has', () => {
    const own =
      'id: egen\ncity: null\ntitle: Eget\nkind: areas\ncategories:\n  - id: barnratt\n    label: X\n    terms: [provord]\n    examples: { match: [Ett provord.], nomatch: [Inget.] }\n';
    const dir = folder({ 'frameworks/egen.yaml': own });
    expect(problems(dir)).toEqual(['frameworks/egen.yaml:6:9: kategorin "barnratt" finns redan i ramverket rattighetsomraden (rattighetsomraden.yaml)']);
  });

  it('a concept form another group already has', () => {
    const dir = folder({ 'concepts.yaml': 'concepts:\n  - id: egen\n    kind: concept\n    preferred: hbtqi\n    variants: [hbtq-personer]\n' });
    expect(problems(dir)).toEqual(['concepts.yaml:4:16: "hbtqi" hör redan till begreppet hbtqi (paketets concepts.yaml)']);
  });

  it('a city that is not a municipality, with the ID it may mean', () => {
    const dir = folder({ 'registries/lund.yaml': LUND.replace('city: lund', 'city: lunds') });
    expect(problems(dir)).toContain('registries/lund.yaml:1:7: kommunen "lunds" finns inte i sweden/municipalities.yaml (menas "lund"?)');
  });

  it('a case-number format that is no regular expression', () => {
    const dir = folder({ 'registries/lund.yaml': LUND.replace("{ pattern: 'KS-\\d{4}-\\d{1,4}'", "{ pattern: 'KS-(\\d{4}'") });
    expect(problems(dir)).toEqual([expect.stringMatching(/^registries\/lund\.yaml:6:16: ogiltigt mönster: /)]);
  });

  it('a folder that does not exist', () => {
    expect(checkLexicons('/finns/inte').map((p) => p.message)).toEqual(['lexikonkatalogen finns inte']);
  });
});

describe('sweden/municipalities.yaml in a folder', () => {
  const LUND_ENTRY = [
    'version: 1',
    'municipalities:',
    '  - id: lund',
    '    code: "1281"',
    '    kind: kommun',
    '    name: Lund',
    '    official: Lunds kommun',
    '    genitive: Lunds',
    '    domains: [lund.se, lundskommun.se]',
    '    county: Skåne län',
    '    region: region-skane',
    '',
  ].join('\n');

  it('replaces the bundled entry with the same ID and keeps the others', () => {
    const dir = folder({ 'sweden/municipalities.yaml': LUND_ENTRY });
    expect(problems(dir)).toEqual([]);
    const m = municipalitiesFor(dir);
    expect(m.byDomain('info@lundskommun.se')?.id).toBe('lund');
    expect(m.kommuner()).toHaveLength(290);
    expect(m.byId('malmo')?.official).toBe('Malmö stad');
  });

  it('reports a problem in the folder file, at its line', () => {
    const dir = folder({ 'sweden/municipalities.yaml': LUND_ENTRY.replace('[lund.se, lundskommun.se]', '[lund.se, malmo.se]') });
    expect(problems(dir)).toEqual(['sweden/municipalities.yaml:9:24: domänen "malmo.se" används redan av malmo']);
  });
});
