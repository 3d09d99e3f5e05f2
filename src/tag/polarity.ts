// Whether a sentence dismisses what it names, affirms it, or leaves each match's negation as the
// matcher found it. A dismissal is a negation that bears on impact ("bedöms inte påverka barn",
// "inga brister när det gäller patientsäkerheten", "berör inte minoriteternas rättigheter"): the
// area was considered and set aside, so every category in the sentence is negated, the subject
// before the cue too. A lack or a goal is no denial ("förvaltningen saknar en analys av hur barn
// påverkas", "ingen elev ska känna sig otrygg"), nor is a relative clause that describes a group
// ("barn som inte har svenska som modersmål"): a sentence whose only cues are such is coverage.
// The words are data: swedish.yaml `polarity` and `negation`.
import { stem, WordBytes, type LanguageData, type Tokens } from '../language/index.js';
import type { Span } from '../types.js';

export type Polarity = 'dismissed' | 'affirmed' | null;

export interface PolarityRules {
  cues: ReadonlySet<string>;
  /** Stems of the impact words. */
  impacts: ReadonlySet<string>;
  window: number;
  lacks: ReadonlySet<string>;
  /** Cues that state a goal when one of `goals` follows within two words: "ingen elev ska". */
  goalCues: ReadonlySet<string>;
  goals: ReadonlySet<string>;
  /** Words before a cue that make it describe someone, not deny: "som" in "barn som inte har …". */
  relatives: ReadonlySet<string>;
  /** Hedge phrases as words: "få nämnder", "ett fåtal". */
  hedges: readonly (readonly string[])[];
}

/** Undefined when the language data has no `polarity` section: negation stays the matcher's. */
export function compilePolarity(language: LanguageData): PolarityRules | undefined {
  const data = language.polarity;
  if (data === undefined) return undefined;
  const lower = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));
  return {
    cues: lower(language.negation.cues),
    impacts: new Set(data.impacts.map((w) => stem(w))),
    window: data.window,
    lacks: lower(data.lacks),
    goalCues: lower(data.goalCues),
    goals: lower(data.goals),
    relatives: lower(data.relatives ?? []),
    hedges: language.negation.hedges.map((h) => h.toLowerCase().split(/\s+/).filter(Boolean)),
  };
}

/** The polarity of the words of `tokens` inside `sentence` (character offsets), read from index `from` on. */
export function sentencePolarity(tokens: Tokens, from: number, sentence: Span, rules: PolarityRules): Polarity {
  // The sentence's words, as token indices, in a scratch kept from sentence to sentence: a list
  // per sentence was the most allocated object of tagging.
  let count = 0;
  for (let k = Math.max(0, from); k < tokens.length; k++) {
    const start = tokens.start(k);
    if (start >= sentence.end) break;
    if (!tokens.isWord(k) || start < sentence.start) continue;
    if (count === sentenceWords.length) sentenceWords = grown(sentenceWords);
    sentenceWords[count++] = k;
  }
  const words = sentenceWords;
  const norm = (i: number) => tokens.norm(words[i]);
  /** Whether one of the `span` words after the `i`th is in `set` (`by` gives the form asked for). */
  const anyAfter = (i: number, span: number, set: ReadonlySet<string>, by: (word: string) => string) => {
    for (let k = i + 1; k < count && k <= i + span; k++) if (set.has(by(norm(k)))) return true;
    return false;
  };
  /** Whether a hedge's words start at the `i`th word: loops, as a common word ("ett") starts one. */
  const hedgeAt = (i: number) => {
    for (const hedge of rules.hedges) {
      let k = 0;
      while (k < hedge.length && i + k < count && norm(i + k) === hedge[k]) k++;
      if (k === hedge.length) return true;
    }
    return false;
  };
  let cues = 0;
  let denials = 0;
  const starts = hedgeStarts(rules);
  const roles = wordRoles(rules);
  for (let i = 0; i < count; i++) {
    // Most words neither start a hedge nor are a cue: one look-up by word number tells, before the word's text is read.
    const number = tokens.word(words[i]);
    let role = roles.get(number);
    if (role === KNOWN) continue;
    const word = norm(i);
    if (role === 0) roles.set(number, (role = KNOWN | (starts === null || starts.has(word) ? HEDGE_START : 0) | (rules.cues.has(word) ? CUE : 0)));
    if (role === KNOWN) continue;
    if ((role & HEDGE_START) !== 0 && hedgeAt(i)) denials++;
    if ((role & CUE) === 0) continue;
    cues++;
    const before = i > 0 && rules.impacts.has(stem(norm(i - 1)));
    const after = anyAfter(i, rules.window, rules.impacts, stem);
    if (before || after) return 'dismissed';
    const goal = rules.goalCues.has(word) && anyAfter(i, 2, rules.goals, asIs);
    const relative = i > 0 && rules.relatives.has(norm(i - 1));
    if (!rules.lacks.has(word) && !goal && !relative) denials++;
  }
  return cues > 0 && denials === 0 ? 'affirmed' : null;
}

/** `sentencePolarity`'s scratch: the token indices of the sentence at hand, from the start. */
let sentenceWords: Int32Array = new Int32Array(256);

const grown = (list: Int32Array): Int32Array => {
  const bigger = new Int32Array(2 * list.length);
  bigger.set(list);
  return bigger;
};

const asIs = (word: string): string => word;

const HEDGE_START = 1;
const CUE = 2;
/** Set once a word's role is known: a byte of 0 is a word not seen yet. */
const KNOWN = 4;
/** Per rules, whether a word (by number) may start a hedge and whether it is a cue: bits above, a byte per word. */
const roleMemos = new WeakMap<PolarityRules, WordBytes>();

function wordRoles(rules: PolarityRules): WordBytes {
  let memo = roleMemos.get(rules);
  if (memo === undefined) roleMemos.set(rules, (memo = new WordBytes()));
  return memo;
}

/** The first words of the hedges, to try them only where one starts; null if a hedge has no words (it is everywhere). */
function hedgeStarts(rules: PolarityRules): ReadonlySet<string> | null {
  let starts = hedgeStartSets.get(rules);
  if (starts === undefined) {
    starts = rules.hedges.some((h) => h.length === 0) ? null : new Set(rules.hedges.map((h) => h[0]));
    hedgeStartSets.set(rules, starts);
  }
  return starts;
}

const hedgeStartSets = new WeakMap<PolarityRules, ReadonlySet<string> | null>();
