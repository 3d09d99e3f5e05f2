// The corpus's words with their counts, documents, authors and a few places, and the words on
// either side of each occurrence: what the spelling check compares rare words against.
import { authorOf } from '../corpus/credit.js';
import { countDetached, detached } from '../corpus/detached.js';
import { placeOf, type At, type Examples, type Place } from './places.js';
import type { NameVariant } from './types.js';

export interface WordEntry {
  /** Lower-case form. */
  word: string;
  /** Its number in the vocabulary: the order words were first seen, from 0 (`Vocabulary.entries`). */
  id: number;
  count: number;
  forms: Map<string, number>;
  /** The documents it occurs in and the administrations that wrote them, as numbers (`Sources`), each once, in order of first occurrence. */
  documents: number[];
  administrations: number[];
  /** What the numbers stand for: the vocabulary's table, shared by its entries. */
  sources: Sources;
  places: Place[];
}

/**
 * Document paths and author IDs by number. Why numbers: a word's documents and authors were two
 * `Set`s of strings per word, the largest part of a vocabulary over a large corpus; a list of
 * small numbers costs a third of that.
 */
export class Sources {
  readonly paths: string[] = [];
  readonly authors: string[] = [];
  private readonly pathNumbers = new Map<string, number>();
  private readonly authorNumbers = new Map<string, number>();
  /** The position in reading order of the last document seen, and the numbers of its path and author. */
  private last = -1;
  document = -1;
  author = -1;

  /** Numbers the path and author of the document being read (once per document, not per word). A vocabulary is filled in one reading. */
  see(at: At): void {
    if (at.docIndex === this.last) return;
    this.last = at.docIndex;
    this.document = numbered(this.pathNumbers, this.paths, at.doc.path);
    this.author = numbered(this.authorNumbers, this.authors, authorOf(at.doc));
  }
}

function numbered(numbers: Map<string, number>, values: string[], value: string): number {
  let n = numbers.get(value);
  if (n === undefined) {
    numbers.set(value, (n = values.length));
    values.push(value);
  }
  return n;
}

/**
 * `sources`' document and author added to `e`'s lists, each once. A document has one author, so
 * only a word's first occurrence in a document looks at its authors; and the documents are read
 * in order, so a word's documents are a rising list: a document is new unless it is the last one
 * listed (or a path read twice, which looks back).
 */
function addSource(e: WordEntry, sources: Sources): void {
  const documents = e.documents;
  const last = documents.length === 0 ? -1 : documents[documents.length - 1];
  const n = sources.document;
  if (n === last) return;
  if (n > last || !documents.includes(n)) e.documents = grown(documents, n);
  if (!e.administrations.includes(sources.author)) e.administrations = grown(e.administrations, sources.author);
}

/**
 * `list` with `value` added. Why not `push` alone: V8 gives an array room for 17 elements when it
 * first grows (a spread too), and most words of a corpus are seen in one document, by one author,
 * in one or two places: that room was most of what the vocabulary's entries cost. A list of up to
 * four is made anew as a literal, to its size (measured: 24 bytes for a list of one, 150 pushed to).
 */
function grown<T>(list: T[], value: T): T[] {
  switch (list.length) {
    case 0:
      return [value];
    case 1:
      return [list[0], value];
    case 2:
      return [list[0], list[1], value];
    case 3:
      return [list[0], list[1], list[2], value];
    default:
      list.push(value);
      return list;
  }
}

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const PLACES = 3;
const LETTER = /^\p{L}/u;
const LETTER_OR_MARK = /^[\p{L}\p{M}]/u;
/** Which of the first 256 characters are letters (\p{L}); none of them is a mark (\p{M}). */
const LATIN1_LETTERS = Uint8Array.from({ length: 256 }, (_, c) => Number(LETTER.test(String.fromCharCode(c))));

/**
 * How many UTF-16 units the character at `i` takes if it is a letter (or, with `marks`, a
 * combining mark): 1 or 2, else 0. Latin-1 by a table, the rest by the pattern.
 */
function letterAt(text: string, i: number, marks: boolean): number {
  const c = text.charCodeAt(i);
  if (c < 256) return LATIN1_LETTERS[c];
  const point = text.codePointAt(i)!;
  const char = String.fromCodePoint(point);
  return (marks ? LETTER_OR_MARK : LETTER).test(char) ? char.length : 0;
}

/**
 * The words of `text` (the matches of /\p{L}[\p{L}\p{M}]*\/gu), with their lower case: by a scan
 * of the characters, which for Swedish text is a table look-up each, where the pattern's matches
 * cost an array and a match object per word. `toLowerCase`, not `toLocaleLowerCase('sv')`: Swedish
 * has no case rules of its own (only Turkish, Azeri and Lithuanian do), so the two agree, and this
 * runs for every word of the corpus, where the locale-aware call is six times slower.
 */
export function tokens(text: string): Token[] {
  const found: Token[] = [];
  const n = text.length;
  for (let i = 0; i < n;) {
    const first = letterAt(text, i, false);
    if (first === 0) {
      // A character that is no letter: one unit, or two for a pair of surrogates.
      i += text.charCodeAt(i) < 256 ? 1 : String.fromCodePoint(text.codePointAt(i)!).length;
      continue;
    }
    let end = i + first;
    for (let w = end < n ? letterAt(text, end, true) : 0; w > 0; w = end < n ? letterAt(text, end, true) : 0) end += w;
    const word = text.slice(i, end);
    found.push({ text: word, lower: word.toLowerCase(), start: i, end });
    i = end;
  }
  return found;
}

/**
 * A word's entry as the vocabulary fills it. Most occurrences write the word as its key (lower
 * case): those are counted in `keyForms`, not looked up in a map each time. The other forms are
 * counted in `others`, made at the first of them (most words are only ever written as their key,
 * and a map is some 90 bytes), where the key holds its place if it came first. `forms` puts the
 * two together in the order the forms first occurred.
 */
class Entry implements WordEntry {
  count = 0;
  keyForms = 0;
  documents: number[] = [];
  administrations: number[] = [];
  places: Place[] = [];
  private others: Map<string, number> | null = null;

  constructor(
    readonly word: string,
    readonly id: number,
    readonly sources: Sources,
  ) {}

  get forms(): Map<string, number> {
    if (this.others === null) return new Map([[this.word, this.keyForms]]);
    if (this.keyForms > 0) this.others.set(this.word, this.keyForms);
    return this.others;
  }

  addForm(written: string, key: string): void {
    if (written === key) {
      if (this.keyForms++ === 0 && this.others !== null) this.others.set(this.word, 0);
      return;
    }
    if (this.others === null) {
      this.others = new Map();
      if (this.keyForms > 0) this.others.set(this.word, 0);
    }
    countDetached(this.others, written);
  }
}

export class Vocabulary {
  readonly words = new Map<string, WordEntry>();
  /** The entries by number. */
  readonly entries: WordEntry[] = [];
  private readonly sources = new Sources();

  /**
   * One occurrence of `written` (counted under `key`) at [start, end) of the passage being read.
   * Words and forms are kept as copies, places as numbers: the vocabulary outlives the documents.
   * Returns the word's number.
   */
  add(key: string, written: string, at: At, start: number, end: number): number {
    let e = this.words.get(key) as Entry | undefined;
    if (!e) {
      e = new Entry(detached(key), this.entries.length, this.sources);
      this.words.set(e.word, e);
      this.entries.push(e);
    }
    e.count++;
    e.addForm(written, key);
    this.sources.see(at);
    addSource(e, this.sources);
    if (e.places.length < PLACES) e.places = grown(e.places, placeOf(at, start, end));
    return e.id;
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
    documents: e ? e.documents.map((n) => e.sources.paths[n]) : [],
    administrations: e ? e.administrations.map((n) => e.sources.authors[n]) : [],
    status,
    examples: (e?.places ?? []).map((p) => examples.ask(p)),
  };
}
