// The corpus's words with their counts, documents, authors and a few places, and the words on
// either side of each occurrence: what the spelling check compares rare words against.
import { authorOf } from '../corpus/credit.js';
import { countDetached, detached } from '../corpus/detached.js';
import { placeOf, type At, type Examples, type Place } from './places.js';
import type { NameVariant } from './types.js';

export interface WordEntry {
  /** Lower-case form. */
  word: string;
  count: number;
  forms: Map<string, number>;
  documents: Set<string>;
  administrations: Set<string>;
  places: Place[];
}

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const PLACES = 3;
const WORD = /\p{L}[\p{L}\p{M}]*/gu;

/**
 * The words of `text`, with their lower case. `toLowerCase`, not `toLocaleLowerCase('sv')`: Swedish
 * has no case rules of its own (only Turkish, Azeri and Lithuanian do), so the two agree, and this
 * runs for every word of the corpus, where the locale-aware call is six times slower.
 */
export function tokens(text: string): Token[] {
  return Array.from(text.matchAll(WORD), (m) => ({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
}

export class Vocabulary {
  readonly words = new Map<string, WordEntry>();

  /**
   * One occurrence of `written` (counted under `key`) at [start, end) of the passage being read.
   * Words and forms are kept as copies, places as numbers: the vocabulary outlives the documents.
   */
  add(key: string, written: string, at: At, start: number, end: number): void {
    let e = this.words.get(key);
    if (!e) {
      const word = detached(key);
      e = { word, count: 0, forms: new Map(), documents: new Set(), administrations: new Set(), places: [] };
      this.words.set(word, e);
    }
    e.count++;
    countDetached(e.forms, written);
    e.documents.add(at.doc.path);
    e.administrations.add(authorOf(at.doc));
    if (e.places.length < PLACES) e.places.push(placeOf(at, start, end));
  }

  get(key: string): WordEntry | undefined {
    return this.words.get(key);
  }
}

/** The form most often written, preferring lower case among equals (a sentence start is not the word). */
export function commonForm(e: WordEntry): string {
  return [...e.forms].sort((a, b) => b[1] - a[1] || Number(a[0] !== a[0].toLowerCase()) - Number(b[0] !== b[0].toLowerCase()))[0][0];
}

/** A word's entry as a variant, with quotes from its first places (made by `examples` at the end). */
export function variantOf(e: WordEntry | undefined, text: string, status: NameVariant['status'], examples: Examples): NameVariant {
  return {
    text,
    count: e?.count ?? 0,
    documents: [...(e?.documents ?? [])],
    administrations: [...(e?.administrations ?? [])],
    status,
    examples: (e?.places ?? []).map((p) => examples.ask(p)),
  };
}
