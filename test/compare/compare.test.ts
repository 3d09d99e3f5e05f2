// compareCorpora over two years in which exactly four committees changed what they report (see
// corpora.ts): the comparison must name exactly those changes and no others.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compareCorpora, type Comparison } from '../../src/compare/index.js';
import { loadAnalysisRules } from '../../src/analyze/rules.js';
import { spellingKnownWords } from '../../src/names/index.js';
import { createSpellChecker } from '../../src/language/hunspell.js';
import { loadLexicons } from '../../src/lexicon/load.js';
import { extractDocuments } from '../../src/corpus/extract.js';
import { buildContext, tagDocument } from '../../src/tag/index.js';
import { defaultLabels } from '../../src/cli/compare.js';
import { makeDoc } from '../helpers/documents.js';
import { PARAGRAPHS, YEAR_1, YEAR_2, writeBothYears } from './corpora.js';

const lexicons = loadLexicons();
const context = buildContext(lexicons);
let corpora: ReturnType<typeof writeBothYears>;
let comparison: Comparison;
let byAuthor: Comparison;

/** The oracle: counted tags of each paragraph on its own, summed per committee. */
function expectedCells(answers: Record<string, Array<keyof typeof PARAGRAPHS>>): Map<string, number> {
  const cells = new Map<string, number>();
  for (const [admin, keys] of Object.entries(answers)) {
    for (const key of keys) {
      const [passage] = tagDocument(makeDoc('x.txt', [PARAGRAPHS[key]]), context).passages;
      for (const tag of passage.tags.filter((t) => !t.negated && !t.boilerplate)) {
        const cell = `${admin} ${tag.id}`;
        cells.set(cell, (cells.get(cell) ?? 0) + 1);
      }
    }
  }
  return cells;
}

async function tagged(dir: string) {
  const { documents, failures } = await extractDocuments([dir], { cache: false });
  expect(failures).toEqual([]);
  return documents.map((d) => tagDocument(d, context));
}

beforeAll(async () => {
  corpora = writeBothYears();
  const checker = await createSpellChecker(spellingKnownWords(lexicons));
  const years = [
    { label: '2023', documents: await tagged(corpora.year1) },
    { label: '2024', documents: await tagged(corpora.year2) },
  ];
  comparison = compareCorpora(years, lexicons, { names: { rules: loadAnalysisRules(), checker } });
  byAuthor = compareCorpora(years, lexicons, { view: 'author' });
  checker.dispose();
});

afterAll(() => rmSync(corpora.root, { recursive: true, force: true }));

describe('compare: two years of årsanalys answers', () => {
  test('the coverage changes are exactly the cells whose paragraphs came or went', () => {
    const before = expectedCells(YEAR_1);
    const after = expectedCells(YEAR_2);
    const expected = [...new Set([...before.keys(), ...after.keys()])]
      .map((cell) => ({ cell, before: before.get(cell) ?? 0, after: after.get(cell) ?? 0 }))
      .filter((x) => x.before !== x.after)
      .map((x) => `${x.cell} ${x.before}→${x.after}`)
      .sort();
    const actual = (c: Comparison) => c.changes.map((x) => `${x.administration} ${x.tag} ${x.before}→${x.after}`).sort();
    // Every answer names its own committee, so crediting by mention and by author agree.
    expect(actual(comparison)).toEqual(expected);
    expect(actual(byAuthor)).toEqual(expected);
    expect(expected.length).toBeGreaterThanOrEqual(5);
  });

  test('the named changes are the ones the corpora were built with', () => {
    const delta = (admin: string, tag: string) => comparison.changes.find((c) => c.administration === admin && c.tag === tag)?.delta;
    expect(delta('malmo/kulturnamnden', 'P4')).toBe(1);
    expect(delta('malmo/miljonamnden', 'barnratt')).toBe(-1);
    expect(delta('malmo/grundskolenamnden', 'P3')).toBe(1);
    expect(delta('malmo/fritidsnamnden', 'jamstalldhet')).toBe(-1);
    const touched = new Set(comparison.changes.map((c) => c.administration));
    expect([...touched].sort()).toEqual(['malmo/fritidsnamnden', 'malmo/grundskolenamnden', 'malmo/kulturnamnden', 'malmo/miljonamnden']);
  });

  test.each(['mention', 'author'])('one committee appeared and one fell silent (by %s)', (view) => {
    const c = view === 'author' ? byAuthor : comparison;
    expect(c.appeared).toEqual(['malmo/grundskolenamnden']);
    expect(c.disappeared).toEqual(['malmo/fritidsnamnden']);
  });

  test('movers are the changes that rose or fell in rate, strongest first each way', () => {
    expect(comparison.movers.up.every((c) => c.direction === 'up')).toBe(true);
    expect(comparison.movers.down.every((c) => c.direction === 'down')).toBe(true);
    const ups = comparison.changes.filter((c) => c.direction === 'up');
    const downs = comparison.changes.filter((c) => c.direction === 'down');
    expect(comparison.movers.up).toHaveLength(Math.min(5, ups.length));
    expect(comparison.movers.down).toHaveLength(Math.min(5, downs.length));
    expect(comparison.movers.up.map((c) => c.g2)).toEqual([...ups.map((c) => c.g2)].sort((a, b) => b - a).slice(0, 5));
    // Here every cell that changed went from or to nothing, so rate and count agree.
    for (const c of comparison.changes) expect(c.direction).toBe(c.delta > 0 ? 'up' : 'down');
  });

  test('naming: Servicenämnden switched term and a new misspelling appeared, nothing else', () => {
    const lines = comparison.naming.map((n) =>
      n.change === 'switched' ? `switched ${n.group} ${n.administration} ${n.from?.join('/')}→${n.to?.join('/')}` : `${n.change} ${n.kind} ${n.variant}`,
    );
    expect(lines.sort()).toEqual(
      [
        'new concept funktionsvariation',
        'switched funktionsnedsattning malmo/servicenamnden funktionsnedsättning→funktionsvariation',
        'new spelling afrofofi',
      ].sort(),
    );
  });

  test('the corpora are described and no frameworks are put side by side for one city', () => {
    expect(comparison.corpora.map((c) => [c.label, c.documents, c.city, c.years])).toEqual([
      ['2023', 4, 'malmo', [2023]],
      ['2024', 4, 'malmo', [2024]],
    ]);
    expect(comparison.frameworks).toEqual([]);
  });
});

describe('compare: two cities', () => {
  test("each city's own framework is put side by side, with its coverage", () => {
    const malmo = makeDoc('malmo.txt', ['Kulturnämnden lyfter att klarspråk är i fokus.'], { city: 'malmo', authorId: 'malmo/kulturnamnden' });
    const stockholm = makeDoc('sthlm.txt', ['Servicenämnden ska öka kunskapen om rasism och diskriminering bland medarbetarna.'], {
      city: 'stockholm',
      authorId: 'stockholm/servicenamnden',
    });
    const result = compareCorpora(
      [
        { label: 'Malmö', documents: [tagDocument(malmo, context)] },
        { label: 'Stockholm', documents: [tagDocument(stockholm, context)] },
      ],
      lexicons,
    );
    expect(result.frameworks.map((f) => [f.corpus, f.city])).toEqual([
      ['Malmö', 'malmo'],
      ['Stockholm', 'stockholm'],
    ]);
    const p4 = result.frameworks[0].categories.find((c) => c.id === 'P4');
    expect(p4).toEqual(expect.objectContaining({ administrations: 1, passages: 1 }));
    expect(result.frameworks[1].categories.every((c) => c.id.startsWith('S'))).toBe(true);
  });
});

describe('defaultLabels', () => {
  const corpus = (city: string, year: number, manifestLabel: string | null = null) => ({
    documents: [makeDoc('a.txt', ['x'], { city, year })],
    manifestLabel,
    name: `${city}-${year}`,
  });
  test.each([
    [
      [corpus('malmo', 2023), corpus('stockholm', 2023)],
      ['malmo', 'stockholm'],
    ],
    [
      [corpus('malmo', 2023), corpus('malmo', 2024)],
      ['2023', '2024'],
    ],
    [
      [corpus('malmo', 2023, 'Första'), corpus('malmo', 2023, 'Andra')],
      ['Första', 'Andra'],
    ],
    [
      [corpus('malmo', 2023), corpus('malmo', 2023)],
      ['malmo-2023', 'malmo-2023 (2)'],
    ],
  ])('%#', (corpora, labels) => {
    expect(defaultLabels(corpora)).toEqual(labels);
  });
});
