// Stock text that looks like coverage but is not ("Ärendet bedöms inte påverka barn"): phrases
// from lexicons/boilerplate.yaml, found literally (case, spacing and punctuation aside), since
// stock text is copied, not paraphrased.
import { WordMemo, type Tokens } from '../language/index.js';
import type { BoilerplatePhrase, Passage } from '../types.js';

export interface BoilerplateMatcher {
  /** ID of the first phrase `text` contains, or null. */
  find(text: string): string | null;
  /** `find(text)` given the text's tokens (`tokenize(text)`): most texts are ruled out by their words, without a scan. */
  findInTokens(text: string, tokens: Tokens): string | null;
}

/** Lower case, every run of non-letters and non-digits one space, padded so words stay whole. */
function normalize(text: string): string {
  return normalizeLowered(text.toLowerCase());
}

function normalizeLowered(lower: string): string {
  return ` ${lower
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

export function compileBoilerplate(phrases: readonly BoilerplatePhrase[]): BoilerplateMatcher {
  const normalized = phrases
    .map((p) => ({ id: p.id, text: normalize(p.text) }))
    .filter((p) => p.text.trim() !== '')
    .map((p) => ({ ...p, keys: asciiRuns(p.text) }));
  // Each phrase's longest key (letters a-z only, nothing to escape), all in one pattern: one scan
  // rejects most passages. A phrase without keys makes it match everything, as it must.
  if (normalized.length === 0) return { find: () => null, findInTokens: () => null };
  const firstKeys = normalized.map((p) => p.keys[0] ?? '');
  const anyFirstKey = new RegExp(firstKeys.map(caseless).join('|'), 'i');
  const firstKeysIn = keyFinder(firstKeys);
  /** The phrases (by index) `text` contains, the first one's ID; `maybe(i)` false rules phrase i out beforehand. */
  const firstIn = (text: string, maybe: (i: number) => boolean): string | null => {
    // Most passages lack some word of every phrase: they skip the lower-case copy, NFC and the
    // Unicode regex, the costly part. (One word per phrase is not enough: "verksamhet" is in
    // every other passage.)
    if (!anyFirstKey.test(text)) return null;
    const lower = text.toLowerCase();
    // One scan for the first keys the text has, instead of a search per phrase.
    const present = firstKeysIn(lower);
    let haystack: string | null = null;
    for (let i = 0; i < normalized.length; i++) {
      const phrase = normalized[i];
      if (!maybe(i) || !present.has(firstKeys[i]) || !phrase.keys.every((key) => lower.includes(key))) continue;
      haystack ??= normalizeLowered(lower);
      if (haystack.includes(phrase.text)) return phrase.id;
    }
    return null;
  };
  const clues = phraseClues(normalized.map((p) => p.text));
  // Per passage, the clues its words hold, stamped with the passage's number: no clearing between passages.
  const seenIn = new Uint32Array(clues.words.length);
  let stamp = 0;
  const cluesOf = new WordMemo<readonly number[]>();
  return {
    find: (text) => firstIn(text, () => true),
    findInTokens(text, tokens) {
      if (++stamp === 0xffffffff) {
        seenIn.fill(0);
        stamp = 1;
      }
      let any = false;
      for (let t = 0; t < tokens.length; t++) {
        const word = tokens.word(t);
        let found = cluesOf.get(word);
        if (found === undefined) cluesOf.set(word, (found = clues.inWord(tokens.norm(t))));
        for (let k = 0; k < found.length; k++) seenIn[found[k]] = stamp;
        any ||= found.length > 0;
      }
      if (!any && !clues.unclued) return null;
      const maybe = (i: number) => clues.ofPhrase[i].every((clue) => seenIn[clue] === stamp);
      for (let i = 0; i < normalized.length; i++) if (maybe(i)) return firstIn(text, maybe);
      return null;
    },
  };
}

/** Letters a clue word may have: the tokenizer keeps each in a word, and lower-casing and NFC leave them be. */
const CLUE_WORD = /^[a-zß-öø-ÿ]{3,}$/;
/** Clue words per phrase: its longest, the likeliest missing. */
const CLUES_PER_PHRASE = 3;

interface PhraseClues {
  /** Every phrase's clue words, each once. */
  words: string[];
  /** Per phrase, the indices of its clue words. */
  ofPhrase: number[][];
  /** Some phrase has no clue word: a passage without clues may still hold it. */
  unclued: boolean;
  /** The clue words inside one token's norm. */
  inWord(norm: string): readonly number[];
}

/**
 * Words of each normalized phrase that every passage containing the phrase has inside one of its
 * tokens' norms: a word of the normalized text (a run of letters and digits) lies inside one token,
 * since the tokenizer cuts a run of such letters only where a digit begins or ends (then the run
 * has a digit and is no clue word), drops only a soft hyphen from a norm (which the normalized text
 * makes a space: "påver ka" against the token "påverka", still inside), and lower-cases and composes
 * each word as the whole text is. So a passage lacking a clue of every phrase has none of them.
 */
function phraseClues(phrases: readonly string[]): PhraseClues {
  const words: string[] = [];
  const ofPhrase = phrases.map((text) => {
    const candidates = [...new Set(text.trim().split(' '))].filter((w) => CLUE_WORD.test(w));
    return candidates
      .sort((a, b) => b.length - a.length)
      .slice(0, CLUES_PER_PHRASE)
      .map((word) => {
        const at = words.indexOf(word);
        return at >= 0 ? at : words.push(word) - 1;
      });
  });
  const shortest = Math.min(...words.map((w) => w.length));
  // The clues a word holds, overlaps included, in one scan (as keyFinder): most words hold none.
  const anyClue = words.length === 0 ? null : new RegExp([...words].sort((a, b) => b.length - a.length).join('|'));
  const none: readonly number[] = [];
  return {
    words,
    ofPhrase,
    unclued: ofPhrase.some((clues) => clues.length === 0),
    inWord: (norm) => {
      if (anyClue === null || norm.length < shortest || !anyClue.test(norm)) return none;
      const inside: number[] = [];
      for (let k = 0; k < words.length; k++) if (norm.includes(words[k])) inside.push(k);
      return inside;
    },
  };
}

/**
 * A function giving the keys a lower-cased text contains, overlaps included, in one scan: keys
 * tried longest first, the scan resumed one character after each match, and a match also finding
 * the keys inside it (a shorter key starting where a longer one matched is its prefix).
 */
function keyFinder(keys: readonly string[]): (lower: string) => Set<string> {
  const distinct = [...new Set(keys)].sort((a, b) => b.length - a.length);
  const inside = new Map(distinct.map((key) => [key, distinct.filter((other) => key.includes(other))]));
  const anyKey = new RegExp(distinct.join('|'), 'g');
  return (lower) => {
    const found = new Set<string>();
    anyKey.lastIndex = 0;
    for (let m = anyKey.exec(lower); m !== null; m = anyKey.exec(lower)) {
      for (const key of inside.get(m[0])!) found.add(key);
      anyKey.lastIndex = m.index + 1;
    }
    return found;
  };
}

/**
 * The runs of ASCII letters in a normalized phrase, longest (likeliest to be missing) first. A
 * text whose normal form contains the phrase has each run in its lower case already: NFC makes
 * no ASCII letter out of another character (the Kelvin sign, the one that would, is lowered to
 * "k" before) and puts nothing between two, and the collapsing regex keeps letters. So a text
 * without one of the runs cannot contain the phrase, and need not be normalized.
 */
function asciiRuns(phrase: string): string[] {
  return (phrase.match(/[a-z]+/g) ?? []).sort((a, b) => b.length - a.length);
}

/**
 * A key as a pattern that, with the `i` flag and without `u`, finds it in a text exactly where the
 * text's `toLowerCase()` has it: such a pattern letter matches only its two ASCII cases, so the two
 * characters outside ASCII that lower-case to an ASCII letter are added: the Kelvin sign (to "k")
 * and "İ" (to "i" and a combining dot, so only as a key's last letter).
 */
function caseless(key: string): string {
  const source = key.replaceAll('k', '[k\\u212a]');
  return source.endsWith('i') ? `${source.slice(0, -1)}[i\\u0130]` : source;
}

/** ID given to a heading with nothing at all under it (see `findBoilerplate`). */
export const EMPTY_HEADING = 'tom-rubrik';
/** ID given to a heading whose section only dismisses ("Barnkonsekvensanalys" / "Beslutet bedöms inte påverka barn"). */
export const DISMISSED_HEADING = 'avfardad-rubrik';

/**
 * The boilerplate ID of every passage, given the phrase each contains (`find`, or `findInTokens`
 * while a caller reads the tokens anyway; null for none): a passage containing a phrase; and an
 * empty consequence heading, i.e. a heading whose section (up to the next heading of its level or
 * higher) holds only boilerplate ("Barnkonsekvensanalys" answered "Ej aktuellt": the body's ID) or
 * nothing at all (`tom-rubrik`), or only boilerplate and dismissals (`avfardad-rubrik`: the
 * template's heading is no coverage, and the dismissal below it keeps its own negated tags). Only
 * headings with tags are marked, as only they could pass for coverage.
 */
export function findBoilerplate(
  passages: readonly Passage[],
  phrases: readonly (string | null)[],
  tagged: (i: number) => boolean,
  dismissed: (i: number) => boolean = () => false,
): (string | null)[] {
  const result = [...phrases];
  passages.forEach((p, i) => {
    if (p.kind !== 'heading' || result[i] !== null || !tagged(i)) return;
    const body: number[] = [];
    for (let j = i + 1; j < passages.length; j++) {
      const next = passages[j];
      if (next.kind === 'heading' && (next.level ?? 1) <= (p.level ?? 1)) break;
      // A subsection under it: the heading has more than boilerplate below. (Stopping here, not at
      // the section's end, keeps a long run of nested headings from being read once per heading.)
      if (next.kind === 'heading') return;
      body.push(j);
    }
    if (body.length === 0) result[i] = EMPTY_HEADING;
    else if (body.every((k) => result[k] !== null)) result[i] = result[body[0]];
    else if (body.every((k) => result[k] !== null || dismissed(k))) result[i] = DISMISSED_HEADING;
  });
  return result;
}
