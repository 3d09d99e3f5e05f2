// Word spans and the small text predicates attribution's patterns are built from.
import { WordMemo, type Tokens } from '../language/index.js';
import { slugify } from '../lexicon/crosscheck.js';
import type { Span } from '../types.js';
import { stepToken, walkSteps, type WordMarks } from './marks.js';
import { BoundedMap } from '../util/bounded-map.js';

/** A word as attribution sees it: a token's text, lower-cased norm and offsets. */
export interface WordSpan extends Span {
  text: string;
  /** Lower case. */
  norm: string;
}

/** `text` with every run of white space one space; most names are written so already, and are returned without a copy. */
export function singleSpaced(text: string): string {
  return /[^\S ]| {2}/.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** The text [start, end) as a name is written in a find: white space collapsed. */
export function written(text: string, start: number, end: number): string {
  return singleSpaced(text.slice(start, end));
}

/** `slugify`, remembered: the same few names are found in passage after passage, and each slug is seven replacements. */
export function slugOf(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) slugs.set(name, (slug = slugify(name)));
  return slug;
}

const slugs = new BoundedMap<string, string>(10_000);

/**
 * The words among `tokens` (`tokenize(text)`): words, numbers and case numbers, a coordination
 * conjunct without its hyphen ("kultur-" of "kultur- och"). The tokens themselves, but for the
 * conjuncts: a passage's words are taken for every passage.
 */
export function wordSpans(tokens: Tokens): WordSpan[] {
  const words: WordSpan[] = [];
  for (const t of tokens) {
    if (t.kind === 'punct') continue;
    words.push(t.trailingHyphen ? { text: t.text.slice(0, -1), norm: t.norm.slice(0, -1), start: t.start, end: t.end - 1 } : t);
  }
  return words;
}

export function isCapitalized(word: string): boolean {
  // Asked of most words near an organ's: an ASCII letter is answered without the Unicode regular expression.
  const c = word.charCodeAt(0);
  if (c >= 0x61 && c <= 0x7a) return false;
  if (c >= 0x41 && c <= 0x5a) return true;
  return /^\p{Lu}/u.test(word);
}

/** True when only spaces and line breaks separate the two words (no comma, no full stop). */
export function adjacent(text: string, left: Span, right: Span): boolean {
  return /^\s+$/.test(text.slice(left.end, right.start));
}

/** True when nothing but white space, if anything, stands between the two spans ("Vård & Omsorg": each pair of tokens). */
export function joined(text: string, left: Span, right: Span): boolean {
  return joinedAt(text, left.end, right.start);
}

/** `joined` of a span ending at `end` and one starting at `start`: for finders that read tokens' cells. */
export function joinedAt(text: string, end: number, start: number): boolean {
  if (end > start) return false;
  // Mostly nothing or one space between: answered without a copy and a regular expression, for every pair of words a finder looks at.
  if (end === start || (start - end === 1 && text.charCodeAt(end) === 0x20)) return true;
  return /^\s*$/.test(text.slice(end, start));
}

/** True when the word at `start` opens a sentence, a list item or the text. */
export function sentenceInitial(text: string, start: number): boolean {
  const before = text.slice(0, start).replace(/[\s"'”“(«»\-–•\uF0B7]+$/u, '');
  return before === '' || /[.!?:;]$/.test(before);
}

/** The index of the first of `spans` (in text order) that starts at or after `offset`; `spans.length` when none does. */
export function firstAtOrAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  for (let hi = spans.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first token starting at or after `offset`; `tokens.length` when none does. */
export function firstTokenAtOrAfter(tokens: Tokens, offset: number): number {
  let lo = 0;
  for (let hi = tokens.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (tokens.start(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `list.sort(compare)`, in place: the same order (both are stable), by insertion for the short
 * lists attribution sorts per passage, where `sort`'s own work array and calls cost more than the
 * sorting; long lists go to `sort`.
 */
export function sortInPlace<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > 16) return list.sort(compare);
  for (let i = 1; i < list.length; i++) {
    const item = list[i];
    let j = i - 1;
    for (; j >= 0 && compare(list[j], item) > 0; j--) list[j + 1] = list[j];
    list[j + 1] = item;
  }
  return list;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether `span` overlaps any of `spans`. A loop, not `some`: asked for every word of passages that may name an organ, mostly of an empty list. */
export function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  return overlapsRange(span.start, span.end, spans);
}

/** `overlapsAny` of [start, end), for finders that read tokens' cells and make no span. */
export function overlapsRange(start: number, end: number, spans: readonly Span[]): boolean {
  for (let k = 0; k < spans.length; k++) if (start < spans[k].end && spans[k].start < end) return true;
  return false;
}

/**
 * Where each phrase of `phrases` occurs in the text `tokens` were made from, in list order: whole
 * words, any case, whitespace (any amount, line breaks too) between the words. Works on the
 * passage's tokens, which tagging has made already: one Map look-up per word instead of a regular
 * expression over the text. Pass the same array each time: the compiled list is cached per array.
 *
 * Whole words as a reader sees them: not glued to a letter, a digit or a hyphen before
 * ("kultur-nämnder") or to a letter or digit after ("nämnders", a footnote "nämnder2"); the last
 * word may end a coordination conjunct ("nämnden- och"), without its hyphen.
 *
 * With `marks` (marks.ts), only the tokens marked `bit` are looked at as a phrase's first word:
 * those `startsPhrase` says yes to, and maybe others.
 */
export function findPhrases(tokens: Tokens, phrases: readonly string[], marks?: WordMarks, bit = 0): readonly (readonly Span[])[] {
  if (phrases.length === 0) return [];
  const table = phraseTableOf(phrases);
  // Most passages hold none of the phrases: nothing is allocated until one is found, and then only
  // a list for each phrase found (the others share one empty list; a typed array of last ends
  // cost more to allocate than the walk: a phrase's last end is its list's last span).
  let found: Span[][] | null = null;
  for (let n = 0, steps = walkSteps(tokens, marks); n < steps; n++) {
    const i = stepToken(n, marks, bit);
    if (i < 0) continue;
    if (!tokens.isWord(i)) continue;
    const candidates = firstWordOf(table, tokens, i);
    if (candidates === undefined || gluedBefore(tokens, i)) continue;
    const start = tokens.start(i);
    for (const phrase of candidates) {
      const earlier = found === null ? NO_SPANS : found[phrase.index];
      if (earlier.length > 0 && start < earlier[earlier.length - 1].end) continue; // no self-overlap
      const end = phraseEnd(tokens, i, phrase.words);
      if (end < 0) continue;
      found ??= new Array<Span[]>(phrases.length).fill(NO_SPANS);
      if (found[phrase.index] === NO_SPANS) found[phrase.index] = [];
      found[phrase.index].push({ start, end });
    }
  }
  return found ?? table.none;
}

/**
 * Whether a token of this norm may be the first word of one of `phrases` in `findPhrases`: the
 * norm is one, or is one and a conjunct's hyphen.
 */
export function startsPhrase(phrases: readonly string[], norm: string): boolean {
  const first = phraseTableOf(phrases).byFirstWord;
  return first.has(norm) || first.has(norm.slice(0, -1));
}

/** What `findPhrases` answers when none of `phrases` occurs: one frozen answer, the same each time. */
export function noPhrasesFound(phrases: readonly string[]): readonly (readonly Span[])[] {
  return phrases.length === 0 ? [] : phraseTableOf(phrases).none;
}

function phraseTableOf(phrases: readonly string[]): PhraseTable {
  let table = phraseTables.get(phrases);
  if (!table) phraseTables.set(phrases, (table = compilePhrases(phrases)));
  return table;
}

interface CompiledPhrase {
  index: number;
  words: string[];
}

interface PhraseTable {
  byFirstWord: Map<string, CompiledPhrase[]>;
  /** `byFirstWord` by word number, null for none: every word of every passage is looked up. */
  byWord: WordMemo<CompiledPhrase[] | null>;
  /** The answer when no phrase occurs, made once. */
  none: readonly (readonly Span[])[];
}

function compilePhrases(phrases: readonly string[]): PhraseTable {
  const byFirstWord = new Map<string, CompiledPhrase[]>();
  phrases.forEach((phrase, index) => {
    const words = phrase.trim().toLowerCase().normalize('NFC').split(/\s+/);
    byFirstWord.set(words[0], [...(byFirstWord.get(words[0]) ?? []), { index, words }]);
  });
  return { byFirstWord, byWord: new WordMemo(), none: Object.freeze(phrases.map(() => Object.freeze([]))) };
}

/** The phrases whose first word token `i` is (a conjunct without its hyphen), or undefined. */
function firstWordOf(table: PhraseTable, tokens: Tokens, i: number): CompiledPhrase[] | undefined {
  if (tokens.trailingHyphen(i)) return table.byFirstWord.get(tokens.norm(i).slice(0, -1));
  const word = tokens.word(i);
  let candidates = table.byWord.get(word);
  if (candidates === undefined) table.byWord.set(word, (candidates = table.byFirstWord.get(tokens.norm(i)) ?? null));
  return candidates ?? undefined;
}

/** End offset of `words` matched from token `first` on, or -1. */
function phraseEnd(tokens: Tokens, first: number, words: readonly string[]): number {
  const last = first + words.length - 1;
  if (last >= tokens.length) return -1;
  for (let k = 0; k < words.length; k++) {
    const at = first + k;
    if (!tokens.isWord(at)) return -1;
    if (k > 0 && tokens.start(at) === tokens.end(at - 1)) return -1; // no space between
    if (tokens.trailingHyphen(at)) {
      // "respektive nämnd- och …": only the last word may be a conjunct.
      if (at !== last || tokens.norm(at).slice(0, -1) !== words[k]) return -1;
      return tokens.end(at) - 1;
    }
    if (tokens.norm(at) !== words[k]) return -1;
  }
  const next = last + 1;
  if (next < tokens.length && tokens.start(next) === tokens.end(last) && !tokens.isPunct(next)) return -1;
  return tokens.end(last);
}

/** The token before `i` touches it and is a word, a number or a hyphen. */
function gluedBefore(tokens: Tokens, i: number): boolean {
  if (i === 0 || tokens.end(i - 1) !== tokens.start(i)) return false;
  if (!tokens.isPunct(i - 1)) return true;
  const previous = tokens.text(i - 1);
  return previous === '-' || previous === '\u2010' || previous === '\u2011';
}

const phraseTables = new WeakMap<readonly string[], PhraseTable>();

/** The list of a phrase `findPhrases` did not find, shared: frozen, so that no caller can add to it. */
const NO_SPANS = Object.freeze([]) as unknown as Span[];
