// What parsing and validating the data files (lexicons, rules, language data) found, remembered
// across runs by content hash: a run whose files are unchanged neither parses their YAML nor loads
// and compiles the JSON Schemas (together about half a second of `review`'s start-up). Only
// successes are remembered, so every problem is still found and reported at file:line:col by
// the full path. Off unless the command line turns it on (useDataFileMemo), with its store in the
// run's cache folder: the memo knows nothing about disks.
//
// Under the memo, or alone when it is off (--no-cache), lies the build's snapshot: the same kind of
// entries, made by `npm run build` from the bundled lexicons and rules (scripts/bundle.mjs), so
// that a run without a cache does not parse and validate the package's own files either (0.5 s
// of every run). Its keys are content hashes too, so a user's file is recalled from it only when
// its bytes are those of a bundled one; it holds parses and validations, not spelling verdicts.
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
/** Reads the snapshot (once, on the first recall that needs it); null when there is none. */
let readSnapshot: (() => ReadonlyMap<string, string> | null) | null = null;
let snapshot: ReadonlyMap<string, string> | null | undefined;

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

/** Recalls parses and validations from the build's snapshot `read` returns (none with null), under the memo or without it. */
export function useDataFileSnapshot(read: (() => ReadonlyMap<string, string> | null) | null): void {
  readSnapshot = read;
  snapshot = undefined;
}

/** True when a parse or validation may be recalled (from the memo or the snapshot): only then are their keys worth hashing. */
export function dataFilesRecallable(): boolean {
  return store !== null || readSnapshot !== null;
}

function fromSnapshot(key: string): string | undefined {
  if (readSnapshot === null) return undefined;
  snapshot ??= readSnapshot();
  return snapshot?.get(key);
}

/** SHA-256 of `text`, hex: the memo's keys are made of these. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The value remembered under `key` (by the memo, else by the snapshot), or undefined. */
export function recall(key: string): string | undefined {
  if (!store) return fromSnapshot(key);
  known ??= store.read() ?? new Map();
  const value = known.get(key) ?? fromSnapshot(key);
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
