// File names that are not UTF-8: Latin-1 names from old Windows file shares ("n\xe4mnd.txt").
// Node decodes a name given as a string as UTF-8, so such a file cannot be opened by any string
// that shows it; it is listed as bytes instead, shown by a readable name, and every file-system
// call for it is given the bytes (`fsPath`). The mapping is per thread: a pool task carries the
// bytes of its file along (src/corpus/pool/task.ts).
import { lstatSync } from 'node:fs';
import { decodeWindows1252 } from './encoding.js';

const rawPaths = new Map<string, Buffer>();

/** How to show a name listed as bytes: itself when it is UTF-8, else read as Windows-1252 (Latin-1). */
export function displayName(raw: Buffer): string {
  const utf8 = raw.toString('utf8');
  return Buffer.from(utf8, 'utf8').equals(raw) ? utf8 : decodeWindows1252(raw);
}

/**
 * The path to show for a file whose path is `raw` (bytes) and whose readable form is `shown`,
 * remembered so that `fsPath` gives the bytes back. When a file by the readable name exists too
 * (the same name in UTF-8 beside it), the name is shown with its odd bytes escaped instead.
 */
export function registerRawPath(shown: string, raw: Buffer): string {
  if (Buffer.from(shown, 'utf8').equals(raw)) return shown;
  const known = rawPaths.get(shown);
  if (known !== undefined && !known.equals(raw)) return registerRawPath(escapedPath(raw), raw);
  if (known === undefined && exists(shown)) return registerRawPath(escapedPath(raw), raw);
  rawPaths.set(shown, raw);
  return shown;
}

/** What to give the file system for `file`: the bytes it was listed by, or `file` itself. */
export function fsPath(file: string): string | Buffer {
  return rawPaths.get(file) ?? file;
}

/** The bytes of `file` when it is not UTF-8 (for a task sent to another thread), else undefined. */
export function rawPathOf(file: string): Uint8Array | undefined {
  return rawPaths.get(file);
}

/** "n\xe4mnd.txt": bytes that are not UTF-8 as escapes, the rest as it is. */
function escapedPath(raw: Buffer): string {
  let out = '';
  for (let i = 0; i < raw.length;) {
    const length = utf8SequenceLength(raw, i);
    if (length > 0) {
      out += raw.toString('utf8', i, i + length);
      i += length;
    } else {
      out += `\\x${raw[i].toString(16).padStart(2, '0')}`;
      i++;
    }
  }
  return out;
}

/** Length of the well-formed UTF-8 sequence at `i`, or 0. */
function utf8SequenceLength(bytes: Buffer, i: number): number {
  const lead = bytes[i];
  if (lead < 0x80) return 1;
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  for (let k = 1; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  return Buffer.from(bytes.toString('utf8', i, i + length), 'utf8').equals(bytes.subarray(i, i + length)) ? length : 0;
}

function exists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}
