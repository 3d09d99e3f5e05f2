// Words that look like a misspelling of a neighbour but are words of their own: Swedish compounds
// Hunspell does not know (delår = del + år, ombudget = om + budget), abbreviations (löpnr, dnr) and
// people's names (Eirik beside Erik). Such a pair is a spelling variant only when the context says so.

import { SNOWBALL_SV_STOP_WORDS } from '../language/stopwords.js';
import { capitalized } from '../util/swedish.js';

const VOWEL = /[aeiouyåäöéü]/;
/** A compound does not end in a function word: "sammanträd" + "det" is a slip, not a compound. */
const FUNCTION_WORDS = new Set(SNOWBALL_SV_STOP_WORDS);

/**
 * Abbreviations that end a compound (löpnr, ärendenr, avd.chef is not one word): the tokenizer's
 * list without its dots, two letters or more. Data would be better; these are the ones the
 * sentence splitter already knows.
 */
const ABBREVIATION_ENDINGS = ['nr', 'dnr', 'kap', 'ca', 'resp', 'enl', 'sid', 'kl', 'tel', 'avd', 'st', 'kr', 'tkr', 'mkr', 'proc', 'ref', 'bil'];

/** No vowel (ssk, dnr, kf), or a word followed by a known abbreviation (löpnr, ärendenr). */
export function isAbbreviation(word: string, correct: (w: string) => boolean): boolean {
  const lower = word.toLowerCase();
  if (!VOWEL.test(lower)) return true;
  return ABBREVIATION_ENDINGS.some((end) => {
    const head = lower.slice(0, -end.length);
    return lower.endsWith(end) && head.length >= 2 && VOWEL.test(head) && correct(head);
  });
}

/**
 * A compound of two words Hunspell accepts, the first possibly with a linking -s or -e dropped
 * (delår, ombudget, vårdnämnd). Each part has two letters or more and a vowel, and the last is
 * not a function word.
 */
export function isCompoundOfWords(word: string, correct: (w: string) => boolean): boolean {
  const lower = word.toLowerCase();
  for (let i = 2; i <= lower.length - 2; i++) {
    const head = lower.slice(0, i);
    const tail = lower.slice(i);
    if (!VOWEL.test(head) || !VOWEL.test(tail) || FUNCTION_WORDS.has(tail) || !correct(tail)) continue;
    if (correct(head) || (head.endsWith('s') && head.length > 3 && correct(head.slice(0, -1)))) return true;
  }
  return false;
}

/**
 * A person's (or place's) name: Hunspell accepts it only with a capital (Erik), or every time it
 * is written it starts with a capital and is not all capitals.
 */
export function isName(forms: Iterable<string>, correct: (w: string) => boolean): boolean {
  const written = [...forms];
  if (written.length === 0) return false;
  const lower = written[0].toLowerCase();
  const capital = capitalized(lower);
  if (!correct(lower) && correct(capital) && capital !== lower) return true;
  return written.every((f) => /^\p{Lu}/u.test(f) && f !== f.toUpperCase());
}
