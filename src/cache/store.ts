// A content-addressed cache on disk: one JSON file per entry, written atomically (temp file +
// rename), so a run that is killed half-way leaves either a whole entry or none. An entry that
// cannot be read back (truncated by a full disk, edited by hand, written by another version) is
// deleted and rebuilt: the cache is only ever an optimisation, never a source of errors.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
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

  constructor(readonly dir: string) {}

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
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch {
      this.stats.misses++;
      debug('cache', `miss ${label}`);
      return null;
    }
    try {
      const envelope = JSON.parse(source) as Envelope;
      if (envelope?.kind === kind && envelope.key === key && isValid(envelope.value)) {
        this.stats.hits++;
        debug('cache', `träff ${label}`);
        return envelope.value;
      }
    } catch {
      // Falls through to the rebuild below.
    }
    rmSync(file, { force: true });
    this.stats.misses++;
    this.stats.rebuilt++;
    debug('cache', `trasig post för ${label} borttagen, byggs om`);
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
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileAtomic(file, JSON.stringify({ kind, key, value } satisfies Envelope));
      debug('cache', `sparad ${label}`);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      if (LASTING.includes(code)) this.writable = false;
      debug('cache', `kan inte skriva ${label} i ${this.dir} (${code})${this.writable ? '' : '; cachen stängs av'}`);
    }
  }
}
