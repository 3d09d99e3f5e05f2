// What parsing and validating the data files (lexicons, rules, language data) found, remembered
// across runs by content hash: a run whose files are unchanged neither parses their YAML nor loads
// and compiles the JSON Schemas (together about half a second of `review`'s start-up). Only
// successes are remembered, so every problem is still found and reported at file:line:col by
// the full path. Off unless the command line turns it on (useDataFileMemo), with its store in the
// run's cache folder: the memo knows nothing about disks.
import { createHash } from 'node:crypto';

/** Where the remembered results live between runs; the store checks what it reads back (it is untrusted). */
export interface DataFileMemoStore {
  /** The entries of the last run, or null when there are none (or they did not check out). */
  read(): Map<string, string> | null;
  write(entries: Map<string, string>): void;
}

let store: DataFileMemoStore | null = null;
let known: Map<string, string> | null = null;
/** The entries this run used or made: the next run's memo (one run's files, not every file ever read). */
const used = new Map<string, string>();
let changed = false;

/** Turns the memo on with `next` as its store (off with null); starts empty. */
export function useDataFileMemo(next: DataFileMemoStore | null): void {
  store = next;
  known = null;
  used.clear();
  changed = false;
}

export function dataFileMemoEnabled(): boolean {
  return store !== null;
}

/** SHA-256 of `text`, hex: the memo's keys are made of these. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The value remembered under `key`, or undefined (always when the memo is off). */
export function recall(key: string): string | undefined {
  if (!store) return undefined;
  known ??= store.read() ?? new Map();
  const value = known.get(key);
  if (value !== undefined) used.set(key, value);
  return value;
}

/**
 * Keeps every remembered entry whose key starts with `prefix` for the next run, as if this run had
 * used it: for a run that skipped the work those entries serve (review's cached findings skip
 * tagging and spelling) and must not forget them for the run after an edit. Adds nothing new, so
 * the memo stays the size the last run that did the work left it.
 */
export function keepRemembered(prefix = ''): void {
  if (!store) return;
  known ??= store.read() ?? new Map();
  for (const [key, value] of known) if (key.startsWith(prefix)) used.set(key, value);
}

/** Remembers `value` under `key` (when the memo is on). */
export function remember(key: string, value: string): void {
  if (!store) return;
  used.set(key, value);
  changed = true;
}

/** Writes the memo when this run added to it or used less of it than the last run left. */
export function saveDataFileMemo(): void {
  if (!store || !(changed || (known !== null && known.size !== used.size))) return;
  store.write(used);
  changed = false;
}
