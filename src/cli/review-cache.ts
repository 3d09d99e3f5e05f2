// `mrkoll review`'s findings per document through the disk cache, as ESLint's --cache keeps lint
// results per file: a draft reviewed again unchanged is neither tagged, nor spelled, nor checked.
// The key covers everything the findings depend on: the extracted document (text, passages,
// metadata with the manifest's facts), the lexicons and their folder's language data, the
// bundled municipalities, the rules and profiles, the dictionary and the code of every stage from
// tagging to the checks. An entry is untrusted: its shape and a checksum over its contents are
// checked, and one that fails is dropped and the document reviewed again.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { LANGUAGE_FILES, languageFingerprint } from '../language/data-files.js';
import { dictionaryIdentity } from '../language/hunspell.js';
import { BUNDLED_MUNICIPALITIES_FILE } from '../lexicon/municipalities.js';
import type { PlaceKind } from '../review/line-column.js';
import type { Finding, ReviewProfile, Rule } from '../review/types.js';
import type { Document, Lexicons } from '../types.js';
import { cacheKey, codeFingerprint } from '../cache/fingerprint.js';
import type { DiskCache } from '../cache/store.js';

const KIND = 'review';

/** The code between an extracted document and its findings (src/ relative; dist/ when built). */
const REVIEW_CODE = [
  'review',
  'tag',
  'attribute',
  'language',
  'lexicon',
  'names',
  'registry',
  'util',
  'data-files',
  'types.ts',
  'types.js',
  'cli/review.ts',
  'cli/review.js',
  'cli/review-cache.ts',
  'cli/review-cache.js',
];

/** What every document of one run is reviewed with. */
export interface ReviewRunSettings {
  lexicons: Lexicons;
  rules: readonly Rule[];
  profiles: ReadonlyMap<string, ReviewProfile>;
  /** The rule set's known words (the spelling rules read them with the lexicons'). */
  knownWords: readonly string[];
  city?: string;
  type?: string;
  profile?: string;
}

/** One document's review as stored. */
export interface CachedReview {
  findings: Finding[];
  places: PlaceKind;
  checksum: string;
}

export interface ReviewCache {
  read(doc: Document): { findings: Finding[]; places: PlaceKind } | null;
  write(doc: Document, findings: Finding[], places: PlaceKind): void;
}

/** The findings cache of one run in `cache`; the run's part of each key is computed here, once. */
export function reviewCache(cache: DiskCache, settings: ReviewRunSettings): ReviewCache {
  const { dir: _dir, ...lexiconData } = settings.lexicons;
  const run = cacheKey(
    KIND,
    codeFingerprint(REVIEW_CODE),
    languageFingerprint(LANGUAGE_FILES, settings.lexicons.dir),
    cacheKey(lexiconData),
    createHash('sha256').update(readFileSync(BUNDLED_MUNICIPALITIES_FILE)).digest('hex'),
    cacheKey(settings.rules, [...settings.profiles], settings.knownWords),
    dictionaryIdentity(),
    [settings.city ?? null, settings.type ?? null, settings.profile ?? null],
  );
  const keyOf = (doc: Document) => {
    // Everything but where the file is now: the checks read the text, passages and metadata.
    const { path: _path, ...content } = doc;
    return cacheKey(run, createHash('sha256').update(JSON.stringify(content)).digest('hex'));
  };
  return {
    read(doc) {
      const entry = cache.read(KIND, keyOf(doc), isCachedReview, `granskning av ${doc.path}`);
      return entry && { findings: entry.findings, places: entry.places };
    },
    write(doc, findings, places) {
      cache.write(KIND, keyOf(doc), { findings, places, checksum: cacheKey(findings, places) } satisfies CachedReview, `granskning av ${doc.path}`);
    },
  };
}

const PLACES: readonly PlaceKind[] = ['file', 'paragraph', 'text'];
const SEVERITIES: readonly string[] = ['error', 'warning', 'info'];

const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

function isFinding(value: unknown): value is Finding {
  if (typeof value !== 'object' || value === null) return false;
  const f = value as Record<string, unknown>;
  return (
    isString(f.ruleId) &&
    SEVERITIES.includes(f.severity as string) &&
    isString(f.message) &&
    [f.start, f.end, f.line, f.column, f.endLine, f.endColumn].every(isCount) &&
    (f.page === null || isCount(f.page)) &&
    Array.isArray(f.section) &&
    f.section.every(isString) &&
    isString(f.excerpt) &&
    (f.expected === undefined || isString(f.expected))
  );
}

function isCachedReview(value: unknown): value is CachedReview {
  if (typeof value !== 'object' || value === null) return false;
  const { findings, places, checksum } = value as Partial<CachedReview>;
  return Array.isArray(findings) && findings.every(isFinding) && PLACES.includes(places as PlaceKind) && checksum === cacheKey(findings, places);
}
