// What the organ shapes (organ-shapes.ts) ask of a word form, once per form: the organ ending it
// has ("kulturnämnden": nämnd, definite, prefix "kultur"), a misspelt one ("Kulturnämd"), whether
// it heads a "<Head> för <domain>" name, and whether it ends like an office's unit. Apart from the
// finders so that each file reads in one sitting.
import { WordMemo, type Token, type Tokens } from '../language/index.js';
import type { NameEnding, UnregisteredCues } from './cues.js';
import { BoundedMap } from '../util/bounded-map.js';
import { damerauLevenshtein, nearEnd } from '../util/distance.js';

export interface EndingMatch {
  ending: NameEnding;
  form: 'indefinite' | 'definite' | 'genitive';
  /** The compound's first part, lower case ("kultur", "miljö-"); "" for the bare word. */
  prefix: string;
}

/** The ending `lower` (a lower-case word) has, remembered per word: words repeat. */
export function endingOf(lower: string, endings: readonly NameEnding[]): EndingMatch | null {
  let known = endingCache.get(endings);
  if (!known) endingCache.set(endings, (known = new BoundedMap(ENDING_CACHE_LIMIT)));
  let match = known.get(lower);
  if (match === undefined) {
    match = findEnding(lower, endings);
    known.set(lower, match);
  }
  return match;
}

const endingCache = new WeakMap<readonly NameEnding[], Map<string, EndingMatch | null>>();

/** `endingOf` the token's word without a conjunct's hyphen, remembered by the word's number. */
export function endingOfToken(t: Token, endings: readonly NameEnding[]): EndingMatch | null {
  if (t.trailingHyphen) return endingOf(bareNorm(t), endings);
  return endingOfWord(t.word, t.norm, endings);
}

/** `endingOfToken` of token `i`, from the cells. */
export function endingOfCell(tokens: Tokens, i: number, endings: readonly NameEnding[]): EndingMatch | null {
  if (tokens.trailingHyphen(i)) return endingOf(tokens.norm(i).slice(0, -1), endings);
  return endingOfWord(tokens.word(i), tokens.norm(i), endings);
}

function endingOfWord(word: number, norm: string, endings: readonly NameEnding[]): EndingMatch | null {
  let known = tokenEndingCache.get(endings);
  if (!known) tokenEndingCache.set(endings, (known = new WordMemo()));
  let match = known.get(word);
  if (match === undefined) {
    match = endingOf(norm, endings);
    known.set(word, match);
  }
  return match;
}

const tokenEndingCache = new WeakMap<readonly NameEnding[], WordMemo<EndingMatch | null>>();
const ENDING_CACHE_LIMIT = 100_000;

function findEnding(lower: string, endings: readonly NameEnding[]): EndingMatch | null {
  return exactEnding(lower, endings) ?? misspeltEnding(lower, endings);
}

/** "Kulturnämd", "Kommunstyrelssen": a compound of three letters or more and a head one letter off. */
function misspeltEnding(lower: string, endings: readonly NameEnding[]): EndingMatch | null {
  for (const { ending, kinds, forms, others } of misspeltForms(endings)) {
    if (!firstLetterWhereNear(lower, forms)) continue;
    const near = nearEnd(lower, forms, others);
    if (near && !/-$/.test(near.prefix)) return { ending, form: kinds.get(near.form)!, prefix: near.prefix };
  }
  return null;
}

/**
 * Whether one of `forms` could be what `nearEnd` finds at the end of `lower`: its first letter
 * where an end one letter shorter, as long or one longer would start after three letters. Most
 * words have none, and are answered without `nearEnd`'s copies of their ends.
 */
function firstLetterWhereNear(lower: string, forms: readonly string[]): boolean {
  for (const form of forms) {
    if (form.length < 4) continue;
    const first = form.charCodeAt(0);
    for (let at = lower.length - form.length - 1; at <= lower.length - form.length + 1; at++) if (at >= 3 && lower.charCodeAt(at) === first) return true;
  }
  return false;
}

interface MisspeltForms {
  ending: NameEnding;
  /** Each form's kind, in the order `nearEnd` tries them: definite, indefinite, genitives. */
  kinds: Map<string, EndingMatch['form']>;
  forms: string[];
  others: Set<string>;
}

/** The endings with `otherForms`, their forms and kinds made once: asked of every new word. */
function misspeltForms(endings: readonly NameEnding[]): MisspeltForms[] {
  let list = misspeltFormLists.get(endings);
  if (!list) {
    list = endings
      .filter((ending) => ending.otherForms)
      .map((ending) => {
        const kinds = new Map<string, EndingMatch['form']>([
          [ending.definite, 'definite'],
          [ending.indefinite, 'indefinite'],
          ...ending.genitives.map((g): [string, EndingMatch['form']] => [g, 'genitive']),
        ]);
        return { ending, kinds, forms: [...kinds.keys()], others: new Set(ending.otherForms) };
      });
    misspeltFormLists.set(endings, list);
  }
  return list;
}

const misspeltFormLists = new WeakMap<readonly NameEnding[], MisspeltForms[]>();

function exactEnding(lower: string, endings: readonly NameEnding[]): EndingMatch | null {
  let best: EndingMatch | null = null;
  let bestLength = 0;
  for (const { ending, form, kind } of exactForms(endings)) {
    if (form.length <= bestLength || !lower.endsWith(form)) continue;
    const prefix = lower.slice(0, lower.length - form.length);
    // "bolagsstyrelse" is a compound; "HR-förvaltningen" too; "-nämnden" alone is not a name.
    if (prefix !== '' && !/\p{L}{2}-?$/u.test(prefix)) continue;
    best = { ending, form: kind, prefix };
    bestLength = form.length;
  }
  return best;
}

/** Every ending's forms in the order `exactEnding` tries them (indefinite, definite, genitives), made once: asked of every new word. */
function exactForms(endings: readonly NameEnding[]): { ending: NameEnding; form: string; kind: EndingMatch['form'] }[] {
  let list = exactFormLists.get(endings);
  if (!list) {
    list = endings.flatMap((ending) => [
      { ending, form: ending.indefinite, kind: 'indefinite' as const },
      { ending, form: ending.definite, kind: 'definite' as const },
      ...ending.genitives.map((g) => ({ ending, form: g, kind: 'genitive' as const })),
    ]);
    exactFormLists.set(endings, list);
  }
  return list;
}

const exactFormLists = new WeakMap<readonly NameEnding[], { ending: NameEnding; form: string; kind: EndingMatch['form'] }[]>();

/** Definite form → the first ending that heads "<Head> för <domain>" with it: one look-up per word. */
function forNameHeads(endings: readonly NameEnding[]): Map<string, NameEnding> {
  let heads = forNameCache.get(endings);
  if (!heads) {
    heads = new Map();
    for (const e of endings) if (e.forName && !heads.has(e.definite)) heads.set(e.definite, e);
    forNameCache.set(endings, heads);
  }
  return heads;
}

const forNameCache = new WeakMap<readonly NameEnding[], Map<string, NameEnding>>();

/**
 * "Nämden" of "Nämden för Teknik": a head one edit off a definite head that has `otherForms` (so the
 * words of their own one edit off it, "nämnder", "nämnde", are known and are no head).
 */
function misspeltForNameHead(lower: string, endings: readonly NameEnding[]): NameEnding | undefined {
  return endings.find(
    (e) =>
      e.forName &&
      e.otherForms !== undefined &&
      Math.abs(lower.length - e.definite.length) <= 1 &&
      lower[0] === e.definite[0] &&
      lower !== e.indefinite &&
      !e.genitives.includes(lower) &&
      !e.otherForms.includes(lower) &&
      damerauLevenshtein(lower, e.definite, 1) === 1,
  );
}

/** What the organ shapes ask of a word form, once per form (the word's number): most words are asked in every passage. */
export interface WordFacts {
  /** The ending a "<Head> för" name has this word as its head, spelt right. */
  head: NameEnding | undefined;
  /** The ending a head one edit off this word belongs to ("Nämden"). */
  misspeltHead: NameEnding | undefined;
  /** `unitEnding` of the word. */
  unit: boolean | null;
  /** `endingOf` the word. */
  ending: EndingMatch | null;
}

export function wordFacts(t: Token, cues: UnregisteredCues, known: WordMemo<WordFacts> = wordFactsOf(cues)): WordFacts {
  let facts = known.get(t.word);
  if (facts === undefined) {
    facts = {
      head: forNameHeads(cues.endings).get(t.norm),
      misspeltHead: misspeltForNameHead(t.norm, cues.endings),
      unit: unitEnding(t.norm, cues.units),
      ending: endingOf(t.norm, cues.endings),
    };
    known.set(t.word, facts);
  }
  return facts;
}

/** The memo of `wordFacts` for these cues. */
export function wordFactsOf(cues: UnregisteredCues): WordMemo<WordFacts> {
  let known = wordFactsCache.get(cues);
  if (!known) wordFactsCache.set(cues, (known = new WordMemo()));
  return known;
}

const wordFactsCache = new WeakMap<UnregisteredCues, WordMemo<WordFacts>>();

/**
 * Whether `lower` ends in one of the unit endings (definite "familjeomsorgen": false; genitive
 * "familjeomsorgens", "IFO:s"-style "omsorgen:s": true), or null when it ends in none.
 */
export function unitEnding(lower: string, units: readonly string[]): boolean | null {
  let forms = unitForms.get(units);
  if (!forms)
    unitForms.set(
      units,
      (forms = units.flatMap((u): Array<[string, boolean]> => [
        [u, false],
        [`${u}s`, true],
        [`${u}:s`, true],
      ])),
    );
  for (const [form, genitive] of forms) if (lower.endsWith(form)) return genitive;
  return null;
}

/** Per list of units, each ending with whether it is a genitive: made once, asked of every word. */
const unitForms = new WeakMap<readonly string[], Array<[string, boolean]>>();

/** A token's lower-case word without a conjunct's hyphen. */
export function bareNorm(t: Token): string {
  return t.trailingHyphen ? t.norm.slice(0, -1) : t.norm;
}
