// The data-file memo (src/data-files/memo.ts) kept in the cache folder: one entry per command, so
// that `review` and `analyze` each find what they read last time. The key covers the code that
// parses and validates data files (the schemas and their own keywords): new code, new entry.
// The entry is untrusted like every cache entry: its shape and a checksum over its contents are
// checked, and one that fails is dropped and rebuilt without a word.
import type { DataFileMemoStore } from '../data-files/memo.js';
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
