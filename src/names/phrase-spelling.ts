// Multi-word names spelled differently: a run of words that starts like a known name and is
// within a small edit distance of it ("Communities that cares" ← "Communities That Care").
// Case alone is not a variant; an inflected last word is not either, unless Hunspell rejects the
// inflected form (Swedish does not inflect "care"); nor is a run whose differing words Hunspell all
// accepts ("behandlas olika" is no slip for "behandlas lika").
import type { TaggedDocument } from '../types.js';
import { damerauLevenshtein } from '../util/distance.js';
import { BoundedMap } from '../util/bounded-map.js';
import { inflectionPair, type SpellingInput } from './spelling-input.js';
import type { NameGroup } from './types.js';
import { tokens, variantOf, Vocabulary, type Token } from './vocabulary.js';
import { passagesOf, type At, type Examples } from './places.js';

/**
 * Reads passages for multi-word names, with the tokens the caller already made of each (the
 * spelling check reads the corpus once for its vocabulary and this), and makes the groups at the end.
 */
export interface MultiWordReader {
  /** `ids`: the tokens' numbers in a vocabulary, if the caller has them (a look-up by number, not by the word). */
  read(at: At, toks: readonly Token[], ids?: readonly number[]): void;
  groups(): NameGroup[];
}

export function multiWordReader(input: SpellingInput, correct: (w: string) => boolean, examples: Examples): MultiWordReader {
  const r = input.rules;
  const phrases = [...new Set(input.phrases.map((p) => p.trim()).filter((p) => /\s/.test(p)))];
  const wanted = phrases.map((p) => {
    const words = p.toLocaleLowerCase('sv').split(/\s+/);
    // Runs already measured against the name (lower case) and whether they are within reach: the
    // same few wordings ("mänskliga rättigheterna") recur thousands of times over a corpus.
    return { text: p, words, target: words.join(' '), within: new BoundedMap<string, boolean>(4096) };
  });
  const exact = new Map(wanted.map((w) => [w.text, new Vocabulary()]));
  const near = new Map(wanted.map((w) => [w.text, new Vocabulary()]));
  // The names by their first word, in list order: one look-up per word of the corpus, not one per name.
  const byFirstWord = new Map<string, typeof wanted>();
  for (const w of wanted) (byFirstWord.get(w.words[0]) ?? byFirstWord.set(w.words[0], []).get(w.words[0])!).push(w);
  const none: typeof wanted = [];
  const byId: (typeof wanted)[] = [];
  const startingWith = (toks: readonly Token[], i: number, ids: readonly number[] | undefined) => {
    if (!ids) return byFirstWord.get(toks[i].lower) ?? none;
    return (byId[ids[i]] ??= byFirstWord.get(toks[i].lower) ?? none);
  };
  const read = (at: At, toks: readonly Token[], ids?: readonly number[]) => {
    const text = at.passage.text;
    for (let i = 0; i < toks.length; i++) {
      const starting = startingWith(toks, i, ids);
      if (starting.length === 0) continue;
      for (const w of starting) {
        if (i + w.words.length > toks.length) continue;
        // Neither the name nor within reach of it: an edit distance is at least the difference in
        // length. Most runs that start with a name's first word end here, before any string is made.
        let length = w.words.length - 1;
        for (let k = 0; k < w.words.length; k++) length += toks[i + k].lower.length;
        if (Math.abs(length - w.target.length) > r.maxDistance) continue;
        const run = toks.slice(i, i + w.words.length);
        if (run.some((t, k) => k > 0 && !/^\s+$/.test(text.slice(run[k - 1].end, t.start)))) continue;
        const lower = run.map((t) => t.lower).join(' ');
        const target = w.target;
        const [start, end] = [run[0].start, run.at(-1)!.end];
        const written = () => text.slice(start, end).replace(/\s+/g, ' ');
        if (lower === target) {
          exact.get(w.text)!.add(target, written(), at, start, end);
          continue;
        }
        // Both start with the name's first word and a space: the distance is that of the rest (a
        // common start changes no edit distance), in a smaller table.
        const first = w.words[0].length + 1;
        let within = w.within.get(lower);
        if (within === undefined) w.within.set(lower, (within = damerauLevenshtein(lower.slice(first), target.slice(first), r.maxDistance) <= r.maxDistance));
        if (!within) continue;
        // "sociala obligation" / "sociala obligationer": the same name inflected, unless the
        // inflected word is not Swedish ("Communities that cares").
        const last = run.at(-1)!;
        const sameUntilLast = run.slice(0, -1).every((t, k) => t.lower === w.words[k]);
        if (sameUntilLast && inflectionPair(last.lower, w.words.at(-1)!) && correct(last.text)) continue;
        // "behandlas olika" / "behandlas lika", "psykisk ohälsa" / "psykisk hälsa": every word that
        // differs is a Swedish word, so the run says something else rather than misspells the name.
        if (run.every((t, k) => t.lower === w.words[k] || correct(t.text))) continue;
        near.get(w.text)!.add(lower, written(), at, start, end);
      }
    }
  };
  return { read, groups: () => groupsOf(wanted, exact, near, r.rareMaxCount, examples) };
}

/** The groups of multi-word names in `docs`: `multiWordReader` over every passage. */
export function multiWordGroups(docs: Iterable<TaggedDocument>, input: SpellingInput, correct: (w: string) => boolean, examples: Examples): NameGroup[] {
  const reader = multiWordReader(input, correct, examples);
  for (const at of passagesOf(docs)) reader.read(at, tokens(at.passage.text));
  return reader.groups();
}

function groupsOf(
  wanted: ReadonlyArray<{ text: string; words: string[] }>,
  exact: ReadonlyMap<string, Vocabulary>,
  near: ReadonlyMap<string, Vocabulary>,
  rareMaxCount: number,
  examples: Examples,
): NameGroup[] {
  const groups: NameGroup[] = [];
  for (const w of wanted) {
    const hits = [...near.get(w.text)!.words.values()].filter((e) => e.count <= rareMaxCount);
    if (hits.length === 0) continue;
    const canonical = exact.get(w.text)!.get(w.words.join(' '));
    const notes = hits.map((e) => `”${[...e.forms.keys()][0]}” är ${damerauLevenshtein(e.word, w.words.join(' '))} tecken från namnet ”${w.text}”.`);
    groups.push({
      kind: 'spelling',
      id: w.words.join(' '),
      canonical: w.text,
      inconsistent: true,
      confidence: 'high',
      note: notes.join(' '),
      variants: [variantOf(canonical, w.text, 'canonical', examples), ...hits.map((e) => variantOf(e, [...e.forms.keys()][0], 'misspelling', examples))],
    });
  }
  return groups;
}
