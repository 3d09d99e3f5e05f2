// The search index through the disk cache: a second search over an unchanged corpus neither
// tags nor indexes again. The key covers every document's bytes and metadata (a manifest edit
// changes filters), the lexicons (they decide tags), the language data of their folder (it
// decides passages, tokens and tags) and the code of every stage involved.
import { codeFingerprint, cacheKey } from '../cache/fingerprint.js';
import { LANGUAGE_FILES, languageFingerprint } from '../language/data-files.js';
import type { DiskCache } from '../cache/store.js';
import type { Document, Lexicons } from '../types.js';
import { buildSearchIndex, isSearchIndexData, loadSearchIndex, SEARCH_INDEX_VERSION, type PassageFacets, type SearchIndex } from './index.js';

const KIND = 'search-index';
const CODE = ['ingest', 'normalize', 'segment', 'language', 'corpus/extract.ts', 'corpus/extract.js', 'locate', 'lexicon', 'attribute', 'tag', 'search'];

/** Tags the documents: facets per passage and the author per document. Only called on a miss. */
export type Annotate = (documents: Document[]) => { facets: PassageFacets[][]; authors: Array<string | null> };

/** `framework`: --framework, which changes the tags. */
export function searchIndexKey(documents: readonly Document[], lexicons: Lexicons | null, framework?: string): string {
  const { dir: _dir, ...lexiconData } = lexicons ?? { dir: '' };
  return cacheKey(
    KIND,
    SEARCH_INDEX_VERSION,
    codeFingerprint(CODE),
    languageFingerprint(LANGUAGE_FILES, lexicons?.dir),
    lexicons ? cacheKey(lexiconData) : null,
    framework ?? null,
    documents.map((d) => [d.sha256, d.metadata]),
  );
}

/** The index for `documents`: from the cache when it has it, else built (tagging via `annotate`) and stored. */
export function cachedSearchIndex(
  documents: Document[],
  lexicons: Lexicons | null,
  annotate: Annotate,
  cache: DiskCache | null,
  framework?: string,
): SearchIndex {
  const key = cache ? searchIndexKey(documents, lexicons, framework) : '';
  const label = `sökindex över ${documents.length} dokument`;
  const stored = cache?.read(KIND, key, (v): v is ReturnType<typeof buildSearchIndex> => isSearchIndexData(v, documents), label);
  if (stored) return loadSearchIndex(stored, documents);
  const { facets, authors } = annotate(documents);
  const data = buildSearchIndex(documents, facets, authors);
  cache?.write(KIND, key, data, label);
  return loadSearchIndex(data, documents);
}
