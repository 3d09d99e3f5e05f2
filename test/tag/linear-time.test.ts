// Time through normalize, segment and tag grows linearly with one long paragraph, whatever it
// repeats: a file of one word took 27 s for 1 MB and never finished 4 MB when a category's list
// of matches was copied per match, and lines joined into one paragraph were re-read per line.
// A ratio with a generous bound (8 × the text, under 40 × the time; quadratic is 64 ×: wide enough
// that collections, which grow with a passage's live objects, and a busy machine are not read as
// growth: one passage of 400,000 characters measured 25.8 × its 50,000 in a full run), not a
// speed target: targets are `npm run bench`'s. Time is this process's CPU time, not the clock's,
// and each size's best of two runs, so that a loaded machine (other jobs) is not read as growth.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicons } from '../../src/lexicon/load.js';
import { normalize } from '../../src/normalize/index.js';
import { extractionData, segment } from '../../src/segment/index.js';
import { tagPassage } from '../../src/tag/categories.js';
import { buildContext, tagDocument, type TaggingContext } from '../../src/tag/index.js';
import { cityLexicons, contextCities } from '../../src/tag/context.js';
import type { Passage, RawDocument } from '../../src/types.js';

/** 8 × the text in under this many times the time: quadratic is 64 ×. */
const LINEAR_BOUND = 40;

let context: TaggingContext;
beforeAll(() => {
  context = buildContext(loadLexicons());
  // Every city's matchers compiled before anything is timed (they are compiled on first use).
  for (const city of [...contextCities(context), null]) cityLexicons(context, city);
});

const SHAPES: Record<string, string> = {
  'one word': 'diskriminering ',
  'one word per line': 'diskriminering\n',
  'words split at the margin': 'diskri-\nminering ',
  'names of committees': 'Kulturnämnden ',
  'sentences with an exclusion': 'Äldre barn och äldre. ',
  anaphors: 'Nämnden ska arbeta. Region Skåne. ',
  'organs by their shape': 'Nämnden för Vård & Omsorg och Vidingehem AB (VAB) beslutar. VAB och Göteborgs stads kulturnämnd. ',
  'footnote references': 'rättigheter1 ',
};

/** Milliseconds of CPU time this process spends in `work`. */
function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function run(unit: string, chars: number): number {
  const text = unit.repeat(Math.ceil(chars / unit.length));
  const raw: RawDocument = { path: 'x.txt', format: 'txt', bytes: text.length, sha256: '', lines: text.split('\n'), warnings: [] };
  return cpuMs(() => {
    const data = extractionData();
    tagDocument(segment(normalize(raw, data.sectionTitles), data), context);
  });
}

describe('linear time in the length of one paragraph', () => {
  it.each(Object.entries(SHAPES))('%s', (_, unit) => {
    run(unit, 10_000); // JIT and caches
    const small = Math.min(run(unit, 50_000), run(unit, 50_000));
    const large = Math.min(run(unit, 400_000), run(unit, 400_000));
    expect(large / Math.max(small, 5)).toBeLessThan(LINEAR_BOUND);
  });
});

describe('category tags of one passage longer than any segmentation makes', () => {
  const tagOne = (chars: number, unit = 'diskriminering '): number => {
    const text = unit.repeat(Math.ceil(chars / unit.length)).trim();
    const passage: Passage = {
      id: 'p0001',
      kind: 'paragraph',
      sectionPath: [],
      page: null,
      line: null,
      start: 0,
      end: text.length,
      text,
      sentences: [{ start: 0, end: text.length }],
    };
    let tags: unknown[] = [];
    const ms = cpuMs(() => (tags = tagPassage(passage, cityLexicons(context, 'malmo'))));
    expect(tags.length).toBeGreaterThan(0);
    return ms;
  };

  it("grow linearly with its matches (each match was copying its category's whole list)", () => {
    tagOne(10_000);
    // Best of three: in the full unit run a collection often lands in both large runs (55–80 ms
    // against 4–13 ms for the small ones, ratio 11, where alone it is 2–3).
    const small = Math.min(tagOne(50_000), tagOne(50_000), tagOne(50_000));
    const large = Math.min(tagOne(400_000), tagOne(400_000), tagOne(400_000));
    expect(large / Math.max(small, 5)).toBeLessThan(LINEAR_BOUND);
  });

  // A sentence kind's cues (boilerplate.yaml) that are a category's own terms (P1's "upphandling"),
  // and budget words beside amounts: each match looked up once, each sentence's tokens read once.
  it.each([
    ['procurement cues that are P1 terms', 'upphandling av hemtjänst '],
    ['budget words beside amounts', 'budgeten 3 mnkr hemtjänsten äldreomsorgen '],
  ])('grow linearly with sentence-kind cues: %s', (_, unit) => {
    tagOne(10_000, unit);
    const small = Math.min(tagOne(50_000, unit), tagOne(50_000, unit));
    const large = Math.min(tagOne(400_000, unit), tagOne(400_000, unit));
    expect(large / Math.max(small, 5)).toBeLessThan(LINEAR_BOUND);
  });
});
