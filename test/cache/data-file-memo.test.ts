// The data-file memo: a second run with the same files recalls every parse and validation (and
// writes nothing), gives the same lexicons and rules, still reports every problem, and a memo
// entry that was tampered with is ignored and rebuilt. The build's snapshot of it serves runs
// without a cache the same way, and only when the code that made it is the code that runs.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { dataFileMemoStore, dataFileSnapshot, readDataFileSnapshot } from '../../src/cache/data-files.js';
import { DiskCache } from '../../src/cache/store.js';
import { saveDataFileMemo, useDataFileMemo, useDataFileSnapshot, type DataFileMemoStore } from '../../src/data-files/memo.js';
import { checkLexicons, loadLexicons } from '../../src/lexicon/load.js';
import { CHECKS, loadRules } from '../../src/review/index.js';
import { writeLexicons } from '../lexicon/fixture.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mrkoll-memo-'));
});
afterEach(() => {
  useDataFileMemo(null);
  useDataFileSnapshot(null);
  rmSync(dir, { recursive: true, force: true });
});

/** The store of `dir`, counting what it reads back and writes. */
function countingStore() {
  const store = dataFileMemoStore(new DiskCache(dir), 'review');
  const counts = { recalled: 0, writes: 0 };
  const counting: DataFileMemoStore = {
    read: () => {
      const entries = store.read();
      counts.recalled = entries?.size ?? 0;
      return entries;
    },
    write: (entries) => {
      counts.writes++;
      store.write(entries);
    },
  };
  return { store: counting, counts };
}

/** One run as the CLI makes it: memo on, load, memo saved. */
function run<T>(load: () => T) {
  const { store, counts } = countingStore();
  useDataFileMemo(store);
  const value = load();
  saveDataFileMemo();
  useDataFileMemo(null);
  return { value, counts };
}

const loadAll = () => ({ lexicons: loadLexicons(), rules: loadRules([], CHECKS) });

test('a second run recalls every file and writes nothing; lexicons and rules are as without the memo', () => {
  const without = loadAll();
  const first = run(loadAll);
  expect(first.counts).toEqual({ recalled: 0, writes: 1 });
  const second = run(loadAll);
  expect(second.counts.writes).toBe(0);
  expect(second.counts.recalled).toBeGreaterThan(50);
  expect(JSON.stringify(second.value)).toBe(JSON.stringify(without));
  expect(JSON.stringify(first.value)).toBe(JSON.stringify(without));
});

/** Lexicons with a broken concept group: `check` gets their problems as a run finds them and as found with neither memo nor snapshot. */
function withBrokenLexicons(check: (problems: () => string[], expected: string[]) => void): void {
  const lexicons = writeLexicons({ 'concepts.yaml': 'concepts:\n  - id: x\n    preferred: 3\n' });
  try {
    const problems = () => checkLexicons(lexicons).map((p) => `${path.basename(p.file)}:${p.line}:${p.col}: ${p.message}`);
    const expected = problems();
    expect(expected.length).toBeGreaterThan(0);
    check(problems, expected);
  } finally {
    rmSync(lexicons, { recursive: true, force: true });
  }
}

test('problems are reported at file:line:col on every run, remembered or not', () => {
  withBrokenLexicons((problems, expected) => {
    expect(run(problems).value).toEqual(expected);
    expect(run(problems).value).toEqual(expected);
  });
});

test('a memo entry edited on disk is ignored and rebuilt', () => {
  run(loadAll);
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
  expect(files).toHaveLength(1);
  const file = path.join(files[0].parentPath, files[0].name);
  // Another value for one remembered parse, without a matching checksum.
  const before = readFileSync(file, 'utf8');
  const tampered = before.replace(/"yaml [0-9a-f]+","\{/, '$&\\"injected\\":1,');
  expect(tampered).not.toBe(before);
  expect(() => JSON.parse(tampered)).not.toThrow();
  writeFileSync(file, tampered);
  const { value, counts } = run(loadAll);
  expect(counts).toEqual({ recalled: 0, writes: 1 });
  expect(JSON.stringify(value)).toBe(JSON.stringify(loadAll()));
  expect(JSON.stringify(value)).not.toContain('injected');
});

/** What the build stores: the memo entries of a run that loaded everything. */
function snapshotOfRun(): Map<string, string> {
  let entries = new Map<string, string>();
  useDataFileMemo({ read: () => null, write: (written) => void (entries = new Map(written)) });
  loadAll();
  saveDataFileMemo();
  useDataFileMemo(null);
  return new Map(dataFileSnapshot(entries).entries);
}

test('without a memo, the snapshot is recalled: the same lexicons and rules, and its parses are the ones used', () => {
  const without = loadAll();
  const snapshot = snapshotOfRun();
  let reads = 0;
  useDataFileSnapshot(() => (reads++, snapshot));
  expect(JSON.stringify(loadAll())).toBe(JSON.stringify(without));
  expect(reads).toBe(1);
  // A parse changed in the snapshot shows that the YAML was not parsed again.
  const [key, value] = [...snapshot].find(([k, v]) => k.startsWith('yaml ') && v.includes('"title":"'))!;
  snapshot.set(key, value.replace('"title":"', '"title":"ur snapshot: '));
  useDataFileSnapshot(() => snapshot);
  expect(JSON.stringify(loadAll().lexicons.frameworks.map((f) => f.title))).toContain('ur snapshot: ');
});

test('with the snapshot, a user’s files are still checked: every problem at file:line:col', () => {
  withBrokenLexicons((problems, expected) => {
    const snapshot = snapshotOfRun();
    useDataFileSnapshot(() => snapshot);
    expect(problems()).toEqual(expected);
  });
});

test('the snapshot keeps parses and validations only, and is read back only when made by this code and of its shape', () => {
  const made = dataFileSnapshot([
    ['yaml b', '{}'],
    ['spell x ord', '1'],
    ['valid a b', '1'],
  ]);
  expect(made.entries).toEqual([
    ['valid a b', '1'],
    ['yaml b', '{}'],
  ]);
  const file = path.join(dir, 'data-files.json');
  writeFileSync(file, JSON.stringify(made));
  expect([...(readDataFileSnapshot(file) ?? [])]).toEqual(made.entries);
  writeFileSync(file, JSON.stringify({ ...made, code: 'other code' }));
  expect(readDataFileSnapshot(file)).toBeNull();
  writeFileSync(file, JSON.stringify({ ...made, entries: [['yaml b', {}]] }));
  expect(readDataFileSnapshot(file)).toBeNull();
  writeFileSync(file, '{');
  expect(readDataFileSnapshot(file)).toBeNull();
  expect(readDataFileSnapshot(path.join(dir, 'none.json'))).toBeNull();
});
