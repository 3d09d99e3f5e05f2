import { describe, expect, it } from 'vitest';
import { computeStats, matchDocuments, type MatchedDocument, type StatsEntry } from '../../src/lexicon/stats.js';
import type { Document, Lexicons, TermMatch, TermSpec } from '../../src/types.js';

const hit = (key: string, term: string, negated = false): TermMatch => ({ key, term, start: 0, end: 1, text: term, negated, via: 'word' });
const entry = (key: string, kind: StatsEntry['kind'] = 'area'): StatsEntry => ({ key, kind, label: key, from: 'test' });

describe('computeStats', () => {
  const documents: MatchedDocument[] = [
    { path: 'a.txt', passages: [[hit('P1', 'uppföljning'), hit('P1', 'styrning'), hit('barnratt', 'barnrätt')], [hit('P1', 'uppföljning')]] },
    { path: 'b.txt', passages: [[hit('P1', 'uppföljning')], [hit('P4', 'klarspråk', true)], []] },
    { path: 'c.txt', passages: [[hit('P1', 'statistik')], [hit('okänd', 'x')]] },
  ];
  const stats = computeStats(documents, [entry('P1', 'principle'), entry('P4', 'principle'), entry('barnratt')]);

  it('counts matches, passages and documents per entry, negated apart', () => {
    expect(stats.documents).toBe(3);
    expect(stats.passages).toBe(7);
    const [p1, p4, barnratt] = stats.entries;
    expect(p1).toMatchObject({ matches: 5, negated: 0, passages: 4, documents: 3 });
    expect(p1.terms).toEqual([
      { term: 'uppföljning', count: 3 },
      { term: 'statistik', count: 1 },
      { term: 'styrning', count: 1 },
    ]);
    expect(p4).toMatchObject({ matches: 0, negated: 1, passages: 0, documents: 0 });
    expect(barnratt).toMatchObject({ matches: 1, passages: 1, documents: 1, passageShare: 1 / 7, documentShare: 1 / 3 });
  });

  it('names the entries that never fire and those that fire everywhere', () => {
    expect(stats.never).toEqual(['P4']);
    // P1 is in 4 of 7 passages (57 %) but in all 3 documents.
    expect(stats.everywhere).toEqual(['P1']);
  });

  it('judges the document share only with enough documents', () => {
    expect(computeStats(documents.slice(0, 2), [entry('P1')]).everywhere).toEqual([]);
    expect(computeStats(documents, [entry('P1')], { minDocuments: 4 }).everywhere).toEqual([]);
    expect(computeStats(documents, [entry('P1')], { threshold: 0.5 }).everywhere).toEqual(['P1']);
  });
});

describe('matchDocuments', () => {
  // A stand-in matcher: a term matches wherever its text occurs.
  const compile = (entries: { key: string; term: TermSpec }[], options: { negation: boolean }) => ({
    match: (text: string): TermMatch[] =>
      entries.flatMap(({ key, term }) =>
        [...text.matchAll(new RegExp(term.text, 'g'))].map((m) => ({
          key,
          term: term.text,
          start: m.index,
          end: m.index + term.text.length,
          text: term.text,
          negated: options.negation && text.includes('inte'),
          via: 'word' as const,
        })),
      ),
  });
  const spec = (text: string): TermSpec => ({ text, compound: 'none', caseSensitive: false });
  const lexicons: Lexicons = {
    dir: '/lexicons',
    frameworks: [
      {
        id: 'malmo-mr-policy',
        city: 'malmo',
        title: 'Policy',
        kind: 'principles',
        file: 'f',
        categories: [{ id: 'P3', kind: 'principle', label: 'P3', terms: [spec('samråd')], exclude: [spec('beretts')], examples: { match: [], nomatch: [] } }],
      },
      {
        id: 'stockholm-mr-programmet',
        city: 'stockholm',
        title: 'MR',
        kind: 'principles',
        file: 'f',
        categories: [{ id: 'S3', kind: 'principle', label: 'S3', terms: [spec('samråd')], exclude: [], examples: { match: [], nomatch: [] } }],
      },
    ],
    registries: [
      {
        city: 'malmo',
        name: 'Malmö stad',
        file: 'r',
        groups: [],
        administrations: [{ id: 'malmo/kulturnamnden', name: 'Kulturnämnden', kind: 'nämnd', aliases: [], misspellings: [] }],
      },
    ],
    concepts: [],
    boilerplate: [],
    knownWords: [],
  };
  const text = 'Ärendet har beretts i samråd med kontoret. Kulturnämnden håller samråd.';
  const document = {
    path: 'memo.txt',
    metadata: { city: 'malmo' },
    passages: [
      {
        id: 'p0001',
        start: 100,
        end: 100 + text.length,
        text,
        sentences: [
          { start: 100, end: 142 },
          { start: 143, end: 100 + text.length },
        ],
      },
    ],
  } as unknown as Document;

  it("reads a document with its city's frameworks and registry, with exclusions per sentence", () => {
    const { documents, entries } = matchDocuments([document], lexicons, compile);
    expect(entries.map((e) => e.key)).toEqual(['P3', 'malmo/kulturnamnden']);
    // The samråd of the beredning sentence is excluded; the one in the second sentence stays.
    expect(documents[0].passages[0].map((m) => `${m.key}@${m.start}`)).toEqual(['P3@64', 'malmo/kulturnamnden@43']);
  });

  it('reads a document without a city with no city framework and no registry', () => {
    const unknown = { ...document, metadata: { city: null } } as unknown as Document;
    const { documents, entries } = matchDocuments([unknown], lexicons, compile);
    expect(entries).toEqual([]);
    expect(documents[0].passages[0]).toEqual([]);
  });
});
