// Spelling variants: rare words that Hunspell rejects and that lie within a small
// Damerau–Levenshtein distance of a frequent corpus word or a lexicon term (afrofofi ← afrofobi,
// arbetsätt ← arbetssätt), multi-word names compared as a whole (Communities that cares ←
// Communities That Care), and rare dictionary words that stand exactly where a frequent
// neighbour stands elsewhere (Utredda formerna ← utreda formerna).
// Precision first: a word Hunspell rejects but that is a word of its own (a compound of two
// words, an abbreviation, a name) is not a misspelling unless its neighbours say so.
import { findMisspellings, isCheckable, type SpellChecker } from '../language/hunspell.js';
import type { TaggedDocument } from '../types.js';
import { num } from '../util/swedish.js';
import { damerauLevenshtein } from '../util/distance.js';
import { contextPairs, WordStream } from './context-spelling.js';
import { multiWordReader, type MultiWordReader } from './phrase-spelling.js';
import type { Confidence, NameGroup } from './types.js';
import { isAbbreviation, isCompoundOfWords, isName } from './word-kinds.js';
import { inflectionPair, type SpellingInput } from './spelling-input.js';
import { detached } from '../corpus/detached.js';
import { readTogether, type At, type Examples, type GroupReader, withExamples } from './places.js';
import { commonForm, tokens, variantOf, Vocabulary, type Token, type WordEntry } from './vocabulary.js';

export function spellingGroups(docs: Iterable<TaggedDocument>, input: SpellingInput, examples?: Examples): NameGroup[] {
  return withExamples(docs, examples, (shared) => readTogether(docs, [spellingReader(input, shared)]));
}

/**
 * The spelling groups as a reader of passages, so that the names section reads the corpus once for
 * them and its other groups: the vocabulary, the words Hunspell rejects, the multi-word names and
 * the words as numbers for the context pairs while reading, the rest when it is finished.
 */
export function spellingReader(input: SpellingInput, examples: Examples): GroupReader {
  const r = input.rules;
  const memo = new Map<string, boolean>();
  const correct = (w: string) => memo.get(w) ?? memo.set(w, input.checker.correct(w)).get(w)!;
  const checker = { correct, suggest: input.checker.suggest, dispose() {} } as SpellChecker;
  const vocabulary = new Vocabulary();
  const stream = new WordStream();
  const rejected = new Set<string>();
  // Multi-word names are read in the same reading as the vocabulary, from the same tokens.
  const multiWord = multiWordReader(input, correct, examples);
  // Every word `findMisspellings` checks is one of our tokens (it splits its words at hyphens; a
  // part with a colon or an apostrophe it does not check), so a passage none of whose tokens it could
  // reject is not searched: most are not, and its checks of each word's context cost more than the
  // memo's answer (names inside a sentence, which it skips, are asked here too, once each). For a
  // word written in lower case, the answer is the word's, kept by its vocabulary number.
  const lowerRejectable: boolean[] = [];
  const rejectable = (t: Token) => isCheckable(t.text, r) && !correct(t.text);
  const mayBeRejected = (t: Token, id: number) => (t.text === t.lower ? (lowerRejectable[id] ??= rejectable(t)) : rejectable(t));
  const read = (at: At) => {
    const text = at.passage.text;
    const toks = tokens(text);
    const ids = toks.map((t) => vocabulary.add(t.lower, t.text, at, t.start, t.end));
    stream.addPassage(ids);
    multiWord.read(at, toks, ids);
    if (!toks.some((t, i) => mayBeRejected(t, ids[i]))) return;
    for (const m of findMisspellings(text, checker, { skipNames: true, minLength: r.minLength })) {
      // "malmo" in "malmo.se": part of an address, not a word.
      if (/[\p{L}\p{N}]\.$/u.test(text.slice(m.start - 2, m.start)) || /^\.[\p{L}]/u.test(text.slice(m.end, m.end + 2))) continue;
      const word = m.word.toLocaleLowerCase('sv');
      if (!rejected.has(word)) rejected.add(detached(word));
    }
  };
  const finish = () => groupsOf({ input, examples, correct, vocabulary, stream, rejected, multiWord });
  return { read, finish };
}

/** What the spelling reader has read, for `groupsOf`. */
interface SpellingReading {
  input: SpellingInput;
  examples: Examples;
  correct: (w: string) => boolean;
  vocabulary: Vocabulary;
  stream: WordStream;
  rejected: ReadonlySet<string>;
  multiWord: MultiWordReader;
}

function groupsOf({ input, examples, correct, vocabulary, stream, rejected, multiWord }: SpellingReading): NameGroup[] {
  const r = input.rules;
  // Rejected, and still a word: Swedish compounds Hunspell does not know (delår), abbreviations
  // (löpnr), names (Eirik).
  const ownWord = new Map<string, boolean>();
  const isOwnWord = (w: string) => {
    let own = ownWord.get(w);
    if (own === undefined) {
      const e = vocabulary.get(w);
      own = isAbbreviation(w, correct) || isCompoundOfWords(w, correct) || (e !== undefined && isName(e.forms.keys(), correct));
      ownWord.set(w, own);
    }
    return own;
  };
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

  const found = new Map<string, { target: string; words: Array<{ e: WordEntry; note: string; confidence: Confidence }> }>();
  const report = (target: string, e: WordEntry, note: string, confidence: Confidence) => {
    const g = found.get(target) ?? found.set(target, { target, words: [] }).get(target)!;
    g.words.push({ e, note, confidence });
  };
  const describe = (t: string) => {
    const e = targets.get(t) ?? vocabulary.get(t);
    const n = e?.count ?? 0;
    return termSet.has(t) ? `lexikonterm, ${num(n)} förekomster` : `${num(n)} förekomster`;
  };

  for (const word of rejected) {
    const e = vocabulary.get(word);
    if (!e || input.skip.has(word) || word.length < r.minLength || isOwnWord(word)) continue;
    const rare = e.count <= r.rareMaxCount;
    if (!rare && e.documents.length > r.rareMaxDocuments) continue;
    const limit = word.length >= r.longWord ? r.maxDistance : 1;
    let best: { t: string; d: number; n: number; inflected?: true } | null = null;
    const near = [];
    for (let n = word.length - limit; n <= word.length + limit; n++) near.push(...(byLength.get(n) ?? []));
    for (const t of near) {
      if (t === word || inflectionPair(word, t)) continue;
      const d = damerauLevenshtein(word, t, limit);
      const n = targets.get(t)?.count ?? 0;
      if (d <= limit && (!best || d < best.d || (d === best.d && n > best.n))) best = { t, d, n };
    }
    best ??= inflectedSlip(word, byLength, r.longWord);
    if (!best) continue;
    const form = commonForm(e);
    const suggestions = input.checker.suggest(form).map((s) => s.toLocaleLowerCase('sv'));
    const agrees = suggestions.includes(best.t);
    // A word as frequent as this one needs Hunspell to agree that the neighbour is what was meant.
    if (!rare && !agrees) continue;
    // Hunspell agreeing, or having nothing better, is evidence; suggesting other words is doubt.
    const confidence: Confidence = agrees || (suggestions.length === 0 && best.d === 1) ? 'high' : suggestions.length === 0 ? 'medium' : 'low';
    const distance = best.inflected ? `avstånd ${best.d} från ”${best.t}” bortsett från böjningen` : `avstånd ${best.d} från ”${best.t}”`;
    report(best.t, e, `Hunspell känner inte igen ”${form}”; ${distance} (${describe(best.t)}).`, confidence);
  }

  const candidate = (w: string) => {
    const e = vocabulary.get(w)!;
    if (input.skip.has(w) || (rejected.has(w) && !isOwnWord(w))) return false;
    return e.count <= r.rareMaxCount || e.documents.length <= r.rareMaxDocuments;
  };
  const abbreviation = (w: string, t: string) => isAbbreviation(w, correct) || isAbbreviation(t, correct) || input.skip.has(t);
  const pairs = contextPairs(stream, vocabulary, candidate, abbreviation, r.minLength);
  stream.dispose();
  for (const p of pairs) {
    const e = vocabulary.get(p.word)!;
    report(
      p.target,
      e,
      `”${commonForm(e)}” ${correct(p.word) ? 'finns i ordlistan' : 'är ett ord'} men står där ”${p.target}” står annars (”${p.context}”, ${num(p.places)} ställen; ${describe(p.target)}).`,
      p.confidence,
    );
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
      confidence: surest(unique.map((x) => x.confidence)),
      note: unique.map((x) => x.note).join(' '),
      variants: [variantOf(te, canonical, 'canonical', examples), ...unique.map((x) => variantOf(x.e, commonForm(x.e), 'misspelling', examples))],
    };
  });
  groups.push(...multiWord.groups());
  return groups.sort((a, b) => a.canonical.localeCompare(b.canonical, 'sv'));
}

const RANK: Confidence[] = ['high', 'medium', 'low'];

/** A group is as sure as its surest variant. */
function surest(levels: Confidence[]): Confidence {
  return RANK.find((c) => levels.includes(c)) ?? 'low';
}

/** Endings of an inflected noun, longest first: a slip in a long compound's stem is as often in its plural. */
const ENDINGS = ['ernas', 'arnas', 'ornas', 'erna', 'arna', 'orna', 'ens', 'ets', 'ers', 'er', 'ar', 'or', 'en', 'et', 'na', 's'];

/**
 * A long word whose stem is one letter from a target, the ending aside: "barnkonsekvensanlyser"
 * for "barnkonsekvensanalys". One letter only, and stems of `minStem` letters or more: the ending
 * already makes the words differ.
 */
function inflectedSlip(word: string, byLength: Map<number, string[]>, minStem: number): { t: string; d: number; n: number; inflected: true } | null {
  for (const ending of ENDINGS) {
    const stem = word.slice(0, -ending.length);
    if (!word.endsWith(ending) || stem.length < minStem) continue;
    for (let n = stem.length - 1; n <= stem.length + 1; n++) {
      for (const t of byLength.get(n) ?? []) if (t !== stem && damerauLevenshtein(stem, t, 1) === 1) return { t, d: 1, n: 0, inflected: true };
    }
  }
  return null;
}
