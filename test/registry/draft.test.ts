// `registry init`'s draft of a registry for a city that has none, on the Växjö corpus
// (corpora/vaxjo/) against test/fixtures/municipality/expected.yaml: the organs, their kinds, the
// offices' committees, every written variant matched by the draft's names, little junk; the YAML
// passes the lexicon checks as written, and each example matches under the draft as
// test/lexicon/examples.test.ts runs the bundled ones.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { extractDocuments } from '../../src/corpus/extract.js';
import { compileMatcher, dropNested, type Matcher } from '../../src/language/index.js';
import { checkLexicons, defaultLexiconDir, loadLexicons } from '../../src/lexicon/load.js';
import { administrationEntries } from '../../src/lexicon/terms.js';
import { draftRegistry, type RegistryDraft } from '../../src/registry/draft.js';
import { registryDraftToYaml } from '../../src/report/registry/yaml.js';
import { buildContext } from '../../src/tag/context.js';
import type { Registry } from '../../src/types.js';
import { ROOT } from '../helpers/seed-corpus.js';
import { makeTempDir } from '../helpers/temp.js';
import { makeDocument } from '../helpers/documents.js';

interface Expected {
  organs: { id: string; kind: string; serves?: string; variants: { text: string; count: number }[] }[];
}
const expected = parse(readFileSync(path.join(ROOT, 'test/fixtures/municipality/expected.yaml'), 'utf8')) as Expected;

let draft: RegistryDraft;
let matcher: Matcher;
const named = (text: string) => dropNested(matcher.match(text));

beforeAll(async () => {
  const { documents } = await extractDocuments([path.join(ROOT, 'corpora/vaxjo')], { cache: false });
  draft = draftRegistry(documents, buildContext(loadLexicons()), 'vaxjo');
  const registry: Registry = { city: 'vaxjo', name: draft.name, administrations: draft.organs, groups: [], file: '' };
  matcher = compileMatcher(administrationEntries([registry]), { negation: false });
}, 60_000);

describe('registry init on the Växjö corpus', () => {
  it('drafts at least 90 % of the organs under their IDs and kinds, with at most 10 % junk', () => {
    const ids = new Map(draft.organs.map((o) => [o.id, o]));
    const found = expected.organs.filter((o) => ids.has(o.id));
    expect(found.length / expected.organs.length).toBeGreaterThanOrEqual(0.9);
    expect(found.filter((o) => ids.get(o.id)!.kind !== o.kind).map((o) => o.id)).toEqual([]);
    const junk = draft.organs.filter((o) => !expected.organs.some((e) => e.id === o.id)).map((o) => o.id);
    expect(junk.length / draft.organs.length).toBeLessThanOrEqual(0.1);
    expect(draft.name).toBe('Växjö kommun');
  });

  it('links each office to the committee it serves', () => {
    const offices = expected.organs.filter((o) => o.serves && draft.organs.some((d) => d.id === o.id));
    expect(offices.length).toBeGreaterThanOrEqual(5);
    for (const office of offices) expect([office.id, draft.organs.find((d) => d.id === office.id)!.serves]).toEqual([office.id, office.serves]);
  });

  it("matches every variant the documents write under the organ's one ID", () => {
    const variants = expected.organs
      .filter((o) => draft.organs.some((d) => d.id === o.id))
      .flatMap((o) => o.variants.filter((v) => v.count > 0).map((v) => ({ id: o.id, text: v.text })));
    const missed = variants.filter((v) => !named(v.text).some((m) => m.key === v.id && m.start === 0 && m.end === v.text.length));
    expect(missed.length / variants.length).toBeLessThanOrEqual(0.1);
    for (const v of variants) expect(named(v.text).filter((m) => m.key !== v.id && m.start === 0 && m.end === v.text.length)).toEqual([]);
  });

  it('counts each organ and keeps what was written', () => {
    const committee = draft.organs.find((o) => o.id === 'vaxjo/namnden-for-barn-och-utbildning')!;
    expect(committee.count).toBe(committee.seen.reduce((sum, s) => sum + s.count, 0));
    expect(committee.seen.map((s) => s.text)).toEqual(expect.arrayContaining(['Nämnden för Barn & Utbildning', 'BoU']));
    expect(committee.aliases).toContain('BoU');
  });

  it('gives each organ match examples that name it and nomatch examples that do not', () => {
    for (const organ of draft.organs) {
      expect(organ.examples!.match.length).toBeGreaterThanOrEqual(1);
      for (const sentence of organ.examples!.match)
        expect([organ.id, sentence, named(sentence).some((m) => m.key === organ.id)]).toEqual([organ.id, sentence, true]);
      for (const sentence of organ.examples!.nomatch)
        expect([organ.id, sentence, named(sentence).some((m) => m.key === organ.id)]).toEqual([organ.id, sentence, false]);
    }
    const withTwo = draft.organs.filter((o) => o.examples!.match.length === 2);
    expect(withTwo.length / draft.organs.length).toBeGreaterThanOrEqual(0.6);
  });

  it('names an organ written only in the genitive by its base form, and drops "i Växjö kommun" from names', () => {
    const committee = draft.organs.find((o) => o.id === 'vaxjo/namnden-for-kultur-och-fritids-arbetsutskott')!;
    expect(committee.name).toBe('Nämnden för kultur och fritids arbetsutskott');
    expect(committee.kind).toBe('utskott');
    const culture = draft.organs.find((o) => o.id === 'vaxjo/namnden-for-kultur-och-fritid')!;
    expect([...culture.aliases, ...culture.misspellings].filter((n) => n.includes('Växjö'))).toEqual([]);
  });

  it('lists a clipped form of a name ("fullmäktiges") as an alias in its base form, never as a misspelling', () => {
    const council = draft.organs.find((o) => o.id === 'vaxjo/kommunfullmaktige')!;
    expect(council.seen.map((s) => s.text)).toContain('fullmäktiges');
    expect(council.aliases).toContain('fullmäktige');
    expect(council.misspellings).toEqual([]);
  });

  it('writes a registry file that passes the lexicon checks as it stands', () => {
    const dir = makeTempDir('mrkoll-registry-');
    cpSync(defaultLexiconDir(), dir, { recursive: true });
    const yaml = registryDraftToYaml(draft);
    writeFileSync(path.join(dir, 'registries', 'vaxjo.yaml'), yaml);
    expect(checkLexicons(dir)).toEqual([]);
    const registry = loadLexicons(dir).registries.find((r) => r.city === 'vaxjo')!;
    expect(registry.administrations.map((a) => a.id)).toEqual(draft.organs.map((o) => o.id));
    expect(yaml).toMatch(/^# Utkast till register för Växjö kommun/);
    expect(yaml).toMatch(/# \d+ gånger i \d+ dokument: Nämnden för Barn & Utbildning \(\d+\)/);
  });
});

describe('registry init on made-up documents of another city', () => {
  it('pairs each office with the committee of its domain and leaves outside bodies out', () => {
    const docs = [
      makeDocument(['Kulturnämnden beslutar att anta planen.', 'Planen har tagits fram av Kulturförvaltningen tillsammans med Länsstyrelsen i Skåne län.']),
      makeDocument(['Barn- och skolnämnden har yttrat sig.', 'Ärendet har beretts av Barn- och skolförvaltningen.', 'Kommunstyrelsen i Eslöv har yttrat sig.']),
    ];
    const lund = draftRegistry(docs, buildContext(loadLexicons()), 'lund');
    expect(lund.name).toBe('Lunds kommun');
    expect(lund.organs.map((o) => [o.id, o.kind, o.serves ?? null])).toEqual([
      ['lund/barn-och-skolnamnden', 'nämnd', null],
      ['lund/kulturnamnden', 'nämnd', null],
      ['lund/barn-och-skolforvaltningen', 'förvaltning', 'lund/barn-och-skolnamnden'],
      ['lund/kulturforvaltningen', 'förvaltning', 'lund/kulturnamnden'],
    ]);
    expect(lund.organs.find((o) => o.id === 'lund/kulturnamnden')!.examples).toEqual({
      match: ['Kulturnämnden beslutar att anta planen.'],
      nomatch: ['Planen har tagits fram av Kulturförvaltningen tillsammans med Länsstyrelsen i Skåne län.'],
    });
  });
});
