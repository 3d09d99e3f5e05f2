// Two dictionary words where one stands exactly where the other, much more frequent, stands
// elsewhere: "Utredda formerna" / "utreda formerna". Two real words are a variant only when the
// neighbours agree in at least three places in all (the rare word once and the frequent one
// twice, or more): a single shared context is as often chance (förslag / förlag).
import type { TaggedDocument } from '../types.js';
import { damerauLevenshtein } from '../util/distance.js';
import { inflectionPair } from './spelling-input.js';
import type { Confidence } from './types.js';
import { tokens, type Vocabulary } from './vocabulary.js';
import { passagesOf } from './places.js';

export interface ContextPair {
  word: string;
  target: string;
  /** The shared context as "a b … c d". */
  context: string;
  /** Places where either word stands in a context they share. */
  places: number;
  confidence: Confidence;
}

const MIN_PLACES = 3;

/** Two words on each side: one is too little ("och används i" / "och användas i"). */
function contextKey(toks: ReturnType<typeof tokens>, i: number): string | null {
  if (i < 2 || i >= toks.length - 2) return null;
  return `${toks[i - 2].lower} ${toks[i - 1].lower} ${toks[i + 1].lower} ${toks[i + 2].lower}`;
}

export function contextPairs(
  docs: Iterable<TaggedDocument>,
  vocabulary: Vocabulary,
  candidate: (word: string) => boolean,
  unrelated: (word: string, target: string) => boolean,
  minLength: number,
): ContextPair[] {
  // Only a context a candidate (a rare word) stands in can make a pair. A first reading notes
  // those; a second collects every word seen in their middle, in the order the words first occur
  // there, as a reading of all contexts would, without keeping the corpus's millions of others.
  const isCandidate = memo((w: string) => w.length >= minLength && candidate(w));
  const wantedKeys = new Set<string>();
  for (const at of passagesOf(docs)) {
    const toks = tokens(at.passage.text);
    // The vocabulary's copy of the word, so that the memo keeps no passage alive.
    for (let i = 2; i < toks.length - 2; i++) if (isCandidate(vocabulary.get(toks[i].lower)?.word ?? toks[i].lower)) wantedKeys.add(contextKey(toks, i)!);
  }
  // Context → the words seen in its middle (their copies in the vocabulary). Almost every context
  // has one word only: it is kept as a string, and becomes a set at the second.
  const contexts = new Map<string, string | Set<string>>();
  for (const at of passagesOf(docs)) {
    const toks = tokens(at.passage.text);
    for (let i = 2; i < toks.length - 2; i++) {
      const key = contextKey(toks, i)!;
      if (!wantedKeys.has(key)) continue;
      const w = vocabulary.get(toks[i].lower)?.word ?? toks[i].lower;
      const seen = contexts.get(key);
      if (seen === undefined) contexts.set(key, w);
      else if (typeof seen !== 'string') seen.add(w);
      else if (seen !== w) contexts.set(key, new Set([seen, w]));
    }
  }
  wantedKeys.clear();
  const pairs = new Map<string, { word: string; target: string; keys: Set<string> }>();
  for (const [key, middles] of contexts) {
    if (typeof middles === 'string') continue; // one word: nothing to compare it with
    const words = [...middles].filter((w) => w.length >= minLength);
    for (const w of words) {
      if (!candidate(w)) continue;
      const e = vocabulary.get(w)!;
      for (const t of words) {
        const te = vocabulary.get(t)!;
        if (t === w || te.count <= e.count * 2 || inflectionPair(w, t, false) || damerauLevenshtein(w, t, 1) > 1 || unrelated(w, t)) continue;
        const id = `${w} ${t}`;
        (pairs.get(id) ?? pairs.set(id, { word: w, target: t, keys: new Set() }).get(id)!).keys.add(key);
      }
    }
  }
  if (pairs.size === 0) return [];
  // A second pass counts the places, for the few contexts that matter only.
  const wanted = new Set([...pairs.values()].flatMap((p) => [p.word, p.target]));
  const keys = new Set([...pairs.values()].flatMap((p) => [...p.keys]));
  const counts = new Map<string, number>();
  for (const at of passagesOf(docs)) {
    const toks = tokens(at.passage.text);
    for (let i = 2; i < toks.length - 2; i++) {
      if (!wanted.has(toks[i].lower)) continue;
      const key = contextKey(toks, i)!;
      if (keys.has(key)) counts.set(`${key}\u0000${toks[i].lower}`, (counts.get(`${key}\u0000${toks[i].lower}`) ?? 0) + 1);
    }
  }
  const result: ContextPair[] = [];
  for (const p of pairs.values()) {
    const places = [...p.keys].reduce((n, k) => n + (counts.get(`${k}\u0000${p.word}`) ?? 0) + (counts.get(`${k}\u0000${p.target}`) ?? 0), 0);
    if (places < MIN_PLACES) continue;
    const [a, b, c, d] = [...p.keys][0].split(' ');
    result.push({ word: p.word, target: p.target, context: `${a} ${b} … ${c} ${d}`, places, confidence: places > MIN_PLACES ? 'high' : 'medium' });
  }
  return result;
}

/** `f` computed once per word. */
function memo(f: (w: string) => boolean): (w: string) => boolean {
  const known = new Map<string, boolean>();
  return (w) => {
    let v = known.get(w);
    if (v === undefined) known.set(w, (v = f(w)));
    return v;
  };
}
