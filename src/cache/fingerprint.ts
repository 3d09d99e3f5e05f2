// What a cached result depends on besides its input's bytes: the code that made it. The language
// data a run reads is keyed by its own fingerprint (languageFingerprint in src/language/data-files.ts):
// it comes from the run's lexicons folder, not from the package.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CODE_ROOT, PACKAGE_ROOT } from '../paths.js';

/**
 * Bump when extraction output changes in a way the code fingerprint below would not notice
 * (a dependency upgrade that changes PDF text, say). Any change to the code of the extraction
 * stages already yields new keys by itself, and the language data is in each key.
 */
export const PIPELINE_VERSION = 1;

/** The stages whose code shapes a `Document`, relative to src/ (or dist/ in the built package). */
const EXTRACTION_CODE = ['ingest', 'normalize', 'segment', 'language', 'corpus/extract.ts', 'corpus/extract.js'];

const memo = new Map<string, string>();

/**
 * Hash of PIPELINE_VERSION, the package version and the text of the extraction code as installed.
 * Computed once per process; reading some fifty small files takes about a millisecond. A developer
 * who edits the segmenter, or a user who upgrades, never gets stale cached documents.
 */
export function extractionFingerprint(): string {
  return codeFingerprint(EXTRACTION_CODE);
}

/**
 * The same for any set of stages, `code` relative to src/ (dist/). Used by the search index,
 * which also depends on the tagger and the lexicons' code.
 */
export function codeFingerprint(code: readonly string[]): string {
  const id = JSON.stringify(code);
  const known = memo.get(id);
  if (known) return known;
  const hash = createHash('sha256').update(`pipeline ${PIPELINE_VERSION}\n`);
  hash.update(readOrEmpty(path.join(PACKAGE_ROOT, 'package.json')));
  const recorded = recordedHashes();
  for (const entry of code) {
    if (recorded) hashRecorded(hash, recorded, entry);
    else hashTree(hash, CODE_ROOT, entry, /\.(ts|js)$/);
  }
  const digest = hash.digest('hex');
  memo.set(id, digest);
  return digest;
}

/** The file that `npm run build` writes next to the compiled code (scripts/bundle.mjs): each module's SHA-256. */
export const CODE_HASHES_FILE = 'code-hashes.json';

let recorded: Map<string, string> | null | undefined;

/**
 * The built code's hashes as the build recorded them, path (relative to dist/, with /) → SHA-256,
 * sorted; null when run from the sources or when the file is missing or not of its shape, and
 * then every file is read and hashed. A warm `review` would otherwise read some two hundred files
 * before it could look up its findings (40 ms on a loaded machine).
 */
function recordedHashes(): Map<string, string> | null {
  if (recorded !== undefined) return recorded;
  recorded = null;
  try {
    const data: unknown = JSON.parse(readFileSync(path.join(CODE_ROOT, CODE_HASHES_FILE), 'utf8'));
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
      const entries = Object.entries(data);
      if (entries.every(([, value]) => typeof value === 'string')) recorded = new Map(entries.sort(([a], [b]) => (a < b ? -1 : 1)) as Array<[string, string]>);
    }
  } catch {
    // Run from the sources (or dist/ built by tsc alone, without it): read the files.
  }
  return recorded;
}

/** The recorded modules at `relative` or under it, in path order. */
function hashRecorded(hash: ReturnType<typeof createHash>, files: Map<string, string>, relative: string): void {
  const folder = `${relative}/`;
  for (const [file, digest] of files) {
    if (file === relative || file.startsWith(folder)) hash.update(`${file}\n${digest}\n`);
  }
}

function hashTree(hash: ReturnType<typeof createHash>, root: string, relative: string, wanted: RegExp): void {
  const full = path.join(root, relative);
  let entries;
  try {
    entries = readdirSync(full, { withFileTypes: true });
  } catch {
    // A file, or missing (pipeline.ts in dist): hash what is there.
    if (wanted.test(relative)) hash.update(`${relative}\n`).update(readOrEmpty(full));
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const child = path.join(relative, entry.name);
    if (entry.isDirectory()) hashTree(hash, root, child, wanted);
    else if (wanted.test(entry.name) && !entry.name.endsWith('.d.ts')) hash.update(`${child}\n`).update(readOrEmpty(path.join(root, child)));
  }
}

function readOrEmpty(file: string): Buffer | string {
  try {
    return readFileSync(file);
  } catch {
    return '';
  }
}

/** sha256 of the parts, joined unambiguously: the key of one cache entry. */
export function cacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}
