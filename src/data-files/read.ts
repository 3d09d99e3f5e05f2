// Reading a data file's text without trusting the path: a FIFO would block a plain read forever, a
// device or a huge file would be read into memory whole. The file is opened without blocking, and
// only a regular file under the size limit is read.
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';

/** A word list (known-words.txt) may be larger than a YAML file: one word a line. */
export const WORD_LIST_MAX_BYTES = 8 * 1024 * 1024;

/** The file's text, or why it cannot be read: a Swedish phrase such as `kan inte läsas (ENOENT)`. */
export function readTextFile(file: string, maxBytes: number): { text: string } | { reason: string } {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO with no writer returns at once (fstat then says it is no file).
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { reason: `kan inte läsas (${errorCode(error)})` };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { reason: 'kan inte läsas (EISDIR)' };
    if (!stat.isFile()) return { reason: 'kan inte läsas (ingen vanlig fil)' };
    if (stat.size > maxBytes) return { reason: tooLarge(stat.size, maxBytes) };
    const text = readFileSync(fd, 'utf8');
    // A file that grew after fstat.
    return text.length > maxBytes ? { reason: tooLarge(text.length, maxBytes) } : { text };
  } catch (error) {
    return { reason: `kan inte läsas (${errorCode(error)})` };
  } finally {
    closeSync(fd);
  }
}

/** `filen är för stor för en datafil (3,2 MB; högst 1,0 MB)`. */
export function tooLarge(size: number, maxBytes: number): string {
  return `för stor för en datafil (${megabytes(size)}; högst ${megabytes(maxBytes)})`;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
