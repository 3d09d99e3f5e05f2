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
  if (!re) {
    const pattern = phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
    re = new RegExp(`(?<![\\p{L}\\p{N}-])${pattern}(?![\\p{L}\\p{N}])`, 'giu');
    phrasePatterns.set(phrase, re);
  }
  return Array.from(text.matchAll(re), (m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Compiled once per distinct phrase: the cue lists are searched in every passage. */
const phrasePatterns = new Map<string, RegExp>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
