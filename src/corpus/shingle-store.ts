// The shingles of every document counted so far, for the same-text check: in memory up to a
// limit, then in a temporary file, read back only for the rare candidate pair. Four bytes a
// shingle is about half a byte per byte of text: at a gigabyte of text, more than the rest of
// analyze holds.
import { readSync, writeSync } from 'node:fs';
import { openScratchFile, type ScratchFile } from './scratch-file.js';

/** Shingles held in memory before they go to a file: a year of one municipality's minutes stays in memory. */
const MEMORY_LIMIT = 16 * 1024 * 1024;

export class ShingleStore {
  private readonly held: Array<Uint32Array | null> = [];
  private heldBytes = 0;
  private file: (ScratchFile & { size: number }) | null = null;
  /** Where each spilt document's shingles are in the file: byte offset and count. */
  private readonly places: Array<[number, number] | null> = [];

  constructor(private readonly memoryLimit = MEMORY_LIMIT) {}

  get size(): number {
    return this.held.length;
  }

  add(shingles: Uint32Array): void {
    if (this.heldBytes + shingles.byteLength <= this.memoryLimit) {
      this.held.push(shingles);
      this.places.push(null);
      this.heldBytes += shingles.byteLength;
      return;
    }
    const file = (this.file ??= { ...openScratchFile('mrkoll-shingles-', 'shingles.bin'), size: 0 });
    writeSync(file.fd, new Uint8Array(shingles.buffer, shingles.byteOffset, shingles.byteLength), 0, shingles.byteLength, file.size);
    this.held.push(null);
    this.places.push([file.size, shingles.length]);
    file.size += shingles.byteLength;
  }

  /** Removes the file now rather than at exit (a test's worker thread may never see its process exit). */
  close(): void {
    this.file?.remove();
    this.file = null;
  }

  get(index: number): Uint32Array {
    const held = this.held[index];
    if (held) return held;
    const [offset, count] = this.places[index]!;
    const shingles = new Uint32Array(count);
    readSync(this.file!.fd, new Uint8Array(shingles.buffer), 0, shingles.byteLength, offset);
    return shingles;
  }
}
