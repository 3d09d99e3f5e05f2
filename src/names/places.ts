// Where a name or word was written, and the quotes shown for it. The names section tallies every
// word of the corpus but shows a few quotes only for the groups it reports: a place is kept as
// numbers (which document, which passage, where), and its quote is made in one more reading of
// the documents at the end (`Examples.resolve`). Holding the documents for the sake of a few
// quotes would keep a whole corpus in memory (src/corpus/document-store.ts).
import { evidenceOf, type EvidenceRef } from '../corpus/evidence.js';
import { detached } from '../corpus/detached.js';
import type { TaggedDocument, TaggedPassage } from '../types.js';
import type { NameGroup } from './types.js';

/** Quotes are a sentence, cut down to this many characters around the words. */
const QUOTE_CHARS = 240;

/** A passage being read: the document and passage, and their positions in reading order. */
export interface At {
  doc: TaggedDocument;
  docIndex: number;
  passage: TaggedPassage;
  passageIndex: number;
}

/** Where words were written: document and passage by position in reading order, offsets in the passage text. */
export interface Place {
  doc: number;
  passage: number;
  start: number;
  end: number;
}

/** Every passage of `docs` in reading order, with its positions. */
export function* passagesOf(docs: Iterable<TaggedDocument>): Generator<At> {
  let docIndex = 0;
  for (const doc of docs) {
    for (let passageIndex = 0; passageIndex < doc.passages.length; passageIndex++) yield { doc, docIndex, passage: doc.passages[passageIndex], passageIndex };
    docIndex++;
  }
}

/**
 * The documents the names section reads again at the end, in the order it read them first: an
 * array, or a store that can parse only the passages asked for (`select`), since the quotes need
 * a few of a corpus's passages and a store's full reading parses every one.
 */
export interface Rereadable extends Iterable<TaggedDocument> {
  /** Every document in order, with only the passages `wanted` says are read (the others left as holes). */
  select?(wanted: (doc: number, passage: number) => boolean): Iterable<TaggedDocument>;
}

export const placeOf = (at: At, start: number, end: number): Place => ({ doc: at.docIndex, passage: at.passageIndex, start, end });

/** The quotes asked for while the groups are built, made in one reading of the documents at the end. */
export class Examples {
  private readonly wanted = new Map<number, { place: Place; quote: EvidenceRef }[]>();

  /** An empty quote for `place`, filled in by `resolve`. */
  ask(place: Place): EvidenceRef {
    const quote = {} as EvidenceRef;
    let list = this.wanted.get(place.doc);
    if (!list) this.wanted.set(place.doc, (list = []));
    list.push({ place, quote });
    return quote;
  }

  /** Fills in every quote asked for, reading `docs` (the same documents, in the same order) once, or only the passages quoted. */
  resolve(docs: Rereadable): void {
    if (this.wanted.size === 0) return;
    const passages = new Map<number, Set<number>>();
    for (const [doc, list] of this.wanted) passages.set(doc, new Set(list.map(({ place }) => place.passage)));
    const wanted = (doc: number, passage: number) => passages.get(doc)?.has(passage) ?? false;
    let docIndex = 0;
    for (const doc of docs.select?.(wanted) ?? docs) {
      for (const { place, quote } of this.wanted.get(docIndex++) ?? []) {
        Object.assign(quote, copied(evidenceOf(doc, doc.passages[place.passage], { start: place.start, end: place.end }, QUOTE_CHARS)));
      }
    }
    this.wanted.clear();
  }
}

/** A quote that shares no memory with the document it was cut from. */
function copied(ref: EvidenceRef): EvidenceRef {
  return {
    ...ref,
    document: detached(ref.document),
    section: ref.section.map(detached),
    quote: detached(ref.quote),
    ...(ref.passageText !== undefined && { passageText: detached(ref.passageText) }),
  };
}

/**
 * `build` with `examples`; without, with quotes of its own, made over `docs` at the end. Each
 * kind of group can be built alone; `analyzeNames` shares one `Examples` to read the corpus once.
 */
export function withExamples<T>(docs: Iterable<TaggedDocument>, examples: Examples | undefined, build: (examples: Examples) => T): T {
  if (examples) return build(examples);
  const own = new Examples();
  const result = build(own);
  own.resolve(docs);
  return result;
}

/** Makes groups of one kind from the passages it is shown, then from the whole corpus (`finish`). */
export interface GroupReader {
  read(at: At): void;
  /** The groups; `docs` for what needs another reading (abbreviations a document does not introduce). */
  finish(docs: Iterable<TaggedDocument>): NameGroup[];
}

/** The groups of `readers`, in their order, from one reading of `docs` shared by all. */
export function readTogether(docs: Iterable<TaggedDocument>, readers: readonly GroupReader[]): NameGroup[] {
  let docIndex = 0;
  for (const doc of docs) readDocument(doc, docIndex++, readers);
  return readers.flatMap((reader) => reader.finish(docs));
}

/** Shows `readers` every passage of `doc`, the document at `docIndex` in reading order. */
export function readDocument(doc: TaggedDocument, docIndex: number, readers: readonly GroupReader[]): void {
  for (let passageIndex = 0; passageIndex < doc.passages.length; passageIndex++) {
    const at: At = { doc, docIndex, passage: doc.passages[passageIndex], passageIndex };
    for (const reader of readers) reader.read(at);
  }
}
