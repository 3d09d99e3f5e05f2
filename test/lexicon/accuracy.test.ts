// The bundled lexicons against the annotated evaluation set (test/fixtures/eval/annotations.yaml,
// docs/accuracy.md): precision and recall of at least 0.85 for every category the lexicons load,
// whatever frameworks are added later; dismissals read as dismissals; sentences about nothing left
// alone. A category below its floor fails here with its misses listed. The first held-out set
// (test/fixtures/eval/heldout.yaml), development data since its misses guided the lexicons, keeps
// what they find on it; the second (heldout2.yaml) is held to what it measured once, minus a margin;
// the third and fourth (heldout3.yaml, heldout4.yaml) are development data too since a round read
// each one's misses, and keep what they find less a margin.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, readAnnotations, sentenceDocument, type EvalReport } from '../../src/lexicon/eval.js';
import { loadLexicons } from '../../src/lexicon/load.js';
import { buildContext, cityLexiconsFor } from '../../src/tag/context.js';
import { tagDocument } from '../../src/tag/index.js';
import { ROOT } from '../helpers/cli.js';

const FILE = path.join(ROOT, 'test/fixtures/eval/annotations.yaml');
const HELD_OUT = path.join(ROOT, 'test/fixtures/eval/heldout.yaml');
const HELD_OUT_2 = path.join(ROOT, 'test/fixtures/eval/heldout2.yaml');
const HELD_OUT_3 = path.join(ROOT, 'test/fixtures/eval/heldout3.yaml');
const HELD_OUT_4 = path.join(ROOT, 'test/fixtures/eval/heldout4.yaml');
const HELD_OUT_5 = path.join(ROOT, 'test/fixtures/eval/heldout5.yaml');
const FLOOR = 0.85;
/**
 * Categories measured below the floor, each with the floor it is held to instead and why; see
 * docs/accuracy.md. Raising one back to FLOOR is the way to fix it, not lowering it further.
 */
const KNOWN_BELOW: Record<string, { precision?: number; recall?: number; why: string }> = {};

/** A held-out set's floors: each figure at least its measurement less a margin; all misses in one message. */
function expectAtLeast(
  r: EvalReport,
  floors: { areaRecall: number; negativesUntagged: number; areaPrecision: number; principlePrecision: number; principleRecall: number },
): void {
  const measured = {
    areaRecall: r.areaRecall,
    negativesUntagged: r.negativesUntagged,
    areaPrecision: r.micro.areas.precision,
    principlePrecision: r.micro.principles.precision,
    principleRecall: r.micro.principles.recall,
  };
  const below = (Object.keys(floors) as Array<keyof typeof floors>)
    .filter((k) => (measured[k] ?? 0) < floors[k])
    .map((k) => `${k} ${measured[k]} < ${floors[k]}`);
  expect(below).toEqual([]);
}

let report: EvalReport;
let heldOut: EvalReport;
let heldOut2: EvalReport;
let heldOut3: EvalReport;
let heldOut4: EvalReport;
let heldOut5: EvalReport;
beforeAll(() => {
  const context = buildContext(loadLexicons());
  const evaluateFile = (file: string) =>
    evaluate({
      sentences: readAnnotations(file),
      tag: (sentence) => tagDocument(sentenceDocument(sentence), context).passages[0].tags,
      scope: (city) => [...cityLexiconsFor(sentenceDocument({ id: '', text: '', city, expect: [] }), context).categories.values()],
    });
  report = evaluateFile(FILE);
  heldOut = evaluateFile(HELD_OUT);
  heldOut2 = evaluateFile(HELD_OUT_2);
  heldOut3 = evaluateFile(HELD_OUT_3);
  heldOut4 = evaluateFile(HELD_OUT_4);
  heldOut5 = evaluateFile(HELD_OUT_5);
});

describe('the annotated set', () => {
  it('scores every category the lexicons load', () => {
    expect(report.categories.map((c) => c.id)).toEqual(expect.arrayContaining(['barnratt', 'halsa', 'P1', 'P4', 'S1', 'S3']));
    expect(report.sentences).toBeGreaterThanOrEqual(300);
  });

  it('has at least eight sentences for each category it scores, and a third about nothing', () => {
    expect(report.categories.filter((c) => c.n < 8).map((c) => c.id)).toEqual([]);
    expect(report.negatives / report.sentences).toBeGreaterThanOrEqual(1 / 3);
  });

  it(`has precision and recall of at least ${FLOOR} per category`, () => {
    const below = report.categories.flatMap((c) => {
      const floor = { precision: KNOWN_BELOW[c.id]?.precision ?? FLOOR, recall: KNOWN_BELOW[c.id]?.recall ?? FLOOR };
      const misses = report.misses.filter((m) => m.expect.includes(c.id) !== m.found.includes(c.id)).map((m) => m.id);
      return (['precision', 'recall'] as const)
        .filter((measure) => c[measure] !== null && c[measure]! < floor[measure])
        .map((measure) => `${c.id} ${measure} ${c[measure]!.toFixed(2)} < ${floor[measure]} (${misses.join(', ')})`);
    });
    expect(below).toEqual([]);
  });

  it('keeps the categories known to be below the floor listed only while they are', () => {
    const stale = Object.keys(KNOWN_BELOW).filter((id) => {
      const c = report.categories.find((x) => x.id === id);
      return c !== undefined && (c.precision ?? 1) >= FLOOR && (c.recall ?? 1) >= FLOOR;
    });
    expect(stale).toEqual([]);
  });

  it('reads the dismissals as dismissals (negated), principles too, and few covered sentences as dismissed', () => {
    expect(report.negated.n).toBeGreaterThanOrEqual(20);
    expect(report.negated.recall).toBeGreaterThanOrEqual(0.9);
    expect(report.negated.precision).toBeGreaterThanOrEqual(0.85);
    expect(report.negated.coveredReadAsNegated).toBeLessThanOrEqual(3);
  });

  it('leaves the sentences about nothing without an area', () => {
    // 0.99 since the sentence kinds (boilerplate.yaml), less a margin.
    expect(report.negativesUntagged).toBeGreaterThanOrEqual(0.96);
  });
});

// Measured once on frozen lexicons (area recall 0.73, principles' recall 0.53), then used to find
// the kinds of miss the lexicons were widened for (docs/accuracy.md, "Den första undanhållna
// mängden"): development data now. The floors keep what the lexicons find on it today (area
// recall 0.82, sentences about nothing 1.00, areas' precision 0.97, principles' precision 0.96 and
// recall 0.55) minus about 0.03; after the sentence-kinds round area recall 0.85 and principles'
// recall 0.58, floored at 0.82 and 0.55; after the round on the fourth set's misses area recall 0.86
// and areas' precision 0.99, floored at 0.83 and 0.95.
describe('the first held-out set (now development data)', () => {
  it('is a third about nothing, with every SKR principle and most areas', () => {
    expect(heldOut.sentences).toBeGreaterThanOrEqual(80);
    expect(heldOut.negatives / heldOut.sentences).toBeGreaterThanOrEqual(1 / 3);
    expect(heldOut.categories.filter((c) => c.id.startsWith('skr-') && c.n < 5).map((c) => c.id)).toEqual([]);
  });

  it('keeps the figures it measured once, less a margin', () => {
    expectAtLeast(heldOut, { areaRecall: 0.83, negativesUntagged: 0.95, areaPrecision: 0.95, principlePrecision: 0.92, principleRecall: 0.55 });
  });
});

// Written after the lexicons were frozen (commit 87de539), committed before the tool ran on it and
// measured once (docs/accuracy.md, "Den andra undanhållna mängden"): area recall 0.74, sentences
// about nothing left alone 0.98, areas' precision 0.92, principles' precision 0.88 and recall 0.54.
// Its kinds of miss were then described in docs/accuracy.md and known to the lexicons' breadth
// round, so it is half development data now: it measured 0.84, 0.93, 0.92, 0.88 and 0.54, and
// after the sentence-kinds round (which read its misses too) 0.86, 0.98, 0.93, 0.89 and 0.64; the floors are those minus
// about 0.03 (area recall 0.87 after the round on the fourth set's misses, floored at 0.84). None of
// the four sets is held out any longer: a fifth, written by someone else, measures the lexicons.
describe('the second held-out set (half development data)', () => {
  it('is a third about nothing, with every area and every SKR principle', () => {
    expect(heldOut2.sentences).toBeGreaterThanOrEqual(100);
    expect(heldOut2.negatives / heldOut2.sentences).toBeGreaterThanOrEqual(1 / 3);
    expect(heldOut2.categories.filter((c) => c.kind === 'area' && c.n >= 3)).toHaveLength(16);
    expect(heldOut2.categories.filter((c) => c.id.startsWith('skr-') && c.n >= 5)).toHaveLength(6);
  });

  it('keeps the figures it measured once, less a margin', () => {
    expectAtLeast(heldOut2, { areaRecall: 0.84, negativesUntagged: 0.95, areaPrecision: 0.9, principlePrecision: 0.86, principleRecall: 0.61 });
  });
});

// Written by an annotator who had not seen the lexicons nor the other sets' sentences, committed
// before the tool ran on it (its header says how), and measured once on the lexicons frozen after
// the breadth round (docs/accuracy.md, "Den tredje undanhållna mängden"): area recall 0.78,
// sentences about nothing left alone 0.84, areas' precision 0.85, principles' precision 0.83 and
// recall 0.58 (issue #14's targets on unseen text, recall ≥ 0.80 and ≥ 0.90 left alone, were not
// met). The sentence-kinds round then tuned the lexicons on its errors, so it is development data
// now: 0.82, 0.96, 0.90, 0.86 and 0.77, floored at those minus about 0.03 (area recall 0.83 after the
// round on the fourth set's misses, floored at 0.80).
describe('the third held-out set (development data since the sentence-kinds round)', () => {
  it('keeps the figures it measured once, less a margin', () => {
    expectAtLeast(heldOut3, { areaRecall: 0.8, negativesUntagged: 0.93, areaPrecision: 0.87, principlePrecision: 0.83, principleRecall: 0.74 });
  });
});

describe('the fourth held-out set (development data since the round on its misses)', () => {
  // Measured once, 2026-12-07, on the sentence-kinds round's lexicons, which its writer never saw:
  // area recall 0.77, nothing untagged 0.92, area precision 0.83, principles 0.68 / 0.45. The next
  // round then read its misses and fixed their kinds (docs/accuracy.md, "Den fjärde undanhållna
  // mängden"), so it is development data now: 0.88, 0.94, 0.88, 0.71 / 0.48, held to those less
  // about 0.03 so that a change losing what it finds shows; these floors are not the targets.
  it('keeps what it finds after the round on its misses, less a margin', () => {
    expectAtLeast(heldOut4, { areaRecall: 0.85, negativesUntagged: 0.91, areaPrecision: 0.85, principlePrecision: 0.68, principleRecall: 0.45 });
  });
});

describe('the fifth held-out set (independent; measured once, after the round on the fourth set)', () => {
  // Measured once, 2026-12-07, on the lexicons after the round on the fourth set's misses, which
  // its writer never saw and whose authors never saw it: area recall 0.86, nothing untagged 0.91,
  // area precision 0.87, principles 0.77 / 0.49 (issue #14's targets: 0.80 and 0.90). Held to that
  // less about 0.03 so that a change losing what it found shows. Tuning on its misses makes it
  // development data; the next measurement then needs a sixth set.
  it('keeps the figures it measured once, less a margin', () => {
    expectAtLeast(heldOut5, { areaRecall: 0.83, negativesUntagged: 0.88, areaPrecision: 0.84, principlePrecision: 0.74, principleRecall: 0.46 });
  });
});
