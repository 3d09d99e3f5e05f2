// The corpus's words with their counts, documents, authors and a few places, and the words on
// either side of each occurrence: what the spelling check compares rare words against.
import type { TaggedDocument, TaggedPassage } from '../types.js';
import { authorOf } from '../corpus/credit.js';
import { evidenceOf, type EvidenceRef } from '../corpus/evidence.js';
import type { NameVariant } from './types.js';

export interface Occurrence {
  doc: TaggedDocument;
  passage: TaggedPassage;
  start: number;
  end: number;
}

export interface WordEntry {
  /** Lower-case form. */
  word: string;
  count: number;
  forms: Map<string, number>;
  documents: Set<string>;
  administrations: Set<string>;
  places: Occurrence[];
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

  add(key: string, written: string, at: Occurrence): void {
    this.addAt(key, written, at.doc, at.passage, at.start, at.end);
  }

  /** `add` without an Occurrence made for every word: one is kept only for the first few places. */
  addAt(key: string, written: string, doc: TaggedDocument, passage: TaggedPassage, start: number, end: number): void {
    let e = this.words.get(key);
    if (!e) {
      e = { word: key, count: 0, forms: new Map(), documents: new Set(), administrations: new Set(), places: [] };
      this.words.set(key, e);
    }
    e.count++;
    e.forms.set(written, (e.forms.get(written) ?? 0) + 1);
    e.documents.add(doc.path);
    e.administrations.add(authorOf(doc));
    if (e.places.length < PLACES) e.places.push({ doc, passage, start, end });
  }

  get(key: string): WordEntry | undefined {
    return this.words.get(key);
  }
}

/** The form most often written, preferring lower case among equals (a sentence start is not the word). */
export function commonForm(e: WordEntry): string {
  return [...e.forms].sort((a, b) => b[1] - a[1] || Number(a[0] !== a[0].toLowerCase()) - Number(b[0] !== b[0].toLowerCase()))[0][0];
}

export function variantOf(e: WordEntry | undefined, text: string, status: NameVariant['status']): NameVariant {
  const examples: EvidenceRef[] = (e?.places ?? []).map((p) => evidenceOf(p.doc, p.passage, { start: p.start, end: p.end }, 240));
  return {
    text,
    count: e?.count ?? 0,
    documents: [...(e?.documents ?? [])],
    administrations: [...(e?.administrations ?? [])],
    status,
    examples,
  };
}
