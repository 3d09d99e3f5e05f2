// The tagged documents the names section of `mrkoll analyze` reads more than once (variants,
// spelling, abbreviations, quotes), kept without holding them all in memory. The first megabyte
// of text stays in memory; the rest is written, one JSON line each, to a private temporary file
// and read back one document at a time on every pass. A corpus of any size then costs the names
// section what its tallies cost, not what its documents do (docs/performance.md, "What streams").
// Kept: what names and quotes read (path, format, metadata, author, passages with their text,
// mentions, sentences and source places). Not kept: the whole text (the passages hold it), the
// tags, footnotes, running lines and warnings, which would double the file for nothing.
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { openScratchFile, type ScratchFile } from './scratch-file.js';
import type { TaggedDocument } from '../types.js';

/** Characters of text kept in memory before documents go to the file: small corpora never touch the disk. */
const IN_MEMORY_TEXT_CHARS = 1024 * 1024;
const READ_CHUNK = 1024 * 1024;

export class DocumentStore implements Iterable<TaggedDocument> {
  private readonly kept: TaggedDocument[] = [];
  private keptChars = 0;
  private file: ScratchFile | null = null;
  private written = 0;

  constructor(private readonly inMemoryChars = IN_MEMORY_TEXT_CHARS) {}

  /** How many documents the store holds. */
  get size(): number {
    return this.kept.length + this.written;
  }

  add(doc: TaggedDocument): void {
    const withoutText: TaggedDocument = {
      ...doc,
      text: '',
      footnotes: [],
      furniture: [],
      warnings: [],
      passages: doc.passages.map((p) => ({ ...p, tags: [] })),
    };
    if (this.file === null && this.keptChars + doc.text.length <= this.inMemoryChars) {
      this.kept.push(withoutText);
      this.keptChars += doc.text.length;
      return;
    }
    this.file ??= openScratchFile('mrkoll-dokument-', 'dokument.jsonl');
    writeSync(this.file.fd, JSON.stringify(withoutText) + '\n');
    this.written++;
  }

  /** The documents in the order they were added; each pass reads the file again. */
  *[Symbol.iterator](): Iterator<TaggedDocument> {
    yield* this.kept;
    if (this.file) yield* readLines(this.file.path, this.written);
  }

  /** Removes the temporary file; the store is empty afterwards. */
  dispose(): void {
    this.file?.remove();
    this.file = null;
    this.kept.length = 0;
    this.written = 0;
  }
}

/** The file's lines as documents, read in chunks; a line may span many chunks. */
function* readLines(file: string, count: number): Generator<TaggedDocument> {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(READ_CHUNK);
    let pending: Buffer[] = [];
    let read = 0;
    let n: number;
    while (read < count && (n = readSync(fd, buffer, 0, READ_CHUNK, null)) > 0) {
      let from = 0;
      for (let nl = buffer.indexOf(10, from); nl !== -1 && nl < n; nl = buffer.indexOf(10, from)) {
        pending.push(buffer.subarray(from, nl));
        const line = Buffer.concat(pending).toString('utf8');
        pending = [];
        from = nl + 1;
        read++;
        yield JSON.parse(line) as TaggedDocument;
      }
      if (from < n) pending.push(Buffer.from(buffer.subarray(from, n)));
    }
  } finally {
    closeSync(fd);
  }
}
