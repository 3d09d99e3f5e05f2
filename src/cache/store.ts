// A content-addressed cache on disk: one JSON file per entry, written atomically (temp file +
// rename), so a run that is killed half-way leaves either a whole entry or none. An entry that
// cannot be read back (truncated by a full disk, edited by hand, written by another version) is
// deleted and rebuilt: the cache is only ever an optimisation, never a source of errors. Entries
// are untrusted: only regular files are read (never through a symlink, never a FIFO or a device),
// and only up to MAX_ENTRY_BYTES.
import { closeSync, constants, fstatSync, mkdirSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomic } from '../util/atomic-write.js';
import { debug } from './debug.js';

/** Bumped when the layout of entries on disk changes; old layouts are then simply never read. */
const LAYOUT = 'v1';

export interface CacheStats {
  /** Entries found and used. */
  hits: number;
  /** Entries not found (or not usable): the work was done and the entry written. */
  misses: number;
  /** Entries found corrupt, deleted and rebuilt (also counted as misses). */
  rebuilt: number;
}

/** `$XDG_CACHE_HOME/mrkoll`, else `~/.cache/mrkoll`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
  return path.join(base, 'mrkoll');
}

/** Larger than any entry mrkoll writes (a JavaScript string holds at most about 512 M characters). */
const MAX_ENTRY_BYTES = 512 * 1024 * 1024;

/** Write errors that the next entry would meet too. */
const LASTING = ['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'ENOTDIR', 'EEXIST'];

interface Envelope {
  kind: string;
  key: string;
  value: unknown;
}

export class DiskCache {
  readonly stats: CacheStats = { hits: 0, misses: 0, rebuilt: 0 };
  private writable = true;

  /** `topic`: the MRKOLL_DEBUG topic of its notes (debug.ts); the data-file memo has its own. */
  constructor(
    readonly dir: string,
    private readonly topic = 'cache',
  ) {}

  /** Where the entry for `kind`/`key` lives: fanned out by the key's first two hex digits. */
  entryPath(kind: string, key: string): string {
    return path.join(this.dir, LAYOUT, kind, key.slice(0, 2), `${key}.json`);
  }

  /**
   * The stored value, or null on a miss. `isValid` checks the value's shape; an entry that fails
   * it, or is not JSON, or belongs to another key, is deleted.
   */
  read<T>(kind: string, key: string, isValid: (value: unknown) => value is T, label = key): T | null {
    const file = this.entryPath(kind, key);
    let source: string | null;
    try {
      source = readEntry(file);
    } catch {
      this.stats.misses++;
      debug(this.topic, `miss ${label}`);
      return null;
    }
    try {
      if (source === null) throw new Error('not a regular file of a sensible size');
      const envelope = JSON.parse(source) as Envelope;
      if (envelope?.kind === kind && envelope.key === key && isValid(envelope.value)) {
        this.stats.hits++;
        debug(this.topic, `träff ${label}`);
        return envelope.value;
      }
    } catch {
      // Falls through to the rebuild below.
    }
    try {
      rmSync(file, { force: true });
    } catch {
      // A directory where an entry should be: left alone, and the entry is rebuilt in memory only.
    }
    this.stats.misses++;
    this.stats.rebuilt++;
    debug(this.topic, `trasig post för ${label} borttagen, byggs om`);
    return null;
  }

  /**
   * Stores `value`. A cache that cannot be written (read-only home, full disk) is switched off
   * quietly; any other failure (two threads racing for one entry) only skips this entry.
   */
  write(kind: string, key: string, value: unknown, label = key): void {
    if (!this.writable) return;
    const file = this.entryPath(kind, key);
    try {
      makeDirectories(path.dirname(file));
      writeFileAtomic(file, JSON.stringify({ kind, key, value } satisfies Envelope));
      debug(this.topic, `sparad ${label}`);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      if (LASTING.includes(code)) this.writable = false;
      debug(this.topic, `kan inte skriva ${label} i ${this.dir} (${code})${this.writable ? '' : '; cachen stängs av'}`);
    }
  }
}

/**
 * The entry's text; null when `file` is there but is no entry (a symlink, a FIFO, a device, a
 * directory, or larger than MAX_ENTRY_BYTES), so that it is deleted. Throws when there is nothing
 * at `file`. Opened without following a symlink and without blocking on a FIFO; the size is the
 * open file's own, and no more than that is read.
 */
function readEntry(file: string): string | null {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') return null; // a symlink
    throw error;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.size > MAX_ENTRY_BYTES) return null;
    const buffer = Buffer.allocUnsafe(stats.size);
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.toString('utf8', 0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * `mkdir -p`, one directory at a time. Node's own recursive mkdir never returns where a directory
 * cannot be made and its parent exists (measured: under /proc it spins at full CPU forever).
 */
export function makeDirectories(dir: string): void {
  const absolute = path.resolve(dir);
  const missing: string[] = [];
  for (let at = absolute; !isDirectory(at); at = path.dirname(at)) {
    if (path.dirname(at) === at) break;
    missing.push(at);
  }
  for (const at of missing.reverse()) {
    try {
      mkdirSync(at);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !isDirectory(at)) throw error;
    }
  }
}

function isDirectory(at: string): boolean {
  try {
    return statSync(at).isDirectory();
  } catch {
    return false;
  }
}
