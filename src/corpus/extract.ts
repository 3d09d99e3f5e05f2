// The extraction half of the pipeline, file by file: ingest → normalize → segment, then the
// document located (its city and case numbers, src/locate) and what a corpus manifest says about
// each file. The language data it reads with comes from the run's
// lexicons folder (`lexiconsDir`), each file of it the folder's own or else the bundled one.
import { ingestFile, DEFAULT_LIMITS, SUPPORTED_EXTENSIONS, type IngestLimits } from '../ingest/index.js';
import { failureReason } from '../ingest/errors.js';
import { Manifests, type ManifestEntry } from './manifest.js';
import { normalize } from '../normalize/index.js';
import { extractionData, segment, type ExtractionData } from '../segment/index.js';
import { collectInputs } from './inputs.js';
import { extractThroughCache, openCache } from '../cache/extract.js';
import { buildLocator, locateDataFor, locateDocument } from '../locate/index.js';
import type { CacheStats } from '../cache/store.js';
import type { Document, InputFailure } from '../types.js';

export interface ExtractOptions {
  limits?: IngestLimits;
  /** Called after each file, for progress bars. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Extraction cache directory; default `$XDG_CACHE_HOME/mrkoll` or `~/.cache/mrkoll`. */
  cacheDir?: string;
  /** False: parse every file, read and write no cache. */
  cache?: boolean;
  /** The lexicons folder whose language data extraction reads, and whose municipalities and registries locate; default the bundled one. */
  lexiconsDir?: string;
  /** --city: the city of every document its manifest gives none. */
  city?: string;
}

export interface ExtractResult {
  documents: Document[];
  failures: InputFailure[];
  /** Cache hits and misses of this run; absent when the cache is off. */
  cache?: CacheStats;
}

/**
 * Reads one file into a segmented `Document`; throws `InputError` for bad input. `data` is the
 * language data to read it with; default the bundled.
 */
export async function extractDocument(file: string, limits: IngestLimits = DEFAULT_LIMITS, data: ExtractionData = extractionData()): Promise<Document> {
  const raw = await ingestFile(file, limits);
  return segment(normalize(raw, data.sectionTitles), data);
}

/** Manifest facts override what was guessed from the content: the manifest is the user's word. */
export function applyManifest(doc: Document, entry: ManifestEntry | undefined): Document {
  if (!entry) return doc;
  const m = doc.metadata;
  return {
    ...doc,
    metadata: {
      ...m,
      city: entry.city ?? m.city,
      year: entry.year ?? m.year,
      type: entry.type ?? m.type,
      authorId: entry.author ?? m.authorId ?? null,
      variantOf: entry.variantOf ?? null,
    },
  };
}

/**
 * Reads every file under `paths` (files, directories, globs). A file that fails is reported in
 * `failures` with a one-line reason and the rest go on. Bad language data is no file's failure:
 * it is thrown (`LanguageDataError`) before any file is read.
 */
export async function extractDocuments(paths: string[], options: ExtractOptions = {}): Promise<ExtractResult> {
  const data = extractionData(options.lexiconsDir);
  const locator = buildLocator(locateDataFor(options.lexiconsDir));
  const { files, failures } = collectInputs(paths, SUPPORTED_EXTENSIONS);
  const manifests = new Manifests();
  const cache = openCache(options);
  const documents: Document[] = [];
  let done = 0;
  for (const file of files) {
    try {
      const doc = await extractThroughCache(file, { limits: options.limits ?? DEFAULT_LIMITS, data }, cache, extractDocument);
      failures.push(...manifests.problemsOnFirstUse(file));
      const entry = manifests.entryFor(file);
      const located = locateDocument(doc, locator, data.sectionTitles, { manifest: entry?.city, flag: options.city });
      documents.push(applyManifest(located, entry));
    } catch (error) {
      failures.push({ path: file, reason: failureReason(error) });
    }
    options.onProgress?.(++done, files.length, file);
  }
  return cache ? { documents, failures, cache: cache.stats } : { documents, failures };
}
