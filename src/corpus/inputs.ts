// Turns the paths and globs a user types into a list of input files, recursing into directories.
// Directories are listed by the bytes of their entries' names, so that a file whose name is not
// UTF-8 (Latin-1 from an old file share) is read like any other and shown by a readable name
// (src/ingest/file-names.ts).
import { readdirSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { displayName, fsPath, registerRawPath } from '../ingest/file-names.js';
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
    let entries: Dirent<Buffer>[];
    const dirBytes = fsPath(dir);
    try {
      entries = readdirSync(dirBytes, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      failures.push({ path: dir, reason: `katalogen kan inte läsas (${errorCode(error)})` });
      return;
    }
    const named = entries.map((entry) => ({ entry, name: displayName(entry.name) }));
    named.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    for (const { entry, name } of named) {
      if (name.startsWith('.')) continue;
      const shown = path.join(dir, name);
      const utf8 = typeof dirBytes === 'string' && Buffer.from(name).equals(entry.name);
      const full = utf8 ? shown : registerRawPath(shown, Buffer.concat([Buffer.from(dirBytes), Buffer.from(path.sep), entry.name]));
      if (entry.isDirectory()) walk(full);
      // Symlinks and odd entries are passed on: ingest stats them and explains what is wrong.
      else if (wanted.has(path.extname(name).toLowerCase())) add(full);
      else if (entry.isSymbolicLink()) add(full);
    }
  };

  for (const given of args) {
    if (isDynamicPattern(given)) {
      const matches = globSync(given, { onlyFiles: true, dot: false }).sort();
      if (matches.length === 0) failures.push({ path: given, reason: 'mönstret matchar inga filer' });
      matches.forEach(add);
      continue;
    }
    const arg = recoverName(given);
    let isDirectory = false;
    try {
      isDirectory = statSync(fsPath(arg)).isDirectory();
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

/**
 * An argument as the shell gave it. Node decodes the command line as UTF-8, so a name that is
 * not (a Latin-1 "n\xe4mnd.txt" typed or expanded by the shell) arrives with U+FFFD for its odd
 * bytes and names no file; the one entry of its directory whose name decodes the same is the
 * file meant. Anything else is returned as it is.
 */
function recoverName(arg: string): string {
  if (!arg.includes('\uFFFD')) return arg;
  const dir = path.dirname(arg);
  const base = path.basename(arg);
  try {
    statSync(arg);
    return arg;
  } catch {
    // Not there under this name: look for the entry it was decoded from.
  }
  try {
    const matches = readdirSync(dir, { encoding: 'buffer' }).filter((name) => name.toString('utf8') === base);
    if (matches.length !== 1) return arg;
    return registerRawPath(path.join(dir, displayName(matches[0])), Buffer.concat([Buffer.from(dir), Buffer.from(path.sep), matches[0]]));
  } catch {
    return arg;
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? String(error);
}
