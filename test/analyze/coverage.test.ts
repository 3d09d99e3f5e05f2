import { describe, expect, it } from 'vitest';
import { disambiguate, rankCategories, type Coverage, type CoverageRow } from '../../src/analyze/coverage.js';
import { cityLabel } from '../../src/report/format/city.js';
import { computeCoverage } from '../../src/analyze/view-aggregator.js';
import { expectedFromRegistry } from '../../src/analyze/expected.js';
import { doc, lexicons } from '../helpers/tagged.js';

const lex = lexicons();
const expected = expectedFromRegistry(lex, 'malmo', ['nämnd', 'bolag']);

const kultur = doc({
  path: 'kultur.txt',
  author: 'malmo/kulturnamnden',
  passages: [
    { text: 'Barnrätt', kind: 'heading', tags: ['barnratt'] },
    {
      text: 'Kulturnämnden arbetar med barnets bästa i alla beslut.',
      tags: [{ id: 'barnratt', term: 'barnets bästa' }],
      mentions: [{ id: 'malmo/kulturnamnden', name: 'Kulturnämnden' }],
    },
    {
      text: 'Nämnden har inte lyft fram klarspråk. Det gäller även fritidsnämnden.',
      tags: [{ id: 'P4', term: 'klarspråk', negated: true }],
      mentions: [{ id: 'malmo/fritidsnamnden', name: 'fritidsnämnden' }],
    },
    { text: 'Ärendet bedöms inte påverka barn.', tags: ['barnratt'], boilerplate: 'ingen-paverkan-barn' },
  ],
});
const rapport = doc({
  path: 'rapport.txt',
  author: 'malmo/kommunstyrelsen',
  type: 'rapport',
  passages: [
    {
      text: 'Kulturnämnden och fritidsnämnden arbetar med samråd med unga.',
      tags: [{ id: 'P3', term: 'samråd' }],
      mentions: [
        { id: 'malmo/kulturnamnden', name: 'Kulturnämnden' },
        { id: 'malmo/fritidsnamnden', name: 'fritidsnämnden' },
      ],
    },
    {
      text: 'Arbetsmarknads- och socialnämnden Fritidsnämnden',
      section: ['Beslutet skickas till'],
      mentions: [{ id: 'malmo/fritidsnamnden', name: 'Fritidsnämnden' }],
    },
  ],
});

function row(c: Coverage, id: string) {
  const r = c.rows.find((x) => x.id === id);
  if (!r) throw new Error(`ingen rad ${id}`);
  return r;
}

describe('computeCoverage', () => {
  const byAuthor = computeCoverage([kultur, rapport], lex, { view: 'author', expected });
  const byMention = computeCoverage([kultur, rapport], lex, { view: 'mention', expected, ignoreSections: ['Beslutet skickas till'] });

  it.each([
    // view, administration, passages, words, cells { tag: passages }
    ['author', 'malmo/kulturnamnden', 3, 8 + 10 + 5, { barnratt: 1 }],
    ['author', 'malmo/kommunstyrelsen', 2, 8 + 4, { P3: 1 }],
    ['mention', 'malmo/kulturnamnden', 2, 8 + 8, { barnratt: 1, P3: 1 }],
    ['mention', 'malmo/fritidsnamnden', 2, 10 + 8, { P3: 1 }],
  ] as const)('%s view: %s has %i passages, %i words, cells %o', (view, id, passages, words, cells) => {
    const r = row(view === 'author' ? byAuthor : byMention, id);
    expect(r.passages).toBe(passages);
    expect(r.words).toBe(words);
    const counted = Object.fromEntries(
      Object.entries(r.cells)
        .filter(([, c]) => c.passages > 0)
        .map(([k, c]) => [k, c.passages]),
    );
    expect(counted).toEqual(cells);
  });

  it('gives each cell the share of the administration’s words its passages hold', () => {
    const r = row(byMention, 'malmo/kulturnamnden');
    expect(r.cells.barnratt.share).toBeCloseTo(8 / 16, 4);
    expect(r.cells.P3.share).toBeCloseTo(8 / 16, 4);
  });

  it('shows negated and stock-text tags as evidence but does not count them', () => {
    const r = row(byAuthor, 'malmo/kulturnamnden');
    expect(r.cells.P4.passages).toBe(0);
    expect(r.cells.P4.notCounted.map((e) => e.note)).toEqual(['negated']);
    expect(r.cells.barnratt.notCounted.map((e) => e.note)).toEqual(['boilerplate']);
    expect(r.taggedPassages).toBe(1);
  });

  it('quotes the sentence around the match, verbatim, with the match marked', () => {
    const ev = row(byAuthor, 'malmo/kulturnamnden').cells.P4.notCounted[0];
    expect(ev.quote).toBe('Nämnden har inte lyft fram klarspråk.');
    expect(ev.quote.slice(...ev.match!)).toBe('klarspråk');
    expect(ev).toMatchObject({ document: 'kultur.txt', passage: 'p0003', line: 3, page: null });
  });

  it('skips headings and, by mention, the distribution list', () => {
    const f = row(byMention, 'malmo/fritidsnamnden');
    expect(f.documents.sort()).toEqual(['kultur.txt', 'rapport.txt']);
    expect(f.passages).toBe(2);
  });

  it('lists expected administrations that never appear as empty rows', () => {
    const leasing = row(byMention, 'malmo/malmo-leasing-ab');
    expect(leasing).toMatchObject({ expected: true, passages: 0, words: 0, cells: {} });
    expect(row(byAuthor, 'malmo/kommunstyrelsen').expected).toBe(false);
    expect(byMention.rows.some((r) => r.id === 'malmo/kommunstyrelsen')).toBe(false);
  });

  it('ranks categories by the number of compared administrations covering them', () => {
    const ranks = rankCategories(byMention);
    // Compared: the expected administrations present (kulturnämnden, fritidsnämnden).
    expect(ranks[0].compared).toBe(2);
    const p3 = ranks.find((r) => r.id === 'P3')!;
    expect(p3.coveredBy.sort()).toEqual(['malmo/fritidsnamnden', 'malmo/kulturnamnden']);
    expect(ranks.at(-1)!.id).toBe('P3');
    expect(ranks.map((r) => r.id)).toContain('P4');
  });

  it('credits a document without a known author to its file, by author', () => {
    const anonymous = doc({ path: 'korpus/svar-2023.pdf', author: null, passages: [{ text: 'Vi arbetar med samråd.', tags: ['P3'] }] });
    const c = computeCoverage([anonymous], lex, { view: 'author', expected });
    expect(row(c, 'okand/svar-2023')).toMatchObject({ name: 'svar-2023.pdf (okänd avsändare)', registered: false, passages: 1 });
  });
});

describe('by mention, a tag counts for the administrations named in the sentences that hold its evidence', () => {
  // The shape of the rapport's p0088: socialnämnderna in one sentence, kulturnämnden and the
  // evidence for P2 ("likvärdig") in the next.
  const mixed = doc({
    path: 'rapport.txt',
    passages: [
      {
        text: 'Fritidsnämnden kartlägger utvecklingsområden i samråd med unga. Det kan också handla om mål, såsom kulturnämnden, där varje Malmöbos rätt till likvärdig tillgång lyfts fram.',
        tags: [
          { id: 'P3', term: 'samråd' },
          { id: 'P2', term: 'likvärdig' },
          { id: 'P1', term: 'mål' },
        ],
        mentions: [
          { id: 'malmo/fritidsnamnden', name: 'Fritidsnämnden' },
          { id: 'malmo/kulturnamnden', name: 'kulturnämnden' },
        ],
      },
      {
        text: 'Nämnderna arbetar med samråd. Kulturnämnden nämns här.',
        tags: [{ id: 'P3', term: 'samråd' }],
        mentions: [{ id: 'malmo/kulturnamnden', name: 'Kulturnämnden' }, { id: 'malmo/fritidsnamnden' }],
      },
    ],
  });
  const c = computeCoverage([mixed], lex, { view: 'mention', expected });
  const cells = (id: string) => Object.fromEntries(Object.entries(row(c, id).cells).map(([tag, cell]) => [tag, cell.passages]));

  it.each([
    ['malmo/fritidsnamnden', { P3: 2 }],
    ['malmo/kulturnamnden', { P1: 1, P2: 1, P3: 1 }],
  ])('%s', (id, expectedCells) => {
    expect(cells(id)).toEqual(expectedCells);
  });

  it('still counts the passages and words of every administration the passage names', () => {
    expect(row(c, 'malmo/fritidsnamnden').passages).toBe(2);
    expect(row(c, 'malmo/kulturnamnden').passages).toBe(2);
  });

  it('credits the author with every tag in the by-author view', () => {
    const byAuthor = computeCoverage([{ ...mixed, author: 'malmo/kommunstyrelsen' }], lex, { view: 'author', expected });
    expect(Object.keys(row(byAuthor, 'malmo/kommunstyrelsen').cells).sort()).toEqual(['P1', 'P2', 'P3']);
  });
});

describe('rows of the same name from different cities', () => {
  const row = (id: string, name: string): CoverageRow =>
    ({
      id,
      name,
      kind: 'styrelse',
      registered: false,
      expected: false,
      words: 1,
      passages: 1,
      taggedPassages: 0,
      documents: [],
      cells: {},
      notApplicable: [],
      cities: [],
    }) as CoverageRow;

  it("each gets its city's name, never its ID; a name of one city only stays as it is", () => {
    const rows = [
      row('boras/kommunstyrelsen', 'Kommunstyrelsen'),
      row('vasteras/kommunstyrelsen', 'Kommunstyrelsen'),
      row('okand/kommunstyrelsen', 'Kommunstyrelsen'),
      row('malmo/kulturnamnden', 'Kulturnämnden'),
      row('lulea/socialnamnden', 'Socialnämnden'),
    ];
    disambiguate(rows, lex);
    expect(rows.map((r) => r.name)).toEqual([
      'Kommunstyrelsen (Borås Stad)',
      'Kommunstyrelsen (Västerås stad)',
      'Kommunstyrelsen (okänd kommun)',
      'Kulturnämnden',
      'Socialnämnden',
    ]);
  });

  it('a report writes a city by its name', () => {
    expect([cityLabel('lulea'), cityLabel('region-skane'), cityLabel(null), cityLabel('atlantis')]).toEqual([
      'Luleå kommun',
      'Region Skåne',
      'okänd kommun',
      'atlantis',
    ]);
  });
});
