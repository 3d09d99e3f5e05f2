// Word spans and the small text predicates attribution's patterns are built from.
import type { Span } from '../types.js';

export interface WordSpan extends Span {
  text: string;
}

// A word keeps inner hyphens and an abbreviation's colon inflection ("HR-avdelningen", "AB:s"),
// but not a trailing coordination hyphen ("kultur- och").
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*(?:[-:][\p{L}\p{N}]+)*/gu;

export function wordSpans(text: string): WordSpan[] {
  return Array.from(text.matchAll(WORD), (m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** True when only spaces and line breaks separate the two words (no comma, no full stop). */
export function adjacent(text: string, left: Span, right: Span): boolean {
  return /^\s+$/.test(text.slice(left.end, right.start));
}

/** True when the word at `start` opens a sentence, a list item or the text. */
export function sentenceInitial(text: string, start: number): boolean {
  const before = text.slice(0, start).replace(/[\s"'”“(«»\-–•\uF0B7]+$/u, '');
  return before === '' || /[.!?:;]$/.test(before);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function insideAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => overlaps(span, s));
}

/** Start offsets of every whole-word, case-insensitive occurrence of `phrase` in `text`. */
export function findPhrase(text: string, phrase: string): Span[] {
  let re = phrasePatterns.get(phrase);
  if (!re) phrasePatterns.set(phrase, (re = new RegExp(phraseSource(phrase), 'giu')));
  return Array.from(text.matchAll(re), (m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * `findPhrase(text, phrase)` for every phrase of `phrases`, in list order, with one scan of
 * `text` for the whole list instead of one per phrase: the cue lists are searched in every
 * passage, and most passages contain none of their phrases. Pass the same array each time: the
 * compiled list is cached per array.
 */
export function findPhrases(text: string, phrases: readonly string[]): Span[][] {
  if (phrases.length === 0) return [];
  let list = phraseLists.get(phrases);
  if (!list) phraseLists.set(phrases, (list = compilePhraseList(phrases)));
  const found: Span[][] = phrases.map(() => []);
  // Where some phrase starts. At each such offset, each phrase is tried as `findPhrase` would
  // try it there: skipping offsets inside its own previous match keeps its matches identical.
  const ends = phrases.map(() => 0);
  for (const candidate of text.matchAll(list.anyStart)) {
    const at = candidate.index;
    list.sticky.forEach((re, i) => {
      if (at < ends[i]) return;
      re.lastIndex = at;
      const m = re.exec(text);
      if (m === null) return;
      found[i].push({ start: at, end: at + m[0].length });
      ends[i] = at + m[0].length;
    });
  }
  return found;
}

interface PhraseList {
  /** Zero-width: matches at every offset where at least one phrase matches. */
  anyStart: RegExp;
  /** Each phrase's own pattern, anchored at `lastIndex`. */
  sticky: RegExp[];
}

function compilePhraseList(phrases: readonly string[]): PhraseList {
  const alternatives = phrases.map((p) => `(?:${phraseBody(p)}${WORD_AFTER})`).join('|');
  return {
    // Look-ahead first: it lets the regex engine skip to the phrases' first letters, where a
    // look-behind first would be tried at every offset (three times slower).
    anyStart: new RegExp(`(?=${alternatives})${NO_WORD_BEFORE}`, 'giu'),
    sticky: phrases.map((p) => new RegExp(phraseSource(p), 'iuy')),
  };
}

// A phrase is whole-word: no letter, digit or hyphen ("kultur-nämnden") before it, no letter or digit after.
const NO_WORD_BEFORE = '(?<![\\p{L}\\p{N}-])';
const WORD_AFTER = '(?![\\p{L}\\p{N}])';

function phraseSource(phrase: string): string {
  return `${NO_WORD_BEFORE}${phraseBody(phrase)}${WORD_AFTER}`;
}

/** The phrase's words, any run of whitespace between them. */
function phraseBody(phrase: string): string {
  return phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
}

/** Compiled once per distinct phrase: the cue lists are searched in every passage. */
const phrasePatterns = new Map<string, RegExp>();
const phraseLists = new WeakMap<readonly string[], PhraseList>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
