// The tagged documents the names section of `mrkoll analyze` reads more than once (variants,
// spelling, abbreviations, quotes), kept without holding them all in memory. The first quarter
// megabyte of text stays in memory; the rest is written, as JSON lines, to a private temporary
// file and read back one document at a time on every pass. A corpus of any size then costs the names
// section what its tallies cost, not what its documents do (docs/performance.md, "What streams").
// Kept: what names and quotes read (path, format, metadata, author, passages with their text,
// mentions, sentences and source places). Not kept: the whole text (the passages hold it), the
// tags, footnotes, running lines and warnings, which would double the file for nothing.
// In the file, a document is one line of its own fields and one line per passage, so that no
// line is a document's worth of text (a string that large is allocated apart from the others and
// freed late, on every pass), and a section path is written once per document, not per passage
// (headings repeat under every passage they stand over: a quarter of the file).
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { openScratchFile, type ScratchFile } from './scratch-file.js';
import type { TaggedDocument, TaggedPassage } from '../types.js';

/**
 * Characters of text kept in memory before documents go to the file: small corpora never touch the
 * disk. A quarter megabyte, about one annual analysis: a document kept costs several times its
 * text (passages, sentences, mentions and source places as objects) for the whole run, and the
 * heap grows to a multiple of what stays live (1 MB of text kept was 5 MB live over /tmp/c17).
 */
const IN_MEMORY_TEXT_CHARS = 256 * 1024;
const READ_CHUNK = 1024 * 1024;
/** Characters gathered before one write to the file. */
const WRITE_CHARS = 64 * 1024;

/** A document's first line in the file: its own fields (no passages yet) and how many passage lines follow. */
interface DocumentLine {
  doc: TaggedDocument;
  passages: number;
}

/** A passage's line: its section path the path itself where it first appears in the document, else that path's number in order of appearance. */
type PassageLine = Omit<TaggedPassage, 'sectionPath'> & { sectionPath: string[] | number };

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
    if (this.file === null && this.keptChars + doc.text.length <= this.inMemoryChars) {
      this.kept.push(
        withoutText(
          doc,
          doc.passages.map((p) => ({ ...p, tags: [] })),
        ),
      );
      this.keptChars += doc.text.length;
      return;
    }
    this.file ??= openScratchFile('mrkoll-dokument-', 'dokument.jsonl');
    let pending = JSON.stringify({ doc: withoutText(doc, []), passages: doc.passages.length } satisfies DocumentLine) + '\n';
    const sections = new Map<string, number>();
    for (const p of doc.passages) {
      const path = JSON.stringify(p.sectionPath);
      const known = sections.get(path);
      if (known === undefined) sections.set(path, sections.size);
      pending += JSON.stringify({ ...p, tags: [], sectionPath: known ?? p.sectionPath } satisfies PassageLine) + '\n';
      if (pending.length >= WRITE_CHARS) {
        writeSync(this.file.fd, pending);
        pending = '';
      }
    }
    writeSync(this.file.fd, pending);
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

/** What the store keeps of `doc`, with `passages`. */
function withoutText(doc: TaggedDocument, passages: TaggedPassage[]): TaggedDocument {
  return { ...doc, text: '', footnotes: [], furniture: [], warnings: [], passages };
}

/** The file's documents, each from its line and its passages' lines. */
function* readLines(file: string, count: number): Generator<TaggedDocument> {
  let doc: TaggedDocument | null = null;
  let left = 0;
  let sections: string[][] = [];
  let read = 0;
  for (const line of lines(file)) {
    if (doc === null) {
      const head = JSON.parse(line) as DocumentLine;
      [doc, left, sections] = [head.doc, head.passages, []];
    } else {
      const p = JSON.parse(line) as PassageLine;
      const sectionPath = typeof p.sectionPath === 'number' ? sections[p.sectionPath] : p.sectionPath;
      if (typeof p.sectionPath !== 'number') sections.push(p.sectionPath);
      doc.passages.push({ ...p, sectionPath });
      left--;
    }
    if (left === 0) {
      yield doc;
      doc = null;
      if (++read === count) return;
    }
  }
}

/** The file's lines, read in chunks; a line may span many chunks. */
function* lines(file: string): Generator<string> {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(READ_CHUNK);
    let pending: Buffer[] = [];
    let n: number;
    while ((n = readSync(fd, buffer, 0, READ_CHUNK, null)) > 0) {
      let from = 0;
      for (let nl = buffer.indexOf(10, from); nl !== -1 && nl < n; nl = buffer.indexOf(10, from)) {
        if (pending.length === 0) yield buffer.toString('utf8', from, nl);
        else {
          pending.push(buffer.subarray(from, nl));
          yield Buffer.concat(pending).toString('utf8');
          pending = [];
        }
        from = nl + 1;
      }
      if (from < n) pending.push(Buffer.from(buffer.subarray(from, n)));
    }
  } finally {
    closeSync(fd);
  }
}
