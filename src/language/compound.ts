// Single-word analysis: which single-word terms a word contains, as itself (inflected) or inside a
// compound. Cost per distinct word is O(length) hash look-ups, whatever the lexicon's size; the
// result is cached per distinct word, so running text costs one Map look-up per token.
import type { TermSpec } from '../types.js';
import type { LanguageData } from './data.js';
import { stem } from './stem.js';
import type { Tokens } from './tokenize.js';
import { BoundedMap } from '../util/bounded-map.js';

/** A compiled lexicon term. */
export interface TermRef {
  id: number;
  key: string;
  term: TermSpec;
  /** Allow compound matching below the minimum term length (MatcherEntry.shortCompound). */
  shortCompound: boolean;
  /** Lower-cased words of the term as the tokenizer splits them. */
  words: string[];
  /** Surface words, for case-sensitive checks. */
  surface: string[];
  /** Letters in a single-word term (0 for multi-word terms). */
  letters: number;
}

export interface WordHit {
  ref: TermRef;
  via: 'word' | 'compound';
}

const EMPTY: readonly WordHit[] = [];
const VOWEL = /[aeiouyåäöéü]/;
const CACHE_LIMIT = 200_000;

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export class WordIndex {
  /** stem → terms (every mode): whole words, and whole parts of hyphenated words. */
  private readonly whole = new Map<string, TermRef[]>();
  /** Single-word terms ending in a vowel, as written: their definite -n the stemmer misses (frånvaro-n). */
  private readonly vowelFinal = new Map<string, TermRef[]>();
  /** stem → terms that may be the head (last part) of a closed compound. */
  private readonly head = new Map<string, TermRef[]>();
  /** surface form (term, term + linking morpheme, …) → terms that may be a modifier. */
  private readonly modifier = new Map<string, TermRef[]>();
  /** First three letters of head stems and modifier forms: skips most split points cheaply. */
  private readonly headStarts = new Set<string>();
  private readonly modifierStarts = new Set<string>();
  /** What a compound's head must start with: the term as written, or its stem if that is a word. */
  private readonly headPrefixes = new Map<TermRef, string[]>();
  private readonly particles: Set<string>;
  private readonly cache = new BoundedMap<string, readonly WordHit[]>(CACHE_LIMIT);

  constructor(
    refs: TermRef[],
    private readonly data: LanguageData['compound'],
  ) {
    this.particles = new Set(data.particles);
    for (const ref of refs) this.add(ref);
  }

  private add(ref: TermRef): void {
    const word = ref.words[0];
    const wordStem = stem(word);
    push(this.whole, wordStem, ref);
    if (VOWEL.test(word[word.length - 1])) push(this.vowelFinal, word, ref);
    const mode = ref.term.compound;
    if (mode === 'none' || (ref.letters < this.data.minTermLength && !ref.shortCompound)) return;
    if ((mode === 'any' || mode === 'head') && wordStem.length >= 3) {
      push(this.head, wordStem, ref);
      this.headStarts.add(wordStem.slice(0, 3));
      const stemIsWord = wordStem.length >= 4 && wordStem.length >= word.length - 2;
      this.headPrefixes.set(ref, stemIsWord ? [word, wordStem] : [word]);
    }
    if (mode === 'any' || mode === 'modifier') {
      for (const form of this.modifierForms(word, wordStem)) {
        push(this.modifier, form, ref);
        this.modifierStarts.add(form.slice(0, 3));
      }
    }
  }

  /**
   * How a word appears as the first part of a compound: as written, with a linking morpheme
   * (barnrätt-s-arbetet), with a final vowel dropped or replaced (arbete → arbets-, hälsa → hälso-),
   * or as its stem when the term is written inflected (kulturnämnden → kulturnämnds-).
   */
  private modifierForms(word: string, wordStem: string): Set<string> {
    const { linkingMorphemes, droppableFinalVowels, replacementVowels } = this.data;
    const forms = new Set<string>([word]);
    const withLinks = (base: string) => {
      forms.add(base);
      if (!VOWEL.test(base[base.length - 1])) for (const link of linkingMorphemes) forms.add(base + link);
    };
    withLinks(word);
    if (droppableFinalVowels.includes(word[word.length - 1])) {
      const base = word.slice(0, -1);
      if (base.length >= 5) withLinks(base);
      for (const vowel of replacementVowels) forms.add(base + vowel);
    }
    if (wordStem !== word && wordStem.length >= 4 && wordStem.length >= word.length - 2) withLinks(wordStem);
    for (const form of forms) if (form.length < 3) forms.delete(form);
    return forms;
  }

  /** Terms in one lower-cased word (without a trailing hyphen). */
  analyze(word: string): readonly WordHit[] {
    let hits = this.cache.get(word);
    if (hits !== undefined) return hits;
    const found = new Map<TermRef, WordHit['via']>();
    this.addWhole(found, word, 'word');
    const bare = word.includes(':') ? word.slice(0, word.lastIndexOf(':')) : word;
    if (bare.includes('-')) {
      // A hyphen is an explicit boundary: every part is looked up as a word of its own, whatever
      // its length or compound mode (HBTQIA+-perspektiven, MR-programmet, Unesco-samverkan).
      for (const part of bare.split('-')) {
        if (part.length === 0) continue;
        this.addWhole(found, part, 'compound');
        this.addClosedCompound(found, part);
      }
    } else {
      this.addClosedCompound(found, bare);
    }
    hits = found.size === 0 ? EMPTY : [...found].map(([ref, via]) => ({ ref, via }));
    this.cache.set(word, hits);
    return hits;
  }

  /**
   * Inflection may change a word's ending but does not make it much shorter than the term:
   * `rätt` has the same stem as `rättighet` (natural strips -het and -ig) but is another word.
   * A participle is not an inflection of its noun either: natural strips -ande, so `rådande`
   * (prevailing) has the stem of `råd` (council).
   */
  private addWhole(found: Map<TermRef, WordHit['via']>, word: string, via: WordHit['via']): void {
    const refs = this.whole.get(stem(word));
    for (const ref of refs ?? []) {
      if (ref.letters > 0 && (word.length < ref.letters - 2 || addsParticiple(word, ref.words[0]))) continue;
      if (!found.has(ref) || via === 'word') found.set(ref, via);
    }
    // "frånvaron", "frånvarons": the stemmer removes -n only after a, i, y (see stem.ts).
    const definite = word.endsWith('ns') ? word.slice(0, -2) : word.endsWith('n') ? word.slice(0, -1) : null;
    for (const ref of (definite !== null && this.vowelFinal.get(definite)) || []) if (!found.has(ref) || via === 'word') found.set(ref, via);
  }

  /**
   * Splits a closed compound at every point where both sides have at least `minPartLength`
   * letters and a vowel. The right side is looked up by stem among head terms (it carries the
   * inflection: barn|konsekvensanalysen), the left side by surface form among modifier forms
   * (barnrätts|arbetet, jämställdhets|integrering). A head must begin with the term as written,
   * or with its stem when that stem keeps four letters and all but two of the term (`samer` and
   * `judar` have the stems "sam" and "jud": verk|samheter and erb|juda are no match), must keep all
   * but one letter of the term, and a short head after a verb particle is a verb (upp|rätta).
   */
  private addClosedCompound(found: Map<TermRef, WordHit['via']>, word: string): void {
    const min = this.data.minPartLength;
    const n = word.length;
    if (n < 2 * min) return;
    for (let i = min; i <= n - min; i++) {
      if (!this.headStarts.has(word.slice(i, i + 3))) continue;
      const tail = word.slice(i);
      const refs = this.head.get(stem(tail));
      if (!refs) continue;
      const left = word.slice(0, i);
      if (!VOWEL.test(left)) continue;
      for (const ref of refs) {
        if (tail.length < ref.letters - 1 || addsParticiple(tail, ref.words[0])) continue;
        if (!this.headPrefixes.get(ref)?.some((prefix) => tail.startsWith(prefix))) continue;
        if (ref.letters <= this.data.particleMaxHeadLength && this.particles.has(left)) continue;
        if (!found.has(ref)) found.set(ref, 'compound');
      }
    }
    if (!this.modifierStarts.has(word.slice(0, 3))) return;
    for (let i = 3; i <= n - min; i++) {
      const refs = this.modifier.get(word.slice(0, i));
      if (!refs || !VOWEL.test(word.slice(i))) continue;
      for (const ref of refs) if (!found.has(ref)) found.set(ref, 'compound');
    }
  }

  /** True when a word (an expanded conjunct) is itself a term: used to find a coordination's head. */
  isWholeTerm(word: string): boolean {
    const refs = this.whole.get(stem(word));
    return refs !== undefined && refs.some((ref) => word.length >= ref.letters - 2);
  }

  /** True when the end of a word, from `at`, is a compound head term: `fritids|nämnderna`. */
  isHeadAt(word: string, at: number): boolean {
    const tail = word.slice(at);
    const refs = this.head.get(stem(tail));
    return refs !== undefined && refs.some((ref) => this.headPrefixes.get(ref)?.some((prefix) => tail.startsWith(prefix)));
  }
}

const PARTICIPLE = /[ae]nde(?:s|t|ts|n|na|nas)?$/;
/** The word is a participle (-ande, -ende) and the term is not. */
const addsParticiple = (word: string, term: string) => PARTICIPLE.test(word) && !PARTICIPLE.test(term);

/**
 * Case-sensitive terms: each token must start with the term word's stem as written (inside the
 * token for compounds); a sentence-initial capital is no difference (`Kulturnämnden har…`).
 */
export function caseMatches(ref: TermRef, tokens: Tokens, first: number, whole = true): boolean {
  if (!ref.term.caseSensitive) return true;
  for (let k = 0; k < ref.surface.length; k++) {
    const at = first + k;
    const text = tokens.text(at);
    const word = ref.surface[k];
    const prefix = tokens.isWord(at) ? word.slice(0, Math.max(1, stem(word).length)) : word;
    const texts = tokens.sentenceInitial(at) ? [text, text[0].toLowerCase() + text.slice(1)] : [text];
    if (!texts.some((s) => (whole ? s.startsWith(prefix) : s.includes(prefix)))) return false;
  }
  return true;
}
