// Negation and hedging: does a cue govern a match? Cue lists are data (lexicons/language/swedish.yaml).
//
// Scope, as decided here:
// - a cue before the match negates it when no clause boundary lies between them and at most
//   `window` words separate them: "Övriga nämnder och bolag har inte lyft fram
//   upphandlingsprocesser" → negated;
// - a hedge phrase ("Få nämnder", "ett fåtal") hedges the rest of its clause, however long;
// - a post-cue after the match within `postWindow` words: "vilken statistik som saknas";
// - clause boundaries: . ! ? ; : and bullets, a blank line, and the words men, medan, vilket,
//   eftersom, däremot; a cue after the match other than a post-cue is ignored (in "X reglerar inte
//   Y" the subject X is not what is denied);
// - exceptions: "inte bara X utan även Y", "inte minst" negate nothing;
// - "utan" after a negation in the same sentence is contrastive ("inte X utan Y": Y is affirmed,
//   so it closes the clause); elsewhere it is the preposition "without" and a cue ("utan att
//   skapa parallella processer", "Utan transparens").
// Computed in two linear passes per token array (negationScope), cached, so the cost per match
// is constant and a whole document costs O(tokens).
import { languageData, type LanguageData } from './data.js';
import type { Tokens } from './tokenize.js';

// What a word or punctuation mark is to the rules, as bits: one Map look-up per token.
const CUE = 1;
const POST_CUE = 2;
const CONTRASTIVE = 4;
const BOUNDARY = 8;
const SENTENCE_END = 16;
const HEDGE_START = 32;
const EXCEPTION_START = 64;
/** Set per call, not per word: a blank line lies before this token. */
const BREAK_BEFORE = 128;

export interface NegationRules {
  /** Lower-cased word or punctuation → bits above. */
  classes: Map<string, number>;
  exceptions: string[][];
  hedges: string[][];
  window: number;
  postWindow: number;
}

export function compileNegation(data: LanguageData['negation']): NegationRules {
  const classes = new Map<string, number>();
  const mark = (words: string[], bit: number) => {
    for (const w of words) classes.set(w.toLowerCase(), (classes.get(w.toLowerCase()) ?? 0) | bit);
  };
  const phrases = (list: string[]) => list.map((p) => p.toLowerCase().split(/\s+/).filter(Boolean));
  const exceptions = phrases(data.exceptions);
  const hedges = phrases(data.hedges);
  mark(data.cues, CUE);
  mark(data.postCues, POST_CUE);
  mark(data.contrastive, CONTRASTIVE);
  mark([...data.clauseBoundaries.punctuation, ...data.clauseBoundaries.words], BOUNDARY);
  mark(['.', '!', '?'], SENTENCE_END);
  mark(
    hedges.map((p) => p[0]),
    HEDGE_START,
  );
  mark(
    exceptions.map((p) => p[0]),
    EXCEPTION_START,
  );
  return { classes, exceptions, hedges, window: data.window, postWindow: data.postWindow };
}

let defaultRules: NegationRules | undefined;
/** Scopes computed per token array, so calling isNegated once per match stays linear. */
const scopes = new WeakMap<Tokens, { rules: NegationRules; scope: Uint8Array }>();

/**
 * True when a negation cue or hedge governs the match spanning tokens `matchStartToken` to
 * `matchEndToken` (both inclusive). `text` is the text the tokens were made from; the scope is
 * computed once per token array (do not change the array between calls).
 */
export function isNegated(text: string, tokens: Tokens, matchStartToken: number, matchEndToken: number, rules?: NegationRules): boolean {
  const r = rules ?? (defaultRules ??= compileNegation(languageData().negation));
  let cached = scopes.get(tokens);
  if (cached === undefined || cached.rules !== r) {
    cached = { rules: r, scope: negationScope(text, tokens, r) };
    scopes.set(tokens, cached);
  }
  return (cached.scope[matchStartToken] & GOVERNS_START) !== 0 || (cached.scope[matchEndToken] & GOVERNS_END) !== 0;
}

/** scope[i] & GOVERNS_START: a cue or hedge governs a match that starts at token i. */
export const GOVERNS_START = 1;
/** scope[i] & GOVERNS_END: a post-cue governs a match that ends at token i. */
export const GOVERNS_END = 2;

/** What token `i` is to the rules (the bits above); the matcher passes them from its word cache. */
export function negationClass(tokens: Tokens, i: number, r: NegationRules): number {
  return tokens.isWord(i) || tokens.isPunct(i) ? (r.classes.get(tokens.norm(i)) ?? 0) : 0;
}

// Scratch buffers, grown as needed: allocating typed arrays per passage costs more than the scan.
let wordsBefore = new Int32Array(1024);
let scratchClasses = new Uint8Array(1024);

/**
 * The rules above as two linear passes over the tokens, one forwards, one backwards. `classes`,
 * when given, holds negationClass for each token. `into`, when given (at least a cell per token),
 * is cleared and written instead of a new array: a caller that reads the scope at once and lets
 * it go saves an allocation per passage (a typed array is allocated outside the heap, slowly).
 */
export function negationScope(text: string, tokens: Tokens, r: NegationRules, classes?: Uint8Array, into?: Uint8Array): Uint8Array {
  const n = tokens.length;
  const scope = into === undefined ? new Uint8Array(n) : into.fill(0, 0, n);
  if (wordsBefore.length <= n) wordsBefore = new Int32Array(2 * n + 1);
  if (classes === undefined) {
    if (scratchClasses.length < n) scratchClasses = new Uint8Array(2 * n);
    classes = scratchClasses;
    for (let i = 0; i < n; i++) classes[i] = negationClass(tokens, i, r);
  }
  for (let i = 0; i < n; i++) wordsBefore[i + 1] = wordsBefore[i] + (tokens.isWord(i) ? 1 : 0);
  // A blank line takes two line breaks: most passages have none, and most gaps are one character.
  if (text.includes('\n')) {
    for (let i = 1; i < n; i++) {
      const gap = tokens.end(i - 1);
      if (tokens.start(i) - gap >= 2 && hasBlankLine(text, gap, tokens.start(i))) classes[i] |= BREAK_BEFORE;
    }
  }
  let cue = -1; // token index of the governing cue in this clause
  let hedged = false;
  let sentenceNegated = false; // for contrastive "utan"
  for (let i = 0; i < n; i++) {
    const c = classes[i];
    if ((c & BREAK_BEFORE) !== 0) {
      cue = -1;
      hedged = sentenceNegated = false;
    }
    if (hedged || (cue >= 0 && wordsBefore[i] - wordsBefore[cue] <= r.window)) scope[i] = GOVERNS_START;
    if ((c & ~BREAK_BEFORE) === 0) continue;
    if ((c & SENTENCE_END) !== 0) sentenceNegated = false;
    if ((c & BOUNDARY) !== 0) {
      cue = -1;
      hedged = false;
      continue;
    }
    if ((c & HEDGE_START) !== 0 && startsPhrase(tokens, i, r.hedges)) hedged = true;
    if ((c & CUE) === 0) continue;
    const contrastive = (c & CONTRASTIVE) !== 0;
    if (contrastive && sentenceNegated) {
      cue = -1;
      hedged = false;
    } else if ((c & EXCEPTION_START) === 0 || !startsPhrase(tokens, i, r.exceptions)) cue = i;
    if (!contrastive) sentenceNegated = true;
  }
  let post = -1; // token index of the nearest post-cue after, in this clause
  for (let i = n - 1; i >= 0; i--) {
    if (post >= 0 && wordsBefore[post + 1] - wordsBefore[i + 1] <= r.postWindow) scope[i] |= GOVERNS_END;
    const c = classes[i];
    if ((c & BOUNDARY) !== 0) post = -1;
    else if ((c & POST_CUE) !== 0) post = i;
    if ((c & BREAK_BEFORE) !== 0) post = -1;
  }
  return scope;
}

/** Two line breaks with only whitespace between them, in text[from, to) (a gap between tokens). */
export function hasBlankLine(text: string, from: number, to: number): boolean {
  let lines = 0;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 0x0a && ++lines === 2) return true;
  return false;
}

function startsPhrase(tokens: Tokens, i: number, phrases: string[][]): boolean {
  outer: for (const phrase of phrases) {
    if (tokens.norm(i) !== phrase[0]) continue;
    for (let k = 1; k < phrase.length; k++) {
      if (i + k >= tokens.length || tokens.norm(i + k) !== phrase[k]) continue outer;
    }
    return true;
  }
  return false;
}
