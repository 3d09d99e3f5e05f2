// Turns the paths and globs a user types into a list of input files, recursing into directories.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import type { InputFailure } from '../types.js';

export interface CollectedInputs {
  files: string[];
  failures: InputFailure[];
}

/**
 * Expands files, directories (recursively, supported extensions only, hidden entries skipped) and
 * globs. A path that does not exist or cannot be listed becomes a failure, not an exception, so
 * the rest of a batch still runs.
 */
export function collectInputs(args: string[], extensions: readonly string[]): CollectedInputs {
  const files: string[] = [];
  const failures: InputFailure[] = [];
  const wanted = new Set(extensions);
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = path.resolve(file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
  };

  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      failures.push({ path: dir, reason: `katalogen kan inte läsas (${errorCode(error)})` });
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      // Symlinks and odd entries are passed on: ingest stats them and explains what is wrong.
      else if (wanted.has(path.extname(entry.name).toLowerCase())) add(full);
      else if (entry.isSymbolicLink()) add(full);
    }
  };

  for (const arg of args) {
    if (isDynamicPattern(arg)) {
      const matches = globSync(arg, { onlyFiles: true, dot: false }).sort();
      if (matches.length === 0) failures.push({ path: arg, reason: 'mönstret matchar inga filer' });
      matches.forEach(add);
      continue;
    }
    let isDirectory = false;
    try {
      isDirectory = statSync(arg).isDirectory();
    } catch {
      // Not there (or a dangling link): ingest reports it with the right reason.
    }
    if (!isDirectory) {
      add(arg);
      continue;
    }
    const before = files.length + failures.length;
    walk(arg);
    // Otherwise an empty directory, or one of .doc and .odt files, would pass without a word.
    if (files.length + failures.length === before) {
      failures.push({ path: arg, reason: `katalogen innehåller inga dokument att läsa (${extensions.join(', ')})` });
    }
  }
  return { files, failures };
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? String(error);
}
