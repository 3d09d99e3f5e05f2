// The third held-out set (test/fixtures/eval/heldout3.yaml, issue #14): its shape, not its scores.
// It was written without seeing the lexicons and has not been measured against them; these checks
// keep the spread its header promises (new cities, every area and SKR principle, a third about
// nothing) if sentences are added or moved later.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAnnotations, type AnnotatedSentence } from '../../src/lexicon/eval.js';
import { loadLexicons } from '../../src/lexicon/load.js';
import { municipalities } from '../../src/lexicon/municipalities.js';
import { ROOT } from '../helpers/cli.js';

const EVAL_DIR = path.join(ROOT, 'test/fixtures/eval');
const SKR = ['skr-icke-diskriminering', 'skr-jamlikhet', 'skr-delaktighet', 'skr-inkludering', 'skr-transparens', 'skr-ansvar'];
const MIN_PER_CATEGORY = 5;

const heldOut3 = readAnnotations(path.join(EVAL_DIR, 'heldout3.yaml'));
const areas = loadLexicons()
  .frameworks.filter((f) => f.kind === 'areas')
  .flatMap((f) => f.categories.map((c) => c.id));

/** Sentences that cover the category: expected and not dismissed. */
const covering = (sentences: AnnotatedSentence[], id: string) => sentences.filter((s) => s.expect.includes(id) && !(s.negated ?? []).includes(id)).length;

describe('the third held-out set', () => {
  it('has at least 150 sentences from known municipalities and regions', () => {
    const known = new Set([...municipalities().kommuner(), ...municipalities().regioner()].map((m) => m.id));
    expect(heldOut3.length).toBeGreaterThanOrEqual(150);
    // A missing city would fall back to the default (Malmö) and its own principles.
    expect(heldOut3.filter((s) => s.city === undefined || !known.has(s.city)).map((s) => s.id)).toEqual([]);
  });

  it('comes from cities that no other evaluation set uses', () => {
    const others = new Set(['annotations.yaml', 'heldout.yaml', 'heldout2.yaml'].flatMap((f) => readAnnotations(path.join(EVAL_DIR, f)).map((s) => s.city)));
    expect([...new Set(heldOut3.map((s) => s.city))].filter((c) => others.has(c))).toEqual([]);
  });

  it(`covers each of the 16 areas and SKR's six principles at least ${MIN_PER_CATEGORY} times`, () => {
    expect(areas).toHaveLength(16);
    const thin = [...areas, ...SKR].filter((id) => covering(heldOut3, id) < MIN_PER_CATEGORY);
    expect(thin).toEqual([]);
  });

  it('has a third of its sentences about nothing, and some dismissals', () => {
    expect(heldOut3.filter((s) => s.expect.length === 0).length / heldOut3.length).toBeGreaterThanOrEqual(1 / 3);
    expect(heldOut3.filter((s) => (s.negated ?? []).length > 0).length).toBeGreaterThanOrEqual(3);
  });
});
