// Multi-word names spelled differently: a run of words that starts like a known name and is
// within a small edit distance of it ("Communities that cares" ← "Communities That Care").
// Case alone is not a variant; an inflected last word is not either, unless Hunspell rejects the
// inflected form (Swedish does not inflect "care"); nor is a run whose differing words Hunspell all
// accepts ("behandlas olika" is no slip for "behandlas lika").
import type { TaggedDocument } from '../types.js';
import { damerauLevenshtein } from '../util/distance.js';
import { inflectionPair, type SpellingInput } from './spelling-input.js';
import type { NameGroup } from './types.js';
import { tokens, variantOf, Vocabulary } from './vocabulary.js';
import { passagesOf, type Examples } from './places.js';

export function multiWordGroups(docs: Iterable<TaggedDocument>, input: SpellingInput, correct: (w: string) => boolean, examples: Examples): NameGroup[] {
  const r = input.rules;
  const phrases = [...new Set(input.phrases.map((p) => p.trim()).filter((p) => /\s/.test(p)))];
  const wanted = phrases.map((p) => ({ text: p, words: p.toLocaleLowerCase('sv').split(/\s+/) }));
  const exact = new Map(wanted.map((w) => [w.text, new Vocabulary()]));
  const near = new Map(wanted.map((w) => [w.text, new Vocabulary()]));
  // The names by their first word, in list order: one look-up per word of the corpus, not one per name.
  const byFirstWord = new Map<string, typeof wanted>();
  for (const w of wanted) (byFirstWord.get(w.words[0]) ?? byFirstWord.set(w.words[0], []).get(w.words[0])!).push(w);
  for (const at of passagesOf(docs)) {
    const text = at.passage.text;
    const toks = tokens(text);
    for (let i = 0; i < toks.length; i++) {
      for (const w of byFirstWord.get(toks[i].lower) ?? []) {
        if (i + w.words.length > toks.length) continue;
        const run = toks.slice(i, i + w.words.length);
        if (run.some((t, k) => k > 0 && !/^\s+$/.test(text.slice(run[k - 1].end, t.start)))) continue;
        const lower = run.map((t) => t.lower).join(' ');
        const target = w.words.join(' ');
        const [start, end] = [run[0].start, run.at(-1)!.end];
        const written = text.slice(start, end).replace(/\s+/g, ' ');
        if (lower === target) {
          exact.get(w.text)!.add(target, written, at, start, end);
          continue;
        }
        if (damerauLevenshtein(lower, target, r.maxDistance) > r.maxDistance) continue;
        // "sociala obligation" / "sociala obligationer": the same name inflected, unless the
        // inflected word is not Swedish ("Communities that cares").
        const last = run.at(-1)!;
        const sameUntilLast = run.slice(0, -1).every((t, k) => t.lower === w.words[k]);
        if (sameUntilLast && inflectionPair(last.lower, w.words.at(-1)!) && correct(last.text)) continue;
        // "behandlas olika" / "behandlas lika", "psykisk ohälsa" / "psykisk hälsa": every word that
        // differs is a Swedish word, so the run says something else rather than misspells the name.
        if (run.every((t, k) => t.lower === w.words[k] || correct(t.text))) continue;
        near.get(w.text)!.add(lower, written, at, start, end);
      }
    }
  }
  const groups: NameGroup[] = [];
  for (const w of wanted) {
    const hits = [...near.get(w.text)!.words.values()].filter((e) => e.count <= r.rareMaxCount);
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
