// The full-text index over passages: lunr with the Swedish pipeline, plus what lunr does not keep —
// the vocabulary (each word as written → its index term, for compound-aware query expansion) and
// each passage's facets (tags, administrations) for filters. All of it is plain JSON, so the CLI
// can cache it on disk next to the extracted documents.
import type LunrModule from 'lunr';
import type { Document, TaggedDocument } from '../types.js';
import { indexedWords, lunr, swedish } from './lunr-sv.js';

/** Bumped when the index layout or its analysis changes. */
export const SEARCH_INDEX_VERSION = 1;

/** What filters need to know about a passage beyond its document's metadata. */
export interface PassageFacets {
  /** Counted tags: P1–P4 and rights areas, neither negated nor stock text. */
  tags: string[];
  /** Administrations the passage mentions. */
  administrations: string[];
}

/** The serializable index: what the cache stores. */
export interface SearchIndexData {
  version: number;
  lunr: object;
  /** [word as written (lower case), index term], for every distinct indexed word. */
  vocabulary: Array<[string, string]>;
  /** Per document, per passage (in passage order). */
  facets: PassageFacets[][];
  /** Per document: the authoring administration's ID as the tagger decided it, or null. */
  authors: Array<string | null>;
}

/** An index ready to query, with the documents it was built from (for snippets and metadata). */
export interface SearchIndex {
  lunr: LunrModule.Index;
  vocabulary: Map<string, string>;
  facets: PassageFacets[][];
  authors: Array<string | null>;
  documents: Document[];
}

/** Passage reference inside the index: document number and passage number. */
export function passageRef(doc: number, passage: number): string {
  return `${doc}:${passage}`;
}

export function parseRef(ref: string): [number, number] {
  const [doc, passage] = ref.split(':').map(Number);
  return [doc, passage];
}

/** The facets of a tagged document's passages. */
export function facetsOf(doc: TaggedDocument): PassageFacets[] {
  return doc.passages.map((p) => ({
    tags: [...new Set(p.tags.filter((t) => !t.negated && !t.boilerplate).map((t) => t.id))],
    administrations: [...new Set(p.mentions.map((m) => m.id))],
  }));
}

/**
 * Indexes every passage of `documents`. `facets` are per document, per passage, and `authors` per
 * document (both from the tagger; empty when the caller does not tag).
 */
export function buildSearchIndex(documents: readonly Document[], facets: PassageFacets[][] = [], authors: Array<string | null> = []): SearchIndexData {
  const vocabulary = new Map<string, string>();
  const index = lunr(function () {
    this.use(swedish);
    this.ref('ref');
    this.field('text');
    documents.forEach((doc, d) => {
      doc.passages.forEach((passage, p) => {
        this.add({ ref: passageRef(d, p), text: passage.text });
        for (const word of indexedWords(passage.text)) if (word.term) vocabulary.set(word.surface, word.term);
      });
    });
  });
  return {
    version: SEARCH_INDEX_VERSION,
    lunr: index.toJSON(),
    vocabulary: [...vocabulary],
    facets: documents.map((doc, d) => facets[d] ?? doc.passages.map(() => ({ tags: [], administrations: [] }))),
    authors: documents.map((doc, d) => authors[d] ?? doc.metadata.authorId ?? null),
  };
}

/** Brings a stored index back to life over the same documents, in the same order. */
export function loadSearchIndex(data: SearchIndexData, documents: Document[]): SearchIndex {
  return {
    lunr: lunr.Index.load(data.lunr),
    vocabulary: new Map(data.vocabulary),
    facets: data.facets,
    authors: data.authors,
    documents,
  };
}

/** Shape check for a cached index: the cache deletes entries that fail it. */
export function isSearchIndexData(value: unknown, documents: readonly Document[]): value is SearchIndexData {
  const data = value as Partial<SearchIndexData> | null;
  return (
    typeof data === 'object' &&
    data !== null &&
    data.version === SEARCH_INDEX_VERSION &&
    typeof data.lunr === 'object' &&
    Array.isArray(data.vocabulary) &&
    Array.isArray(data.facets) &&
    Array.isArray(data.authors) &&
    data.authors.length === documents.length &&
    data.facets.length === documents.length &&
    data.facets.every((f, i) => Array.isArray(f) && f.length === documents[i].passages.length)
  );
}
