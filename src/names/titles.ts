// Policy and programme titles quoted in different wordings. The lexicon's title groups give the
// preferred wording and known variants; besides those, every place where the title's opening
// words ("Policy för mänskliga rättigheter") are followed by a wording close to the preferred
// one is reported as a variant of its own, so an unlisted rewording is not missed.
import type { ConceptGroup, TaggedDocument } from '../types.js';
import { lexiconGroup, VariantTally } from './collect.js';
import { readTogether, withExamples, type At, type Examples, type GroupReader } from './places.js';
import { compilePhrases } from './phrases.js';
import type { NameGroup } from './types.js';

const ANCHOR_WORDS = 4;
const MIN_DISCOVERY_WORDS = 7;
/** Dice similarity of word multisets above which a wording counts as the same title. */
const SIMILAR = 0.75;

const words = (s: string) => s.toLocaleLowerCase('sv').match(/[\p{L}\p{N}]+/gu) ?? [];
const normal = (s: string) => words(s).join(' ');

function dice(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length || 1);
}

export function titleGroups(docs: Iterable<TaggedDocument>, concepts: readonly ConceptGroup[]): NameGroup[] {
  return withExamples(docs, undefined, (examples) => readTogether(docs, [titleReader(concepts, examples)]));
}

/** Title groups as a `GroupReader`, all titles at once: the corpus is read once, not once per title. */
export function titleReader(concepts: readonly ConceptGroup[], examples: Examples): GroupReader {
  const wanted = concepts
    .filter((c) => c.kind === 'title')
    .map((group) => {
      const forms = [group.preferred, ...group.variants];
      const anchorText = group.preferred.trim().split(/\s+/).slice(0, ANCHOR_WORDS);
      return {
        group,
        forms,
        known: new Map(forms.map((f, i) => [normal(f), String(i)])),
        exact: compilePhrases(forms),
        preferred: words(group.preferred),
        anchor: compilePhrases([anchorText.join(' ')]),
        tally: new VariantTally(examples),
      };
    });
  const read = (at: At) => {
    const text = at.passage.text;
    for (const { forms, known, exact, preferred, anchor, tally } of wanted) {
      const hits = exact(text);
      for (const hit of hits) tally.add(String(hit.index), forms[hit.index], at, hit.start, hit.end);
      // Only a long title has a wording to compare; a short one is matched as listed.
      if (preferred.length < MIN_DISCOVERY_WORDS) continue;
      for (const a of anchor(text)) {
        if (hits.some((h) => h.start <= a.start && a.start < h.end)) continue;
        const found = closestWording(text, a.start, preferred);
        if (!found) continue;
        const written = text.slice(a.start, found.end);
        const key = known.get(normal(written)) ?? `ny:${normal(written)}`;
        tally.add(key, key.startsWith('ny:') ? written : forms[Number(key)], at, a.start, found.end);
      }
    }
  };
  return { read, finish: () => wanted.filter(({ tally }) => tally.size > 0).map(({ group, tally }) => lexiconGroup(group, tally)) };
}

/**
 * The end of the run of words from `start` whose wording is most like the preferred title, if
 * that is close enough. Runs stop at a full stop, a colon or a closing quote.
 */
function closestWording(text: string, start: number, preferred: readonly string[]): { end: number } | null {
  const tail = text.slice(start);
  const stop = tail.search(/[.:;!?”"»)]|\n/);
  const span = stop === -1 ? tail : tail.slice(0, stop);
  const tokens = Array.from(span.matchAll(/[\p{L}\p{N}]+/gu));
  let best: { end: number; score: number } | null = null;
  const lo = Math.max(ANCHOR_WORDS, preferred.length - 3);
  const hi = Math.min(tokens.length, preferred.length + 3);
  for (let n = lo; n <= hi; n++) {
    const run = tokens.slice(0, n).map((m) => m[0].toLocaleLowerCase('sv'));
    const score = dice(run, preferred);
    if (!best || score > best.score) best = { end: start + tokens[n - 1].index + tokens[n - 1][0].length, score };
  }
  return best && best.score >= SIMILAR ? { end: best.end } : null;
}
