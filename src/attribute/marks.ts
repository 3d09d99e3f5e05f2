// Which of attribution's finders may start at a word, decided once per word form (its number,
// word-ids.ts) and read in one walk over a passage's tokens. Most passages hold none of these
// words: each finder then looks only at the tokens marked for it, not at every token of every
// passage (four walks, each with its own look-up per word, before the marks).
import { WordMemo, type Token, type Tokens } from '../language/index.js';

/** A word an organ shape may start at (organ-shapes.ts: a company word, a "för" name's head, an organ's or a unit's ending). */
export const MAY_SHAPE = 1;
/** A word ending like a university or a court (external-bodies.ts). */
export const MAY_EXTERNAL_ENDING = 2;
/** The first word of a generic phrase, a distributive or an anaphor (cue-phrases.ts). */
export const MAY_CUE = 4;
/** A standard organ's short form or word ("KS", "fullmäktige"; document-organs.ts). */
export const MAY_ALIAS = 8;
/** A provider cue ("utförare", "privata"): a company in its sentence is no city company (organ-shapes.ts). */
export const MAY_PROVIDER = 16;

const SHIFT = 5;

/**
 * What each finder may start at, per word form. `bitsOf` reads only the token's `norm` (and its
 * number, for the finders' own memos): one number may be a word's and a case number's, and a
 * word's forms in other cases share it. So the bits are a superset: each finder still checks the
 * token it is given, exactly as it checked every token before.
 */
export interface WordMarker {
  bitsOf(t: Token): number;
  known: WordMemo<number>;
}

/** The marked tokens of a passage, in token order, each `index << 5 | bits`; one shared empty array when none is. */
export type WordMarks = readonly number[];

const NONE: WordMarks = [];

/** The passage's tokens that any finder may start at: the one walk over its tokens. */
export function markWords(tokens: Tokens, marker: WordMarker): WordMarks {
  let marks: number[] | null = null;
  const known = marker.known;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens.word(i);
    let bits = known.get(word);
    // A token object only for a word form's first sight.
    if (bits === undefined) known.set(word, (bits = marker.bitsOf(tokens.at(i))));
    if (bits !== 0) (marks ??= []).push((i << SHIFT) | bits);
  }
  return marks ?? NONE;
}

/** Whether any token is marked with `bit`. */
export function anyMarked(marks: WordMarks, bit: number): boolean {
  for (let m = 0; m < marks.length; m++) if ((marks[m] & bit) !== 0) return true;
  return false;
}

/** How many steps a finder's walk over a passage takes: each token without marks, each mark with them. */
export function walkSteps(tokens: Tokens, marks: WordMarks | undefined): number {
  return marks === undefined ? tokens.length : marks.length;
}

/** The token index at step `n` of that walk, or -1 where the step's mark is not for `bit`. */
export function stepToken(n: number, marks: WordMarks | undefined, bit: number): number {
  if (marks === undefined) return n;
  return (marks[n] & bit) === 0 ? -1 : marks[n] >> SHIFT;
}

/** The token index of a mark. */
export function markedIndex(mark: number): number {
  return mark >> SHIFT;
}
