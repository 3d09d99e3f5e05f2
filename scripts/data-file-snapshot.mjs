// Writes dist/data-files.json, the build's snapshot of the data-file memo (src/data-files/memo.ts):
// the parses and validations of the bundled lexicons, rules and language data, so that a run
// without a cache (--no-cache, as the bench runs) does not spend half a second parsing the
// package's own YAML. Made by running the built binary's document commands over a seed document
// with a fresh cache folder and keeping what their memos remembered: whatever those commands
// load is covered, without a list here to keep in step. A file the snapshot misses is parsed as
// before; the snapshot only makes runs faster, never different. Called by bundle.mjs, after
// dist/code-hashes.json (the snapshot records the fingerprint of the code that made it).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

/**
 * The commands whose data files a run loads, each with its arguments after the document. Between
 * them they load every file the others do (tag, names and extract load a subset of analyze's): each
 * run adds a second or two to the build.
 */
const COMMANDS = [['analyze', '--format', 'json', '--workers', '1'], ['review']];

export async function writeDataFileSnapshot(root) {
  const dist = path.join(root, 'dist');
  const { dataFileMemoStore, dataFileSnapshot, DATA_FILE_SNAPSHOT_FILE } = await import(pathToFileURL(path.join(dist, 'cache', 'data-files.js')).href);
  const { DiskCache } = await import(pathToFileURL(path.join(dist, 'cache', 'store.js')).href);
  const seed = path.join(root, 'corpora', 'seeds', 'malmo-tjansteskrivelse-stk-2023-138-a.txt');
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'mrkoll-snapshot-'));
  const entries = new Map();
  try {
    const runs = COMMANDS.map(
      ([command, ...args]) =>
        promisify(execFile)(process.execPath, [path.join(dist, 'bundle', 'mrkoll.js'), command, seed, ...args, '--no-progress', '--cache-dir', cacheDir], {
          maxBuffer: 64 * 1024 * 1024,
        }).catch((error) => error), // review exits 1 when it finds something; what counts is the memo it left
    );
    await Promise.all(runs);
    for (const [command] of COMMANDS) {
      const memo = dataFileMemoStore(new DiskCache(cacheDir, 'memo'), command).read();
      if (!memo) console.warn(`data-file snapshot: ${command} left no memo; its files are parsed on every run without a cache`);
      for (const [key, value] of memo ?? []) entries.set(key, value);
    }
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
  writeFileSync(path.join(dist, DATA_FILE_SNAPSHOT_FILE), `${JSON.stringify(dataFileSnapshot(entries))}\n`);
}
