// Extraction through the cache: a file whose bytes, extension, extraction code, limits and
// language data are unchanged is not parsed again. The key is the file's SHA-256, so a moved or
// copied file is still a hit (nothing in a `Document` but its path depends on where the file is).
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fsPath } from '../ingest/file-names.js';
import type { IngestLimits } from '../ingest/limits.js';
import type { ExtractionData } from '../segment/extraction-data.js';
import type { Document } from '../types.js';
import { isCachedDocument, type CachedDocument } from './document-shape.js';
import { cacheKey, extractionFingerprint } from './fingerprint.js';
import { DiskCache, defaultCacheDir, makeDirectories } from './store.js';
import { firstLine } from '../ingest/errors.js';
import { forTerminal } from '../util/terminal.js';

export type { CachedDocument } from './document-shape.js';

const KIND = 'documents';

export interface CacheOptions {
  /** Directory of the cache; default `$XDG_CACHE_HOME/mrkoll` or `~/.cache/mrkoll`. */
  cacheDir?: string;
  /** False turns the cache off. */
  cache?: boolean;
}

/**
 * The cache the options ask for, or null when it is switched off or its folder cannot be made
 * (`--cache-dir /proc/x`, a file in the way, no permission): then one warning on stderr per
 * folder and process, and the run goes on without a cache.
 */
export function openCache(options: CacheOptions = {}): DiskCache | null {
  if (options.cache === false) return null;
  const dir = options.cacheDir ?? defaultCacheDir();
  try {
    makeDirectories(dir);
  } catch (error) {
    if (!warned.has(dir)) {
      warned.add(dir);
      const code = (error as NodeJS.ErrnoException).code ?? firstLine(error);
      process.stderr.write(`mrkoll: varning: cachekatalogen ${forTerminal(dir)} kan inte användas (${code}); körs utan cache\n`);
    }
    return null;
  }
  return new DiskCache(dir);
}

const warned = new Set<string>();

/** What a file is extracted with: the limits, and the language data (`data.fingerprint` is in the key). */
export interface ExtractionSettings {
  limits: IngestLimits;
  data: ExtractionData;
}

/**
 * `extract(file, limits, data)`, or its stored result. Files that cannot be stat'ed or are over
 * the size limit go straight to `extract`, which explains the problem; failures are not cached.
 */
export async function extractThroughCache(
  file: string,
  { limits, data }: ExtractionSettings,
  cache: DiskCache | null,
  extract: (file: string, limits: IngestLimits, data: ExtractionData) => Promise<Document>,
): Promise<Document> {
  if (!cache) return extract(file, limits, data);
  const sha256 = await hashIfReadable(file, limits);
  if (!sha256) return extract(file, limits, data);
  // The extension chooses the reader (the same bytes as .md and as .txt are read differently);
  // the language data's texts, not their folder, decide headings, sentences and the type.
  const key = cacheKey(KIND, sha256, path.extname(file).toLowerCase(), extractionFingerprint(), limits, data.fingerprint);
  const cached = cache.read(KIND, key, (value): value is CachedDocument => isCachedDocument(value, sha256), file);
  if (cached) return { ...sharePassageTexts(cached), path: file };
  const doc = await extract(file, limits, data);
  // A file rewritten between hashing and parsing must not be stored under the old bytes' key.
  if (doc.sha256 === sha256) {
    const { path: _path, ...stored } = doc;
    cache.write(KIND, key, stored, file);
  }
  return doc;
}

/**
 * JSON gives every passage a string of its own: make each a slice of the document's text again,
 * as segmentation made it, so that the text is held once.
 */
function sharePassageTexts(doc: CachedDocument): CachedDocument {
  for (const passage of doc.passages) {
    const slice = doc.text.slice(passage.start, passage.end);
    if (slice === passage.text) passage.text = slice;
  }
  return doc;
}

async function hashIfReadable(file: string, limits: IngestLimits): Promise<string | null> {
  try {
    const stats = await stat(fsPath(file));
    if (!stats.isFile() || stats.size > limits.maxFileBytes) return null;
    return createHash('sha256')
      .update(await readFile(fsPath(file)))
      .digest('hex');
  } catch {
    return null;
  }
}
