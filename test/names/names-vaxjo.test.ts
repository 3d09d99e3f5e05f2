// `names` on the Växjö test corpus (a city without a registry): every organ the fixture lists
// with two or more written forms is one group with those forms, abbreviations the documents
// introduce (BoU, KSAU) included, and no outside body is reported as the city's.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { extractDocuments } from '../../src/corpus/extract.js';
import { loadLexicons } from '../../src/lexicon/load.js';
import { administrationGroups } from '../../src/names/variants.js';
import type { NameGroup } from '../../src/names/index.js';
import { buildContext } from '../../src/tag/context.js';
import { tagDocument } from '../../src/tag/index.js';
import { ROOT } from '../helpers/seed-corpus.js';

interface Expected {
  organs: { id: string; variants: { text: string; count: number }[] }[];
}
const expected = parse(readFileSync(path.join(ROOT, 'test/fixtures/municipality/expected.yaml'), 'utf8')) as Expected;

let groups: NameGroup[];
beforeAll(async () => {
  const lexicons = loadLexicons();
  const context = buildContext(lexicons);
  const { documents } = await extractDocuments([path.join(ROOT, 'corpora/vaxjo')], { cache: false });
  const docs = documents.map((d) => tagDocument({ ...d, metadata: { ...d.metadata, city: 'vaxjo' } }, context));
  groups = administrationGroups(docs, lexicons);
}, 60_000);

/** Forms that differ only in the first letter's case or a genitive ending are one variant in `names`. */
const key = (s: string) => s.toLocaleLowerCase('sv').replace(/:?s$/, '');

describe('names on the Växjö corpus', () => {
  it('reports at least 90 % of the organs written in two or more ways, with their forms (issue 15 asks 60 %; 14 of 14 today)', () => {
    const inconsistent = expected.organs.filter((o) => new Set(o.variants.map((v) => key(v.text))).size > 1);
    const reported = inconsistent.filter((o) => {
      const g = groups.find((x) => x.id === o.id);
      return g?.inconsistent && new Set(g.variants.map((v) => key(v.text))).size > 1;
    });
    const missing = inconsistent.filter((o) => !reported.includes(o)).map((o) => o.id);
    expect(reported.length / inconsistent.length, `saknas: ${missing.join(', ')}`).toBeGreaterThanOrEqual(0.9);
  });

  it('puts an abbreviation the document introduces under its organ', () => {
    const bou = groups.find((g) => g.id === 'vaxjo/namnden-for-barn-och-utbildning')!;
    expect(bou.variants.map((v) => v.text)).toContain('BoU');
  });

  it('reports no outside body as the city’s', () => {
    expect(groups.filter((g) => g.id.startsWith('external/'))).toEqual([]);
    expect(groups.every((g) => g.id.startsWith('vaxjo/') || !g.unregistered)).toBe(true);
  });
});
