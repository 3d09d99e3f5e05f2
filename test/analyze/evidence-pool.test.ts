// A cell keeps the true totals and at most `evidencePerCell` quotes, the best ranked: a document's
// first before any document's second, then the stronger, then by path and place; in input order,
// and the same whichever order the documents arrive in.
import { describe, expect, it } from 'vitest';
import { compareRanks, EvidencePool } from '../../src/analyze/evidence-pool.js';
import { analyzeCorpus } from '../../src/analyze/index.js';
import { expectedFromRegistry } from '../../src/analyze/expected.js';
import { analyzeToJson } from '../../src/report/analyze/json.js';
import type { EvidenceRef } from '../../src/corpus/evidence.js';
import type { TaggedDocument } from '../../src/types.js';
import { doc, lexicons, rules } from '../helpers/tagged.js';

const ref = (document: string, offset: number) => ({ document, passage: `p${offset}` }) as EvidenceRef;
const keptOf = (pool: EvidencePool) => pool.items().map((r) => `${r.document}#${r.passage}`);

function offerAll(pool: EvidencePool, items: Array<[document: string, offset: number, strength: number]>): EvidencePool {
  for (const [document, offset, strength] of items) pool.offer({ document, offset, strength }, () => ref(document, offset));
  return pool;
}

describe('EvidencePool', () => {
  it('below the bound keeps every item in the order it came, and counts them', () => {
    const pool = offerAll(new EvidencePool(5), [
      ['b.txt', 10, 1],
      ['b.txt', 20, 3],
      ['a.txt', 5, 1],
    ]);
    expect(pool.total).toBe(3);
    expect(keptOf(pool)).toEqual(['b.txt#p10', 'b.txt#p20', 'a.txt#p5']);
  });

  it("keeps each document's first before any document's second, then the stronger, in input order", () => {
    const pool = offerAll(new EvidencePool(3), [
      ['a.txt', 1, 1],
      ['a.txt', 2, 9], // a second from a.txt: loses to every first, however strong
      ['b.txt', 1, 1],
      ['c.txt', 1, 2],
      ['d.txt', 1, 3],
    ]);
    expect(pool.total).toBe(5);
    // Four firsts for three places: the weakest first (a.txt's or b.txt's, strength 1) goes; of those two, b.txt sorts later.
    expect(keptOf(pool)).toEqual(['a.txt#p1', 'c.txt#p1', 'd.txt#p1']);
  });

  it('breaks ties by path, then by place in the document, not by arrival', () => {
    expect(compareRanks({ inDocument: 0, strength: 1, document: 'a', offset: 9 }, { inDocument: 0, strength: 1, document: 'b', offset: 0 })).toBeLessThan(0);
    expect(compareRanks({ inDocument: 0, strength: 1, document: 'a', offset: 9 }, { inDocument: 0, strength: 1, document: 'a', offset: 3 })).toBeGreaterThan(0);
    expect(compareRanks({ inDocument: 1, strength: 9, document: 'a', offset: 0 }, { inDocument: 0, strength: 1, document: 'z', offset: 0 })).toBeGreaterThan(0);
  });

  it('keeps the same items whichever order the documents arrive in', () => {
    const documents: Array<Array<[string, number, number]>> = Array.from({ length: 12 }, (_, d) =>
      Array.from({ length: 1 + (d % 4) }, (_, i) => [`dok-${String(d).padStart(2, '0')}.txt`, i * 100, (d * 7 + i * 3) % 5] as [string, number, number]),
    );
    const kept = (order: number[]) =>
      new Set(
        keptOf(
          offerAll(
            new EvidencePool(7),
            order.flatMap((d) => documents[d]),
          ),
        ),
      );
    const forward = kept(documents.map((_, d) => d));
    expect(forward.size).toBe(7);
    expect(kept(documents.map((_, d) => d).reverse())).toEqual(forward);
    expect(kept([5, 0, 11, 3, 8, 1, 10, 2, 7, 4, 9, 6])).toEqual(forward);
  });

  it('keeps what a scan for the first worst item kept, ties included, over many random offers', () => {
    /** The pool before it was a heap: the kept in arrival order, the first of the worst dropped. */
    function byScan(limit: number, items: Array<[string, number, number]>): string[] {
      const kept: Array<{ rank: Parameters<typeof compareRanks>[0]; name: string }> = [];
      let last: string | null = null;
      let inDocument = 0;
      items.forEach(([document, offset, strength], i) => {
        if (document !== last) [last, inDocument] = [document, 0];
        const rank = { document, offset, strength, inDocument: inDocument++ };
        const name = `${document}#${offset}@${i}`;
        if (kept.length < limit) return void kept.push({ rank, name });
        if (limit === 0) return;
        let worst = 0;
        for (let k = 1; k < kept.length; k++) if (compareRanks(kept[k].rank, kept[worst].rank) > 0) worst = k;
        if (compareRanks(rank, kept[worst].rank) >= 0) return;
        kept.splice(worst, 1);
        kept.push({ rank, name });
      });
      return kept.map((k) => k.name);
    }
    let seed = 11;
    const random = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    for (let round = 0; round < 200; round++) {
      // Few paths, offsets and strengths, and a path that comes back later: equal ranks happen.
      const items: Array<[string, number, number]> = [];
      for (let d = 0, documents = 1 + random(12); d < documents; d++) {
        const document = `d${random(4)}.txt`;
        for (let p = 0, passages = 1 + random(6); p < passages; p++) items.push([document, random(5), random(3)]);
      }
      const limit = random(8);
      const pool = new EvidencePool(limit);
      items.forEach(([document, offset, strength], i) => pool.offer({ document, offset, strength }, () => ref(document, offset * 1000 + i)));
      const kept = pool.items().map((r) => `${r.document}#${Math.floor(Number(r.passage.slice(1)) / 1000)}@${Number(r.passage.slice(1)) % 1000}`);
      expect(kept, `round ${round}`).toEqual(byScan(limit, items));
      expect(pool.total).toBe(items.length);
    }
  });

  it('builds only the items it keeps', () => {
    let built = 0;
    const pool = new EvidencePool(2);
    for (let i = 0; i < 10; i++) pool.offer({ document: 'a.txt', offset: i, strength: 1 }, () => (built++, ref('a.txt', i)));
    // The first two fill it; every later passage of the same document ranks below them.
    expect(built).toBe(2);
    expect(pool.total).toBe(10);
  });
});

describe('a cell over more passages than the bound', () => {
  const lex = lexicons();
  const passage = (i: number, negated = false) => ({
    text: `Kulturnämnden arbetar med barnets bästa, fall ${i}.`,
    tags: [{ id: 'barnratt', term: 'barnets bästa', negated }],
    mentions: [{ id: 'malmo/kulturnamnden', name: 'Kulturnämnden' }],
  });
  const corpus: TaggedDocument[] = [
    doc({ path: 'a.txt', author: 'malmo/kulturnamnden', passages: [passage(1), passage(2), passage(3), passage(4, true), passage(5, true)] }),
    doc({ path: 'b.txt', author: 'malmo/kulturnamnden', passages: [passage(6), passage(7), passage(8, true)] }),
  ];
  const bounded = { ...rules(), thresholds: { ...rules().thresholds, evidencePerCell: 2 } };
  const analysisOf = (docs: TaggedDocument[], r = bounded) =>
    analyzeCorpus(docs, lex, { view: 'mention', rules: r, expected: expectedFromRegistry(lex, 'malmo', ['nämnd']) });
  const cellOf = (docs: TaggedDocument[], r = bounded) =>
    analysisOf(docs, r).views.mention!.coverage.rows.find((x) => x.id === 'malmo/kulturnamnden')!.cells.barnratt;

  it('counts every passage and keeps the best two, one per document first', () => {
    const cell = cellOf(corpus);
    expect(cell.passages).toBe(5);
    expect(cell.evidence.map((e) => e.quote)).toEqual([expect.stringContaining('fall 1.'), expect.stringContaining('fall 6.')]);
    expect(cell.notCountedTotal).toBe(3);
    expect(cell.notCounted.map((e) => e.quote)).toEqual([expect.stringContaining('fall 4.'), expect.stringContaining('fall 8.')]);
  });

  it('keeps the same quotes, in input order, when the documents come the other way round', () => {
    const cell = cellOf([...corpus].reverse());
    expect(cell.evidence.map((e) => e.quote)).toEqual([expect.stringContaining('fall 6.'), expect.stringContaining('fall 1.')]);
  });

  it('writes the total of what is not counted in JSON only when it cut them', () => {
    const cut = analyzeToJson(analysisOf(corpus)) as any;
    const whole = analyzeToJson(analysisOf(corpus, rules())) as any;
    const cells = (json: any) => json.administrations.find((a: any) => a.id === 'malmo/kulturnamnden').cells.barnratt;
    expect(cut.schemaVersion).toBe(2);
    expect(cells(cut)).toMatchObject({ passages: 5, notCountedTotal: 3 });
    expect(cells(cut).evidence).toHaveLength(2);
    expect(cells(whole)).not.toHaveProperty('notCountedTotal');
    expect(cells(whole).evidence).toHaveLength(5);
    expect(cells(whole).notCounted).toHaveLength(3);
  });
});
