// compare weighs corpora of different size: a change is read from passages per 10 000 words, gets
// a G² against the corpora's words, and `appeared`/`disappeared` agree with the changes.
import { describe, expect, test } from 'vitest';
import { compareCorpora, type CorpusInput } from '../../src/compare/index.js';
import { loadLexicons } from '../../src/lexicon/load.js';
import { buildContext, tagDocument } from '../../src/tag/index.js';
import { makeDoc } from '../helpers/documents.js';

const lexicons = loadLexicons();
const context = buildContext(lexicons);

const COVERED = [
  'Kulturnämnden har genomfört dialoger med barn och unga om deras rätt att uttrycka sina åsikter enligt barnkonventionen.',
  'Kulturnämnden har i samråd med elevråden låtit barn och unga påverka utformningen av biblioteken enligt barnkonventionen.',
  'Kulturnämnden har prövat barnets bästa inför beslutet om nya öppettider för fritidsgårdarna i stadsdelen.',
  'Kulturnämnden har gett barn och unga inflytande över sommarlovsaktiviteterna, i enlighet med barnkonventionen.',
];
/** Passages about nothing: they make a corpus larger without adding coverage. */
const FILLER = (i: number) => `Kulturnämnden redovisar lokalkostnader för kvartal ${i} enligt bilaga ${i + 1} och budgeten för år ${2000 + i}.`;

function corpus(label: string, docs: Array<{ covered: string[]; filler: number }>, city = 'malmo'): CorpusInput {
  let n = 0;
  const documents = docs.map((d, i) =>
    tagDocument(
      makeDoc(`${label}-${i}.txt`, [...d.covered, ...Array.from({ length: d.filler }, () => FILLER(n++))], { city, author: 'malmo/kulturnamnden' }),
      context,
    ),
  );
  return { label, documents };
}

const barnratt = (c: ReturnType<typeof compareCorpora>) => c.changes.find((x) => x.administration === 'malmo/kulturnamnden' && x.tag === 'barnratt');

describe('compare: corpora of different size', () => {
  test('a corpus four times as large with the same share of coverage is no significant change', () => {
    const small = corpus('liten', [{ covered: [COVERED[0]], filler: 10 }]);
    const large = corpus(
      'stor',
      COVERED.map((sentence) => ({ covered: [sentence], filler: 10 })),
    );
    const change = barnratt(compareCorpora([small, large], lexicons));
    expect(change).toMatchObject({ before: 1, after: 4, delta: 3, significant: false });
    expect(change!.g2).toBeLessThan(1);
    const [before, after] = change!.perTenThousandWords;
    expect(Math.abs(after / before - 1)).toBeLessThan(0.25);
    expect(change!.perDocument).toEqual([1, 1]);
  });

  test('a real rise in share is significant, up, and the first mover', () => {
    const before = corpus('före', [{ covered: [COVERED[0]], filler: 60 }]);
    const after = corpus('efter', [{ covered: COVERED, filler: 4 }]);
    const comparison = compareCorpora([before, after], lexicons);
    const change = barnratt(comparison);
    expect(change).toMatchObject({ direction: 'up', significant: true });
    expect(change!.g2).toBeGreaterThanOrEqual(comparison.significance.threshold);
    expect(comparison.movers.up[0]).toBe(change);
    expect(comparison.significance).toEqual({ test: 'G2', threshold: 3.84 });
  });

  test('fewer passages in a much smaller corpus can still be a rise', () => {
    const before = corpus(
      'före',
      COVERED.map((s) => ({ covered: [s], filler: 40 })),
    );
    const after = corpus('efter', [{ covered: COVERED.slice(0, 2), filler: 2 }]);
    const change = barnratt(compareCorpora([before, after], lexicons));
    expect(change!.delta).toBeLessThan(0);
    expect(change!.direction).toBe('up');
  });

  test('the threshold is the caller’s', () => {
    const before = corpus('före', [{ covered: [COVERED[0]], filler: 60 }]);
    const after = corpus('efter', [{ covered: COVERED, filler: 4 }]);
    const comparison = compareCorpora([before, after], lexicons, { changeG2: 1000 });
    expect(barnratt(comparison)!.significant).toBe(false);
    expect(comparison.significance.threshold).toBe(1000);
  });
});

describe('compare: appeared and disappeared agree with the changes', () => {
  const first = corpus('2023', [{ covered: [COVERED[0]], filler: 3 }]);
  const second: CorpusInput = {
    label: '2024',
    documents: [
      ...first.documents,
      tagDocument(
        makeDoc('ny.txt', ['Grundskolenämnden har inrättat elevråd där eleverna får inflytande över beslut som påverkar dem.'], {
          city: 'malmo',
          author: 'malmo/grundskolenamnden',
        }),
        context,
      ),
    ],
  };

  test.each([
    ['forward', [first, second]],
    ['backward', [second, first]],
  ] as const)('%s', (_, pair) => {
    const comparison = compareCorpora(pair, lexicons);
    const admins = new Set(comparison.changes.map((c) => c.administration));
    for (const id of admins) {
      const rows = comparison.changes.filter((c) => c.administration === id);
      const silentBefore = rows.every((c) => c.before === 0);
      const silentAfter = rows.every((c) => c.after === 0);
      expect(comparison.appeared.includes(id), id).toBe(silentBefore && !silentAfter);
      expect(comparison.disappeared.includes(id), id).toBe(silentAfter && !silentBefore);
    }
    for (const id of [...comparison.appeared, ...comparison.disappeared]) expect(admins.has(id), id).toBe(true);
    expect([...comparison.appeared, ...comparison.disappeared]).toContain('malmo/grundskolenamnden');
  });
});
