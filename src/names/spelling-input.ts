// What the spelling checks take (a spell checker, thresholds, the lexicon's terms) and when two
// words are forms of one word rather than two spellings of it.
import type { SpellChecker } from '../language/hunspell.js';
import { stem } from '../language/stem.js';
import type { AnalysisRules } from '../analyze/rules.js';

export type Checker = Pick<SpellChecker, 'correct' | 'suggest'>;

export interface SpellingInput {
  checker: Checker;
  rules: AnalysisRules['spelling'];
  /** Single-word lexicon terms a rare word may be a misspelling of. */
  terms: readonly string[];
  /** Multi-word names compared as a whole. */
  phrases: readonly string[];
  /** Lower-case words never reported here (concept variants have their own section). */
  skip: ReadonlySet<string>;
}

const INFLECTION = /^(?:s|n|t|e|a|r|en|et|er|ar|or|na|ns|es|as|ts|ens|ets|ers|ars|ors|nas|ena|erna|arna|orna|ande|ende|ernas|arnas|ornas)$/;

/**
 * Two forms of one word: one is the other plus an inflection ending, or (with `byStem`) the two
 * share a stem. A stem is too coarse where the neighbours decide: "Utredda formerna" is a form of
 * utreda, and still the wrong one.
 */
export function inflectionPair(a: string, b: string, byStem = true): boolean {
  if (byStem && stem(a) === stem(b)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) && INFLECTION.test(long.slice(short.length));
}
