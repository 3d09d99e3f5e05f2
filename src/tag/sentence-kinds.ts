// Kinds of sentence that are no coverage by the area words in them (boilerplate.yaml `sentences`):
// a budget deviation names the activity the money went to ("4,3 miljoner inom hemtjänsten"), a
// procurement the service bought ("avtalet om skolskjutsar"), and neither is about the people the
// right belongs to. A kind is recognised by its own words, whatever area words the sentence has,
// and a category survives it only when the sentence says more about it: `survivesWith` different
// terms of the category ("budgeten för skyddat boende för våldsutsatta kvinnor" has two of våld).
import type { Tokens } from '../language/index.js';
import type { BoilerplateSentences, TermMatch } from '../types.js';

/** Matcher key of a kind's words: `boilerplate:<id>`. */
export const KIND_PREFIX = 'boilerplate:';
/** Matcher key of a kind's words that count only beside an amount of money: `boilerplate-amount:<id>`. */
export const KIND_WITH_AMOUNT_PREFIX = 'boilerplate-amount:';
/** Matcher key of the words that make a sentence not of a kind after all: `boilerplate-not:<id>`. */
export const KIND_NOT_PREFIX = 'boilerplate-not:';

export interface SentenceKind {
  /** Different terms a category needs in a sentence of the kind to count; Infinity: none counts. */
  survivesWith: number;
  /** The units of an amount, each as its words in lower case ("miljoner kronor" → ["miljoner", "kronor"]). */
  amountUnits: string[][];
}

export function compileKinds(groups: readonly BoilerplateSentences[]): Map<string, SentenceKind> {
  return new Map(
    groups.map((g) => [
      g.id,
      {
        survivesWith: g.survivesWith ?? Number.POSITIVE_INFINITY,
        amountUnits: (g.amountUnits ?? []).map((unit) => unit.toLowerCase().normalize('NFC').split(/\s+/).filter(Boolean)),
      },
    ]),
  );
}

/** What a matcher key is to the sentence kinds. */
interface KeyRole {
  /** A kind's word (`boilerplate:` or `boilerplate-amount:`): the kind's ID. */
  cueOf: string | null;
}

/** Parsed once per key (a few dozen, the lexicons' own strings), asked for every match. */
const keyRoles = new Map<string, KeyRole>();

function keyRole(key: string): KeyRole {
  let role = keyRoles.get(key);
  if (role === undefined) {
    const plain = key.startsWith(KIND_PREFIX);
    const cueOf = plain || key.startsWith(KIND_WITH_AMOUNT_PREFIX) ? key.slice((plain ? KIND_PREFIX : KIND_WITH_AMOUNT_PREFIX).length) : null;
    keyRoles.set(key, (role = { cueOf }));
  }
  return role;
}

/** Whether some match is a kind's word: most passages have none, and no sentence of a kind. */
export function hasKindCue(matches: readonly TermMatch[]): boolean {
  for (let i = 0; i < matches.length; i++) if (keyRole(matches[i].key).cueOf !== null) return true;
  return false;
}

/**
 * For each sentence of some kind, how many different terms a category needs there to count (the
 * strictest of its kinds). `hasAmount(sentence, units)` says whether the sentence has an amount.
 * A match on the very words of a kind's cue is not held to it: see `kindCues`.
 */
export function kindThresholds(
  matches: readonly TermMatch[],
  sentenceOf: (offset: number) => number,
  kinds: ReadonlyMap<string, SentenceKind>,
  hasAmount: (sentence: number, units: string[][]) => boolean,
): ReadonlyMap<number, number> {
  if (!hasKindCue(matches)) return NO_KINDS;
  // "<kind>\u0000<sentence>" of every sentence that is not of a kind after all.
  const excused = new Set<string>();
  for (const match of matches) {
    if (match.key.startsWith(KIND_NOT_PREFIX)) excused.add(`${match.key.slice(KIND_NOT_PREFIX.length)}\u0000${sentenceOf(match.start)}`);
  }
  const needed = new Map<number, number>();
  for (const match of matches) {
    const plain = match.key.startsWith(KIND_PREFIX);
    if (!plain && !match.key.startsWith(KIND_WITH_AMOUNT_PREFIX)) continue;
    const id = match.key.slice((plain ? KIND_PREFIX : KIND_WITH_AMOUNT_PREFIX).length);
    const kind = kinds.get(id);
    if (!kind) continue;
    const sentence = sentenceOf(match.start);
    if ((needed.get(sentence) ?? 0) >= kind.survivesWith || excused.has(`${id}\u0000${sentence}`)) continue;
    if (!plain && !hasAmount(sentence, kind.amountUnits)) continue;
    needed.set(sentence, kind.survivesWith);
  }
  return needed;
}

/** `kindThresholds` of a passage without a kind's word (most): no map made for it. */
const NO_KINDS: ReadonlyMap<number, number> = new Map();

/**
 * Whether `tokens` from `from` up to `to` (one sentence's) hold a number followed by one of
 * `units`: "6,1 miljoner kronor", "350 tkr".
 */
export function hasAmountOf(tokens: Tokens, units: readonly string[][], from = 0, to = tokens.length): boolean {
  for (let i = from; i < to - 1; i++) {
    if (tokens.kind(i) !== 'number') continue;
    if (units.some((unit) => unit.every((word, k) => i + 1 + k < to && tokens.norm(i + 1 + k) === word))) return true;
  }
  return false;
}

/**
 * A test of whether a match is, term and place, a cue that made its sentence a kind: then the cue
 * is the category's own evidence (Malmö's P1 names procurement as a way to secure rights), not an
 * activity the sentence happens to name. ("uppföljning" in "budgetuppföljningen" is not.)
 */
export function kindCues(matches: readonly TermMatch[]): (match: TermMatch) => boolean {
  if (!hasKindCue(matches)) return noCue;
  const cues = new Set<string>();
  for (const m of matches) {
    if (m.key.startsWith(KIND_PREFIX) || m.key.startsWith(KIND_WITH_AMOUNT_PREFIX)) cues.add(`${m.term.toLowerCase()}\u0000${m.start}`);
  }
  return (match) => cues.size > 0 && cues.has(`${match.term.toLowerCase()}\u0000${match.start}`);
}

const noCue = (): boolean => false;
