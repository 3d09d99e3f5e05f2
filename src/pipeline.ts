// The extraction half of the pipeline, file by file: ingest → normalize → segment, plus what a
// corpus manifest says about each file.
import path from 'node:path';
import { ingestFile, DEFAULT_LIMITS, SUPPORTED_EXTENSIONS, type IngestLimits } from './ingest/index.js';
import { InputError } from './ingest/errors.js';
import { readManifest, ManifestError, type ManifestEntry } from './ingest/manifest.js';
import { normalize } from './normalize/index.js';
import { segment } from './segment/index.js';
import { collectInputs } from './util/files.js';
import { extractThroughCache, openCache } from './cache/extract.js';
import type { CacheStats } from './cache/store.js';
import type { Document, InputFailure } from './types.js';

export interface ExtractOptions {
  limits?: IngestLimits;
  /** Called after each file, for progress bars. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Extraction cache directory; default `$XDG_CACHE_HOME/mrkoll` or `~/.cache/mrkoll`. */
  cacheDir?: string;
  /** False: parse every file, read and write no cache. */
  cache?: boolean;
}

export interface ExtractResult {
  documents: Document[];
  failures: InputFailure[];
  /** Cache hits and misses of this run; absent when the cache is off. */
  cache?: CacheStats;
}

/** Reads one file into a segmented `Document`; throws `InputError` for bad input. */
export async function extractDocument(file: string, limits: IngestLimits = DEFAULT_LIMITS): Promise<Document> {
  const raw = await ingestFile(file, limits);
  return segment(normalize(raw));
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
 * `failures` with a one-line reason and the rest go on.
 */
export async function extractDocuments(paths: string[], options: ExtractOptions = {}): Promise<ExtractResult> {
  const { files, failures } = collectInputs(paths, SUPPORTED_EXTENSIONS);
  const manifestOf = manifestLookup(failures);
  const cache = openCache(options);
  const documents: Document[] = [];
  let done = 0;
  for (const file of files) {
    try {
      const doc = await extractThroughCache(file, options.limits ?? DEFAULT_LIMITS, cache, extractDocument);
      documents.push(applyManifest(doc, manifestOf(file)));
    } catch (error) {
      failures.push({ path: file, reason: reasonOf(error) });
    }
    options.onProgress?.(++done, files.length, file);
  }
  return cache ? { documents, failures, cache: cache.stats } : { documents, failures };
}

/** Finds a file's entry in the manifest of its own directory, reading each manifest once. */
function manifestLookup(failures: InputFailure[]): (file: string) => ManifestEntry | undefined {
  const byDir = new Map<string, Map<string, ManifestEntry>>();
  return (file) => {
    const dir = path.dirname(path.resolve(file));
    let entries = byDir.get(dir);
    if (!entries) {
      entries = new Map();
      try {
        const manifest = readManifest(dir);
        for (const entry of manifest?.documents ?? []) entries.set(entry.file, entry);
      } catch (error) {
        if (!(error instanceof ManifestError)) throw error;
        failures.push({ path: path.join(dir, 'manifest.yaml'), reason: error.message.split(': ').slice(1).join(': ') });
      }
      byDir.set(dir, entries);
    }
    return entries.get(path.basename(file));
  };
}

function reasonOf(error: unknown): string {
  if (error instanceof InputError) return error.reason;
  // An unexpected failure is still one line naming the file.
  const message = error instanceof Error ? error.message : String(error);
  return `oväntat fel: ${message.split('\n')[0]}`;
}
