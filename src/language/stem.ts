// Swedish stemming: natural's PorterStemmerSv plus a small post-step that closes its gaps.
//
// Never `import 'natural'`: its index loads storage back-ends whose dotenv prints to stdout and
// corrupts JSON output. The Swedish stemmer module itself only needs a stop-word list.
import { createRequire } from 'node:module';
import { BoundedMap } from '../util/bounded-map.js';

type Stemmer = { stem(word: string): string };
let stemmer: Stemmer | undefined;
/** Loaded on the first word: a run whose findings come from the cache stems nothing. */
const porterSv = (): Stemmer => (stemmer ??= createRequire(import.meta.url)('natural/lib/natural/stemmers/porter_stemmer_sv.js') as Stemmer);

/** Bound on the memo so a long-running process does not grow without limit. */
const MEMO_LIMIT = 500_000;
/** Distinct lower-cased words seen so far → stem. Stemming is the hot spot of matching. */
const memo = new BoundedMap<string, string>(MEMO_LIMIT);

/**
 * Gaps found by running PorterStemmerSv on the seeds' vocabulary (see test/language/stem.test.ts):
 * - one pass is not idempotent across inflections: `jämställdhet` → jämställd but `jämställdhets`
 *   → jämställdhet, `konsekvensanalys` → konsekvensanaly but `konsekvensanalysen` →
 *   konsekvensanalys. Re-stemming to a fixpoint makes all forms meet.
 * - the neuter definite `-et` is missing (`valet`, `könet`, `rådet`, `perspektivet`, `barnets`).
 * - the definite `-n` after a vowel is missing (`hälsan`, `demokratin`, `policyn`).
 * - the genitive `-s` is only removed after some consonants (`Malmös`, `demokratis`).
 * - a double consonant left by removing `-et` stays (`programmet` → programm, not program);
 *   shortening it in words of six letters or more makes them meet. Not in shorter ones: `samma`
 *   would become "sam", the stem of `samer`.
 * The extra rules run only once natural's stemmer has nothing left to remove, so its own suffix
 * list keeps priority (`jämställdhets` → jämställdhet → jämställd, not jämställdh).
 */
function closeGaps(word: string): string {
  let current = word;
  for (let round = 0; round < 8; round++) {
    let next = porterSv().stem(current);
    if (next === current) next = removeMissingSuffix(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

function removeMissingSuffix(word: string): string {
  const n = word.length;
  if (n >= 5 && word.endsWith('et')) return word.slice(0, -2);
  if (n >= 5 && /[aiy]n$/.test(word)) return word.slice(0, -1);
  if (n >= 4 && /[aeiuåäö]s$/.test(word)) return word.slice(0, -1);
  if (n >= 6 && word.charCodeAt(n - 1) === word.charCodeAt(n - 2) && !/[aeiouyåäö]$/.test(word)) {
    return word.slice(0, -1);
  }
  return word;
}

/**
 * Stem of one word, lower-cased. Abbreviation inflection after a colon is dropped (`PI:s` → pi,
 * `FN:s` → fn); in hyphenated words only the last part inflects, so only it is stemmed
 * (`MR-programmets` → mr-program). Memoized per distinct input.
 */
export function stem(word: string): string {
  let cached = memo.get(word);
  if (cached !== undefined) return cached;
  let lower = word.toLowerCase();
  const colon = lower.lastIndexOf(':');
  if (colon > 0) lower = lower.slice(0, colon);
  const hyphen = lower.lastIndexOf('-');
  if (hyphen >= 0) {
    cached = lower.slice(0, hyphen + 1) + (hyphen + 1 < lower.length ? stemPlain(lower.slice(hyphen + 1)) : '');
  } else {
    cached = stemPlain(lower);
  }
  memo.set(word, cached);
  return cached;
}

/** The stemmer's regions only know a–ö; words with other characters (HBTQIA+, 2023b) stay as they are. */
function stemPlain(lower: string): string {
  return /^[a-zåäöéü]+$/.test(lower) ? closeGaps(lower) : lower;
}
