// Keyness: which words rose or fell between corpora, by Dunning's log-likelihood G² with the log
// ratio as effect size (Hardie 2014, "Log Ratio – an informal introduction"). Words are counted by
// stem, so "klarspråk", "klarspråket" and "klarspråkets" are one term.
import { stem } from '../language/stem.js';
import type { LanguageData } from '../language/data.js';
import { tokenize } from '../language/tokenize.js';
import { KEYNESS_STOP_WORDS } from '../language/stopwords.js';
import { logLikelihood } from '../util/log-likelihood.js';

export { logLikelihood };

/** Word counts of one corpus, by stem. */
export interface TermCounts {
  /** Running words counted (stop words and numbers excluded). */
  total: number;
  counts: Map<string, number>;
  /** Surface forms seen for each stem, lower-cased, with their counts: for display. */
  forms: Map<string, Map<string, number>>;
}

export interface KeyTerm {
  /** The most frequent surface form over all corpora. */
  term: string;
  stem: string;
  /** Occurrences in each corpus, in corpus order. */
  counts: number[];
  /** Occurrences per 10 000 counted words, in corpus order. */
  perTenThousand: number[];
  /** Dunning's G² over the term × corpus table; 3.84 ≈ p < 0.05, 6.63 ≈ p < 0.01, 15.13 ≈ p < 0.0001 (1 df). */
  g2: number;
  /** log2 of relative frequency in the last corpus over the first; 0 counts taken as 0.5. */
  logRatio: number;
  /** From the first corpus to the last. */
  direction: 'up' | 'down';
}

export interface KeynessOptions {
  /** Least total occurrences over all corpora for a term to be tested. Default 5. */
  minFrequency?: number;
  /** Least G² reported. Default 6.63 (p < 0.01 at one degree of freedom). */
  minG2?: number;
  /** Least |log ratio| reported. Default 0. */
  minLogRatio?: number;
}

export const DEFAULT_KEYNESS: Required<KeynessOptions> = { minFrequency: 5, minG2: 6.63, minLogRatio: 0 };

export function emptyCounts(): TermCounts {
  return { total: 0, counts: new Map(), forms: new Map() };
}

/**
 * Adds the words of `text` to `into`: stop words, numbers, one-letter words and words with digits
 * are skipped. `language` is the swedish.yaml to tokenize with (default the bundled one).
 */
export function countTerms(text: string, into: TermCounts = emptyCounts(), language?: LanguageData): TermCounts {
  for (const token of tokenize(text, language)) {
    if (token.kind !== 'word' || token.trailingHyphen) continue;
    const word = token.norm;
    if (word.length < 2 || /\d/.test(word) || KEYNESS_STOP_WORDS.has(word)) continue;
    const key = stem(word);
    into.total++;
    into.counts.set(key, (into.counts.get(key) ?? 0) + 1);
    let forms = into.forms.get(key);
    if (!forms) into.forms.set(key, (forms = new Map()));
    forms.set(word, (forms.get(word) ?? 0) + 1);
  }
  return into;
}

/** Hardie's log ratio between two corpora, with zero counts replaced by 0.5 so it stays finite. */
export function logRatio(countA: number, totalA: number, countB: number, totalB: number): number {
  if (totalA === 0 || totalB === 0) return 0;
  return Math.log2(Math.max(countB, 0.5) / totalB / (Math.max(countA, 0.5) / totalA));
}

/**
 * The terms whose frequency differs between the corpora, most significant first (ties: larger
 * effect, then alphabetical). The effect and direction are taken from the first corpus to the last.
 */
export function keyness(corpora: readonly TermCounts[], options: KeynessOptions = {}): KeyTerm[] {
  const o = { ...DEFAULT_KEYNESS, ...options };
  if (corpora.length < 2) return [];
  const totals = corpora.map((c) => c.total);
  const first = 0;
  const last = corpora.length - 1;
  const stems = new Set(corpora.flatMap((c) => [...c.counts.keys()]));
  const out: KeyTerm[] = [];
  for (const key of stems) {
    const counts = corpora.map((c) => c.counts.get(key) ?? 0);
    if (counts.reduce((a, b) => a + b, 0) < o.minFrequency) continue;
    const g2 = logLikelihood(counts, totals);
    const ratio = logRatio(counts[first], totals[first], counts[last], totals[last]);
    if (g2 < o.minG2 || Math.abs(ratio) < o.minLogRatio || ratio === 0) continue;
    out.push({
      term: displayForm(corpora, key),
      stem: key,
      counts,
      perTenThousand: counts.map((n, i) => (totals[i] > 0 ? round((n / totals[i]) * 10_000, 2) : 0)),
      g2: round(g2, 2),
      logRatio: round(ratio, 2),
      direction: ratio > 0 ? 'up' : 'down',
    });
  }
  return out.sort((a, b) => b.g2 - a.g2 || Math.abs(b.logRatio) - Math.abs(a.logRatio) || a.term.localeCompare(b.term, 'sv'));
}

function displayForm(corpora: readonly TermCounts[], key: string): string {
  const total = new Map<string, number>();
  for (const c of corpora) for (const [form, n] of c.forms.get(key) ?? []) total.set(form, (total.get(form) ?? 0) + n);
  return [...total].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'sv'))[0]?.[0] ?? key;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
