// A private temporary file for what a run keeps out of memory (src/corpus/shingle-store.ts,
// src/corpus/document-store.ts): its own directory (mode 0700 from mkdtemp), the file readable by
// its owner only (the text may be confidential), removed by `remove` or when the process exits.
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ScratchFile {
  path: string;
  /** Open for reading and writing. */
  fd: number;
  /** Closes and deletes the file and its directory; safe to call twice. */
  remove: () => void;
}

export function openScratchFile(prefix: string, name: string): ScratchFile {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const file = path.join(dir, name);
  const fd = openSync(file, 'wx+', 0o600);
  let open = true;
  const remove = () => {
    process.removeListener('exit', remove);
    try {
      if (open) closeSync(fd);
      open = false;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  process.once('exit', remove);
  return { path: file, fd, remove };
}
