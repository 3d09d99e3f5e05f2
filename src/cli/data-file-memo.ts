// Turns on the data-file memo (src/data-files/memo.ts) for a command that reads documents through
// the cache: the lexicons and rules it parsed and validated last time are not parsed again.
// --no-cache turns it off with the rest of the cache. Under it, and alone without a cache, the
// build's snapshot of the bundled files (cache/data-files.ts) spares every command their parsing.
import type { Command } from 'commander';
import { openCache } from '../cache/extract.js';
import { DiskCache } from '../cache/store.js';
import { dataFileMemoStore, readDataFileSnapshot } from '../cache/data-files.js';
import { saveDataFileMemo, useDataFileMemo, useDataFileSnapshot } from '../data-files/memo.js';

export function rememberDataFiles(command: Command): void {
  useDataFileSnapshot(() => readDataFileSnapshot());
  if (!command.options.some((option) => option.long === '--cache-dir')) return;
  const cache = openCache(command.opts<{ cacheDir?: string; cache?: boolean }>());
  if (!cache) return;
  // Its own debug topic (MRKOLL_DEBUG=memo): `cache` notes are one per document.
  useDataFileMemo(dataFileMemoStore(new DiskCache(cache.dir, 'memo'), command.name()));
  // On every way out, also fail()'s process.exit; the write is atomic and quiet on failure.
  process.once('exit', saveDataFileMemo);
}
