// The data-file memo (src/data-files/memo.ts) kept in the cache folder: one entry per command, so
// that `review` and `analyze` each find what they read last time. The key covers the code that
// parses and validates data files (the schemas and their own keywords): new code, new entry.
// The entry is untrusted like every cache entry: its shape and a checksum over its contents are
// checked, and one that fails is dropped and rebuilt without a word.
//
// Also the build's snapshot of the memo (dist/data-files.json, written by scripts/bundle.mjs): the
// parses and validations of the bundled data files, used by runs without a cache. It is part of the
// build like the code beside it, and used only when the code that made it is the code that runs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DataFileMemoStore } from '../data-files/memo.js';
import { CODE_ROOT } from '../paths.js';
import { debug } from './debug.js';
import { cacheKey, codeFingerprint } from './fingerprint.js';
import type { DiskCache } from './store.js';

const KIND = 'data-files';

/** The code whose output the memo holds: YAML parsing, the schemas and their keywords. */
const DATA_FILE_CODE = ['data-files', 'lexicon/schema.ts', 'lexicon/schema.js', 'review/rule-schema.ts', 'review/rule-schema.js'];

interface MemoEntry {
  entries: Array<[string, string]>;
  checksum: string;
}

function isMemoEntry(value: unknown): value is MemoEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { entries, checksum } = value as Partial<MemoEntry>;
  const pairs = Array.isArray(entries) && entries.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && typeof e[1] === 'string');
  return pairs && checksum === cacheKey(entries);
}

/** The memo of `command` in `cache`. */
export function dataFileMemoStore(cache: DiskCache, command: string): DataFileMemoStore {
  const key = cacheKey(codeFingerprint(DATA_FILE_CODE), command);
  return {
    read: () => {
      const entry = cache.read(KIND, key, isMemoEntry, `datafiler för ${command}`);
      return entry ? new Map(entry.entries) : null;
    },
    write: (memo) => {
      const entries = [...memo];
      cache.write(KIND, key, { entries, checksum: cacheKey(entries) } satisfies MemoEntry, `datafiler för ${command}`);
    },
  };
}

/** The snapshot's name beside the compiled code (dist/); there is none beside the sources. */
export const DATA_FILE_SNAPSHOT_FILE = 'data-files.json';

interface DataFileSnapshot {
  /** The fingerprint of the code that made the entries (DATA_FILE_CODE). */
  code: string;
  entries: Array<[string, string]>;
}

/** Memo entries as the build stores them: parses and validations only (no spelling verdicts), sorted, with the code that made them. */
export function dataFileSnapshot(entries: Iterable<[string, string]>): DataFileSnapshot {
  const kept = [...entries].filter(([key]) => key.startsWith('yaml ') || key.startsWith('valid '));
  return { code: codeFingerprint(DATA_FILE_CODE), entries: kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) };
}

/** The build's snapshot at `file`, or null when it is missing, not of its shape, or made by other code than this. */
export function readDataFileSnapshot(file: string = path.join(CODE_ROOT, DATA_FILE_SNAPSHOT_FILE)): Map<string, string> | null {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null; // run from the sources, or dist/ built by tsc alone
  }
  const { code, entries } = (data ?? {}) as Partial<DataFileSnapshot>;
  const pairs = Array.isArray(entries) && entries.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && typeof e[1] === 'string');
  const usable = pairs && code === codeFingerprint(DATA_FILE_CODE);
  debug('snapshot', `${usable ? 'träff' : 'oanvändbar'} ${file}`);
  return usable ? new Map(entries) : null;
}
