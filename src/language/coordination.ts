// Coordinated compounds: "barnrätts-, jämställdhets-, minoritets- och HBTQIA+-perspektiven" names
// four perspectives; "kultur- och fritidsnämnderna" two committees. Each conjunct ending in a
// hyphen borrows the head of the last conjunct.
import type { LanguageData } from './data.js';
import { hasBlankLine } from './negation.js';
import type { Tokens } from './tokenize.js';

export interface Coordination {
  /** Token indices of the conjuncts that end in a hyphen, in order. */
  conjuncts: number[];
  /** Token index of the last conjunct, the one that carries the shared head. */
  last: number;
}

export interface Expansion {
  /** Token index of the conjunct. */
  token: number;
  /** The conjunct completed with the shared head, lower-cased: "barnrättsperspektiven". */
  word: string;
}

/**
 * Finds coordinations: one or more hyphen conjuncts, separated by commas, slashes or
 * conjunctions, then a conjunction (or slash) and an ordinary word. "Hälsa-, vård och
 * omsorgsnämnden" (a misspelling in the seeds) is no coordination: only a comma separates
 * "vård" from the hyphen conjunct, so nothing is expanded and the registry's variant decides.
 * Given the text, a coordination does not cross a blank line.
 */
export function findCoordinations(tokens: Tokens, data: LanguageData['coordination'], text?: string): Coordination[] {
  const found: Coordination[] = [];
  let words: CoordinationWords | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!isConjunct(tokens, i)) continue;
    const { conjunctions, punctuation } = (words ??= coordinationWords(data));
    const conjuncts = [i];
    let j = i + 1;
    for (;;) {
      let separated = false;
      let joined = false;
      while (j < tokens.length) {
        if (text !== undefined && hasBlankLine(text, tokens.end(j - 1), tokens.start(j))) break;
        if (tokens.isPunct(j) && punctuation.has(tokens.text(j))) {
          separated = true;
          if (tokens.text(j) === '/') joined = true;
        } else if (tokens.isWord(j) && !tokens.trailingHyphen(j) && conjunctions.has(tokens.norm(j))) {
          separated = joined = true;
        } else break;
        j++;
      }
      if (!separated || j >= tokens.length || !tokens.isWord(j)) break;
      if (text !== undefined && hasBlankLine(text, tokens.end(j - 1), tokens.start(j))) break;
      if (tokens.trailingHyphen(j)) {
        conjuncts.push(j++);
        continue;
      }
      if (joined) found.push({ conjuncts, last: j });
      break;
    }
    i = conjuncts[conjuncts.length - 1];
  }
  return found;
}

interface CoordinationWords {
  conjunctions: ReadonlySet<string>;
  punctuation: ReadonlySet<string>;
}

/** The sets of each language data's lists, made once: this runs for every passage, and most have no conjunct. */
const wordSets = new WeakMap<LanguageData['coordination'], CoordinationWords>();

function coordinationWords(data: LanguageData['coordination']): CoordinationWords {
  let words = wordSets.get(data);
  if (words === undefined) wordSets.set(data, (words = { conjunctions: new Set(data.conjunctions), punctuation: new Set(data.punctuation) }));
  return words;
}

const isConjunct = (tokens: Tokens, i: number) => tokens.isWord(i) && tokens.trailingHyphen(i) && tokens.norm(i).length > 1;

/**
 * Where the shared head starts in the last conjunct. After an inner hyphen it is certain
 * (HBTQIA+-|perspektiven); otherwise `chooseSplit` decides (the matcher tries split points and
 * keeps the one whose expansions are lexicon terms); without one there is no expansion.
 */
export type SplitChooser = (last: string, conjuncts: string[]) => number | null;

/** Expands a coordination into one word per conjunct, the last conjunct included as it stands. */
export function expandCoordination(tokens: Tokens, coordination: Coordination, chooseSplit?: SplitChooser): Expansion[] | null {
  const last = tokens.norm(coordination.last);
  const stems = coordination.conjuncts.map((index) => tokens.norm(index).slice(0, -1));
  const hyphen = last.lastIndexOf('-');
  const split = hyphen > 0 ? hyphen + 1 : (chooseSplit?.(last, stems) ?? null);
  if (split === null) return null;
  const head = last.slice(split);
  const expansions = coordination.conjuncts.map((token, k) => ({ token, word: stems[k] + head }));
  expansions.push({ token: coordination.last, word: last });
  return expansions;
}
