// The three cue-word lists of attribution found in one scan of a passage's tokens: generic
// phrases ("nämnder och bolag"), distributive plurals ("nämnderna") and anaphors ("nämnden").
import type { Token } from '../language/index.js';
import type { Span } from '../types.js';
import { anaphorWords } from './anaphora.js';
import type { AttributionCues } from './cues.js';
import { findPhrases } from './words.js';

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
  /** The last answer of `findPhrases` and its split: most passages hold no cue word, and get the same frozen answer each time. */
  lastFound: readonly (readonly Span[])[] | null;
  lastSplit: CuePhrases | null;
}

export function findCuePhrases(tokens: readonly Token[], cues: AttributionCues): CuePhrases {
  let list = combined.get(cues);
  if (!list) {
    const phrases = [...cues.generic, ...cues.distributive, ...anaphorWords(cues.anaphors).words];
    list = { phrases, distributiveAt: cues.generic.length, anaphorsAt: cues.generic.length + cues.distributive.length, lastFound: null, lastSplit: null };
    combined.set(cues, list);
  }
  const found = findPhrases(tokens, list.phrases);
  // Slicing that frozen answer takes V8's slow path: split it once, not for every passage.
  if (found === list.lastFound) return list.lastSplit!;
  const split = {
    generic: found.slice(0, list.distributiveAt),
    distributive: found.slice(list.distributiveAt, list.anaphorsAt),
    anaphors: found.slice(list.anaphorsAt),
  };
  list.lastFound = found;
  list.lastSplit = split;
  return split;
}

const combined = new WeakMap<AttributionCues, CombinedList>();
