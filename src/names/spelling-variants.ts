// Spelling variants: rare words that Hunspell rejects and that lie within a small
// Damerau–Levenshtein distance of a frequent corpus word or a lexicon term (afrofofi ← afrofobi,
// arbetsätt ← arbetssätt), multi-word names compared as a whole (Communities that cares ←
// Communities That Care), and rare dictionary words that stand exactly where a frequent
// neighbour stands elsewhere (Utredda formerna ← utreda formerna).
import { findMisspellings, type SpellChecker } from '../language/hunspell.js';
import type { TaggedDocument } from '../types.js';
import { num } from '../util/swedish.js';
import { damerauLevenshtein } from '../util/distance.js';
import { multiWordGroups } from './phrase-spelling.js';
import type { NameGroup } from './types.js';
import { inflectionPair, type SpellingInput } from './spelling-input.js';
import { commonForm, tokens, variantOf, Vocabulary, type WordEntry } from './vocabulary.js';

export function spellingGroups(docs: readonly TaggedDocument[], input: SpellingInput): NameGroup[] {
  const r = input.rules;
  const memo = new Map<string, boolean>();
  const correct = (w: string) => memo.get(w) ?? memo.set(w, input.checker.correct(w)).get(w)!;
  const checker = { correct, suggest: input.checker.suggest, dispose() {} } as SpellChecker;
  const vocabulary = new Vocabulary();
  const rejected = new Set<string>();
  // Context → the words seen in its middle. Almost every context has one word only: it is kept as
  // a string, and becomes a set at the second (a set per context was most of the memory).
  const contexts = new Map<string, string | Set<string>>();
  for (const doc of docs) {
    for (const passage of doc.passages) {
      const toks = tokens(passage.text);
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i];
        vocabulary.addAt(t.lower, t.text, doc, passage, t.start, t.end);
        // Two words on each side: one is too little ("och används i" / "och användas i").
        if (i > 1 && i < toks.length - 2) {
          const key = `${toks[i - 2].lower} ${toks[i - 1].lower} ${toks[i + 1].lower} ${toks[i + 2].lower}`;
          const seen = contexts.get(key);
          if (seen === undefined) contexts.set(key, t.lower);
          else if (typeof seen !== 'string') seen.add(t.lower);
          else if (seen !== t.lower) contexts.set(key, new Set([seen, t.lower]));
        }
      }
      for (const m of findMisspellings(passage.text, checker, { skipNames: true, minLength: r.minLength })) {
        // "malmo" in "malmo.se": part of an address, not a word.
        if (/[\p{L}\p{N}]\.$/u.test(passage.text.slice(m.start - 2, m.start)) || /^\.[\p{L}]/u.test(passage.text.slice(m.end, m.end + 2))) continue;
        rejected.add(m.word.toLocaleLowerCase('sv'));
      }
    }
  }
  const targets = new Map<string, WordEntry | undefined>();
  for (const e of vocabulary.words.values()) if (e.count >= r.frequentMinCount && correct(commonForm(e))) targets.set(e.word, e);
  for (const term of input.terms) {
    const lower = term.toLocaleLowerCase('sv');
    if (/^\p{L}+$/u.test(lower) && lower.length >= r.minLength && !targets.has(lower)) targets.set(lower, vocabulary.get(lower));
  }
  const termSet = new Set(input.terms.map((t) => t.toLocaleLowerCase('sv')));
  // By length, so a word is only compared with words it could be within reach of.
  const byLength = new Map<number, string[]>();
  for (const t of targets.keys()) (byLength.get(t.length) ?? byLength.set(t.length, []).get(t.length)!).push(t);

  const found = new Map<string, { target: string; words: Array<{ e: WordEntry; note: string }> }>();
  const report = (target: string, e: WordEntry, note: string) => {
    const g = found.get(target) ?? found.set(target, { target, words: [] }).get(target)!;
    g.words.push({ e, note });
  };
  const describe = (t: string) => {
    const e = targets.get(t) ?? vocabulary.get(t);
    const n = e?.count ?? 0;
    return termSet.has(t) ? `lexikonterm, ${num(n)} förekomster` : `${num(n)} förekomster`;
  };

  for (const word of rejected) {
    const e = vocabulary.get(word);
    if (!e || input.skip.has(word) || word.length < r.minLength) continue;
    const rare = e.count <= r.rareMaxCount;
    if (!rare && e.documents.size > r.rareMaxDocuments) continue;
    const limit = word.length >= r.longWord ? r.maxDistance : 1;
    let best: { t: string; d: number; n: number } | null = null;
    const near = [];
    for (let n = word.length - limit; n <= word.length + limit; n++) near.push(...(byLength.get(n) ?? []));
    for (const t of near) {
      if (t === word || inflectionPair(word, t)) continue;
      const d = damerauLevenshtein(word, t, limit);
      const n = targets.get(t)?.count ?? 0;
      if (d <= limit && (!best || d < best.d || (d === best.d && n > best.n))) best = { t, d, n };
    }
    if (!best) continue;
    const form = commonForm(e);
    // A word as frequent as this one needs Hunspell to agree that the neighbour is what was meant.
    if (!rare && !input.checker.suggest(form).some((s) => s.toLocaleLowerCase('sv') === best!.t)) continue;
    report(best.t, e, `Hunspell känner inte igen ”${form}”; avstånd ${best.d} från ”${best.t}” (${describe(best.t)}).`);
  }

  for (const [key, middles] of contexts) {
    if (typeof middles === 'string') continue; // one word: nothing to compare it with
    const words = [...middles].filter((w) => w.length >= r.minLength && !input.skip.has(w));
    for (const w of words) {
      const e = vocabulary.get(w)!;
      if (rejected.has(w) || (e.count > r.rareMaxCount && e.documents.size > r.rareMaxDocuments)) continue;
      for (const t of words) {
        const te = vocabulary.get(t)!;
        if (t === w || te.count <= e.count * 2 || inflectionPair(w, t, false) || damerauLevenshtein(w, t, 1) > 1) continue;
        const [a, b, c, d] = key.split(' ');
        report(t, e, `”${commonForm(e)}” finns i ordlistan men står där ”${t}” står annars (”${a} ${b} … ${c} ${d}”, ${describe(t)}).`);
      }
    }
  }

  const groups: NameGroup[] = [...found.values()].map(({ target, words }) => {
    const te = targets.get(target) ?? vocabulary.get(target);
    const canonical = te ? commonForm(te) : (input.terms.find((t) => t.toLocaleLowerCase('sv') === target) ?? target);
    const seen = new Set<string>();
    const unique = words.filter((x) => !seen.has(x.e.word) && seen.add(x.e.word));
    return {
      kind: 'spelling' as const,
      id: target,
      canonical,
      inconsistent: true,
      note: unique.map((x) => x.note).join(' '),
      variants: [variantOf(te, canonical, 'canonical'), ...unique.map((x) => variantOf(x.e, commonForm(x.e), 'misspelling'))],
    };
  });
  groups.push(...multiWordGroups(docs, input, correct));
  return groups.sort((a, b) => a.canonical.localeCompare(b.canonical, 'sv'));
}
