// Writing a file so that a crash, a full disk or a signal leaves either the old file or the new
// one, never half of one: a temporary file in the same folder, then a rename. The output of a
// command also writes through a symbolic link (the link stays) and into a device or a pipe
// (`/dev/stdout`, `/dev/null`) in place, instead of replacing them with a regular file.
import { closeSync, lstatSync, mkdirSync, openSync, readlinkSync, renameSync, rmSync, statSync, writeFileSync, writeSync, type Stats } from 'node:fs';
import { chmod, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { threadId } from 'node:worker_threads';

/** Temporary files being written now, so that a signal handler can remove them (`removeTempFiles`). */
const pending = new Set<string>();

/** Removes the temporary files of writes in progress (for a SIGINT or SIGTERM handler). */
export function removeTempFiles(): void {
  for (const tmp of pending) removeQuietly(tmp);
  pending.clear();
}

/** Writes `data` to `file` via a temporary file in the same directory and a rename (the cache's entries). */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  makeDirectories(path.dirname(path.resolve(file)));
  const tmp = tempName(file);
  pending.add(tmp);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (error) {
    removeQuietly(tmp);
    throw error;
  } finally {
    pending.delete(tmp);
  }
}

/** Where a write of `file` lands, and how. */
export interface WriteTarget {
  /** The file written: `file` itself, or the end of the symbolic links it is. */
  path: string;
  /** A device, a pipe or a socket (`/dev/null`, `/dev/stdout`): written in place, never replaced. */
  inPlace: boolean;
  /** The regular file there now, if any. */
  existing: Stats | null;
}

/** A descriptor of this process by name: `/dev/stdout` and its kin may be links to a file the shell opened. */
const DESCRIPTOR = /^\/(?:dev\/(?:stdout|stderr|fd\/\d+)|proc\/(?:self|\d+)\/fd\/\d+)$/;

/**
 * What writing `file` means: links followed to their end (even a dangling one: the file it names is
 * created); a device, a pipe or a descriptor (`/dev/stdout`) written in place; a directory is an
 * EISDIR error.
 */
export function writeTarget(file: string): WriteTarget {
  const resolved = path.resolve(file);
  if (DESCRIPTOR.test(resolved)) return { path: resolved, inPlace: true, existing: null };
  const target = followLinks(resolved);
  let stats: Stats | null = null;
  try {
    stats = statSync(target);
  } catch {
    // Not there yet: it will be created.
  }
  if (stats?.isDirectory()) throw Object.assign(new Error(`EISDIR: ${file} is a directory`), { code: 'EISDIR', path: file });
  if (stats && !stats.isFile()) return { path: target, inPlace: true, existing: null };
  return { path: target, inPlace: false, existing: stats };
}

/**
 * A command's output file: written atomically (a temporary file beside the target and a rename)
 * unless it is a device or a pipe, which is written in place. Asynchronous, so a signal that comes
 * while a large report is written is handled at once (the caller removes the temp file then).
 * On failure the temporary file is removed and the write's own error is thrown, never the cleanup's.
 */
export async function writeOutputFile(file: string, data: string | Uint8Array): Promise<void> {
  const target = writeTarget(file);
  if (target.inPlace) {
    // 'a': a shell's `>>` behind /dev/stdout keeps what it had; a device or a pipe does not care.
    await writeFile(target.path, data, { flag: 'a' });
    return;
  }
  makeDirectories(path.dirname(target.path));
  const tmp = tempName(target.path);
  pending.add(tmp);
  await putInPlace(tmp, target, () => writeFile(tmp, data, { flag: 'wx' }));
}

/** Finishes the temporary file (`finish`), gives it the permissions of the file it replaces and renames it over it; on failure, removes it. */
async function putInPlace(tmp: string, target: WriteTarget, finish: () => unknown): Promise<void> {
  try {
    await finish();
    // A report written over an earlier one keeps its permissions.
    if (target.existing) await chmod(tmp, target.existing.mode & 0o7777);
    await rename(tmp, target.path);
  } catch (error) {
    removeQuietly(tmp);
    throw error;
  } finally {
    pending.delete(tmp);
  }
}

/** An output file written piece by piece (see `openOutputStream`). */
export interface OutputStream {
  write(text: string): void;
  /** Closes the file and puts it in place. */
  commit(): Promise<void>;
  /** Closes the file and removes what was written (nothing replaces the target). */
  abort(): void;
}

/**
 * `writeOutputFile` for output made piece by piece, so that no one string holds all of it: the
 * pieces go into the temporary file as they come, and `commit` renames it over the target.
 */
export function openOutputStream(file: string): OutputStream {
  const target = writeTarget(file);
  if (target.inPlace) {
    const fd = openSync(target.path, 'a');
    return { write: (text) => writeAll(fd, text), commit: async () => closeSync(fd), abort: () => closeQuietly(fd) };
  }
  makeDirectories(path.dirname(target.path));
  const tmp = tempName(target.path);
  pending.add(tmp);
  const fd = openSync(tmp, 'wx');
  const abort = () => {
    closeQuietly(fd);
    removeQuietly(tmp);
    pending.delete(tmp);
  };
  const commit = () => putInPlace(tmp, target, () => closeSync(fd));
  return { write: (text) => writeAll(fd, text), commit, abort };
}

/** `writeSync` may write part of a buffer (a pipe): the rest follows. */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let offset = 0; offset < bytes.length;) offset += writeSync(fd, bytes, offset);
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Already closed, or the write's error is the one that matters.
  }
}

/**
 * `mkdir -p`, one folder at a time. Node's `mkdir(…, { recursive: true })` never returns where a
 * folder cannot be made but its parent exists (under /proc it loops at full CPU); here the first
 * failure is thrown (ENOENT, EACCES, EROFS, ENOTDIR).
 */
export function makeDirectories(dir: string): void {
  const missing: string[] = [];
  let current = path.resolve(dir);
  for (;;) {
    let stats: Stats | null = null;
    try {
      stats = statSync(current);
    } catch {
      // Not there: made below, after its parent.
    }
    if (stats) {
      if (!stats.isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory: ${current}`), { code: 'ENOTDIR', path: current });
      break;
    }
    missing.push(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (error) {
      // Another process made it in between: fine.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** pid, thread and random bytes: two workers writing the same entry at once must not share a temp file. */
function tempName(file: string): string {
  const dir = path.dirname(path.resolve(file));
  return path.join(dir, `.${path.basename(file)}.${process.pid}.${threadId}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Follows symbolic links from `file` to the path at their end (at most 40, as the kernel does). */
function followLinks(file: string): string {
  let current = file;
  for (let hops = 0; hops < 40; hops++) {
    let isLink = false;
    try {
      isLink = lstatSync(current).isSymbolicLink();
    } catch {
      return current;
    }
    if (!isLink) return current;
    current = path.resolve(path.dirname(current), readlinkSync(current));
  }
  throw Object.assign(new Error(`ELOOP: too many symbolic links: ${file}`), { code: 'ELOOP', path: file });
}

/** Cleanup that must not replace the error being reported (a read-only folder fails the unlink too). */
function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // The write's error is the one that matters.
  }
}
