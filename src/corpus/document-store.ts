// The tagged documents the names section of `mrkoll analyze` reads again at the end (quotes,
// abbreviations a document does not introduce), kept without holding them all in memory. The first
// quarter megabyte of text stays in memory; the rest is written, as JSON lines, to a private
// temporary file and read back one document at a time on every pass (for quotes, only the
// passages quoted are parsed: `select`). A corpus of any size then costs the names
// section what its tallies cost, not what its documents do (docs/performance.md, "What streams").
// Kept: what the quotes and the abbreviations' last reading take (path, format, metadata, author,
// passages with their text, sentences and source places). Not kept: the whole text (the passages
// hold it), the tags and mentions (the names section reads those as each document arrives),
// footnotes, running lines and warnings, which would double the file for nothing.
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
 * text (passages, sentences and source places as objects) for the whole run, and the
 * heap grows to a multiple of what stays live (1 MB of text kept was 5 MB live over /tmp/c17).
 */
const IN_MEMORY_TEXT_CHARS = 256 * 1024;
const READ_CHUNK = 1024 * 1024;
/** Characters gathered before one write to the file. */
const WRITE_CHARS = 64 * 1024;

/**
 * A document's first line in the file: its own fields (no passages yet), how many passage lines
 * follow, and its passages' section paths, each once, in order of first appearance.
 */
interface DocumentLine {
  doc: TaggedDocument;
  passages: number;
  sections: string[][];
}

/** A passage's line: its section path as a number in its document's `sections`. */
type PassageLine = Omit<TaggedPassage, 'sectionPath'> & { sectionPath: number };

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
          doc.passages.map((p) => ({ ...p, tags: [], mentions: [] })),
        ),
      );
      this.keptChars += doc.text.length;
      return;
    }
    this.file ??= openScratchFile('mrkoll-dokument-', 'dokument.jsonl');
    const sections = new Map<string, number>();
    const sectionPaths: string[][] = [];
    const numbers = doc.passages.map((p) => {
      const path = JSON.stringify(p.sectionPath);
      let n = sections.get(path);
      if (n === undefined) {
        sections.set(path, (n = sectionPaths.length));
        sectionPaths.push(p.sectionPath);
      }
      return n;
    });
    const head: DocumentLine = { doc: withoutText(doc, []), passages: doc.passages.length, sections: sectionPaths };
    let pending = JSON.stringify(head) + '\n';
    doc.passages.forEach((p, i) => {
      pending += JSON.stringify({ ...p, tags: [], mentions: [], sectionPath: numbers[i] } satisfies PassageLine) + '\n';
      if (pending.length >= WRITE_CHARS) {
        writeSync(this.file!.fd, pending);
        pending = '';
      }
    });
    writeSync(this.file.fd, pending);
    this.written++;
  }

  /** The documents in the order they were added; each pass reads the file again. */
  *[Symbol.iterator](): Iterator<TaggedDocument> {
    yield* this.kept;
    if (this.file) yield* readLines(this.file.path, this.written, this.kept.length, () => true);
  }

  /**
   * The documents in order, each with only the passages `wanted` says (by the document's and the
   * passage's positions): the others are holes in its `passages`, and their lines in the file are
   * not decoded. For a few quotes of a corpus, whose full reading parses every passage.
   */
  *select(wanted: (doc: number, passage: number) => boolean): Generator<TaggedDocument> {
    yield* this.kept;
    if (this.file) yield* readLines(this.file.path, this.written, this.kept.length, wanted);
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

/**
 * The file's documents, each from its line and its passages' lines; `first` is the first one's
 * position among the store's documents, and only the passages `wanted` are decoded.
 */
function* readLines(file: string, count: number, first: number, wanted: (doc: number, passage: number) => boolean): Generator<TaggedDocument> {
  let doc: TaggedDocument | null = null;
  let passages = 0;
  let next = 0;
  let sections: string[][] = [];
  let read = 0;
  for (const line of lines(file)) {
    if (doc === null) {
      const head = JSON.parse(line.toString('utf8')) as DocumentLine;
      [doc, passages, next, sections] = [head.doc, head.passages, 0, head.sections];
      doc.passages.length = passages;
    } else {
      if (wanted(first + read, next)) {
        const p = JSON.parse(line.toString('utf8')) as PassageLine;
        doc.passages[next] = { ...p, sectionPath: sections[p.sectionPath] };
      }
      next++;
    }
    if (next === passages) {
      yield doc;
      doc = null;
      if (++read === count) return;
    }
  }
}

/** The file's lines as bytes, read in chunks (a line may span many), each valid until the next is asked for. */
function* lines(file: string): Generator<Buffer> {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(READ_CHUNK);
    let pending: Buffer[] = [];
    let n: number;
    while ((n = readSync(fd, buffer, 0, READ_CHUNK, null)) > 0) {
      let from = 0;
      for (let nl = buffer.indexOf(10, from); nl !== -1 && nl < n; nl = buffer.indexOf(10, from)) {
        if (pending.length === 0) yield buffer.subarray(from, nl);
        else {
          pending.push(buffer.subarray(from, nl));
          yield Buffer.concat(pending);
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
