// The three cue-word lists of attribution found in one scan of a passage's tokens: generic
// phrases ("nämnder och bolag"), distributive plurals ("nämnderna") and anaphors ("nämnden").
import type { Tokens } from '../language/index.js';
import type { Span } from '../types.js';
import { anaphorWords } from './anaphora.js';
import type { AttributionCues } from './cues.js';
import { anyMarked, MAY_CUE, type WordMarks } from './marks.js';
import { findPhrases, noPhrasesFound, startsPhrase } from './words.js';

type Found = readonly (readonly Span[])[];

export interface CuePhrases {
  /** Per generic phrase, in list order, where it occurs. */
  generic: Found;
  /** Per distributive word. */
  distributive: Found;
  /** Per anaphor word, in the order of `anaphorWords(cues.anaphors).words`. */
  anaphors: Found;
}

interface CombinedList {
  phrases: string[];
  /** Where the distributive and the anaphor words start in `phrases`. */
  distributiveAt: number;
  anaphorsAt: number;
  /** The answer of `findPhrases` when no cue word occurs, as most passages get it, split once: slicing that frozen answer takes V8's slow path. */
  none: Found;
  noneSplit: CuePhrases;
}

/** The cue phrases among `tokens`; only tokens `marks` marks `MAY_CUE` can start one. */
export function findCuePhrases(tokens: Tokens, cues: AttributionCues, marks: WordMarks): CuePhrases {
  const list = combinedList(cues);
  if (!anyMarked(marks, MAY_CUE)) return list.noneSplit;
  const found = findPhrases(tokens, list.phrases, marks, MAY_CUE);
  return found === list.none ? list.noneSplit : split(found, list.distributiveAt, list.anaphorsAt);
}

function combinedList(cues: AttributionCues): CombinedList {
  let list = combined.get(cues);
  if (!list) {
    const phrases = [...cues.generic, ...cues.distributive, ...anaphorWords(cues.anaphors).words];
    const distributiveAt = cues.generic.length;
    const anaphorsAt = distributiveAt + cues.distributive.length;
    const none = noPhrasesFound(phrases);
    list = { phrases, distributiveAt, anaphorsAt, none, noneSplit: split(none, distributiveAt, anaphorsAt) };
    combined.set(cues, list);
  }
  return list;
}

/** Whether a token of this norm may start a cue phrase (`MAY_CUE`). */
export function mayStartCue(norm: string, cues: AttributionCues): boolean {
  return startsPhrase(combinedList(cues).phrases, norm);
}

function split(found: Found, distributiveAt: number, anaphorsAt: number): CuePhrases {
  return { generic: found.slice(0, distributiveAt), distributive: found.slice(distributiveAt, anaphorsAt), anaphors: found.slice(anaphorsAt) };
}

const combined = new WeakMap<AttributionCues, CombinedList>();
