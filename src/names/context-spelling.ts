// Two dictionary words where one stands exactly where the other, much more frequent, stands
// elsewhere: "Utredda formerna" / "utreda formerna". Two real words are a variant only when the
// neighbours agree in at least three places in all (the rare word once and the frequent one
// twice, or more): a single shared context is as often chance (förslag / förlag).
import { readSync, writeSync } from 'node:fs';
import { openScratchFile, type ScratchFile } from '../corpus/scratch-file.js';
import { damerauLevenshtein } from '../util/distance.js';
import { inflectionPair } from './spelling-input.js';
import type { Confidence } from './types.js';
import type { Vocabulary } from './vocabulary.js';

export interface ContextPair {
  word: string;
  target: string;
  /** The shared context as "a b … c d". */
  context: string;
  /** Places where either word stands in a context they share. */
  places: number;
  confidence: Confidence;
}

const MIN_PLACES = 3;
/** Word numbers per chunk of a `WordStream`: 4 MB. */
const CHUNK_WORDS = 1 << 20;
/**
 * Chunks a `WordStream` keeps in memory (8 MB, some 2 million words); later ones go to a scratch
 * file. Two, not eight: the stream now fills while analyze tags the documents, so that its chunks
 * add to the tagging's peak (reading 4 MB back costs a few milliseconds a pass).
 */
const KEPT_CHUNKS = 2;

interface Chunk {
  ids: Int32Array;
  length: number;
}

/**
 * The corpus's words as vocabulary numbers in reading order, each passage ended by -1, noted in
 * the reading that fills the vocabulary. Why: the context pairs read the corpus three times, and
 * reading the document store again and tokenizing every passage cost ~4 s over /tmp/c17; this
 * costs 4 bytes a word, outside V8's heap. A passage never spans two chunks (no copying as the
 * stream grows), and one of fewer than five words, which has no context, is left out. Beyond
 * KEPT_CHUNKS the full chunks are written to a private scratch file and read back one at a time,
 * so that memory stays flat in the corpus's size (a gigabyte of text is some 140 million words).
 */
export class WordStream {
  private readonly kept: Chunk[] = [];
  private last: Chunk | null = null;
  private scratch: ScratchFile | null = null;
  /** Word numbers in each spilled chunk, in order; each starts where the ones before it end. */
  private readonly spilled: number[] = [];
  private spilledBytes = 0;

  /** The sizes are parameters for the tests only. */
  constructor(
    private readonly chunkWords = CHUNK_WORDS,
    private readonly keptChunks = KEPT_CHUNKS,
  ) {}

  addPassage(ids: readonly number[]): void {
    if (ids.length < 5) return;
    let last = this.last;
    if (!last || last.length + ids.length + 1 > last.ids.length) {
      if (last) this.keep(last);
      last = this.last = { ids: new Int32Array(Math.max(this.chunkWords, ids.length + 1)), length: 0 };
    }
    last.ids.set(ids, last.length);
    last.ids[last.length + ids.length] = -1;
    last.length += ids.length + 1;
  }

  /** Every chunk in reading order; a spilled one is read back into a buffer reused for the next. */
  *chunks(): Generator<Chunk> {
    yield* this.kept;
    let buffer = new Int32Array(0);
    let position = 0;
    for (const length of this.spilled) {
      if (buffer.length < length) buffer = new Int32Array(length);
      const bytes = length * 4;
      for (let done = 0; done < bytes;) {
        const read = readSync(this.scratch!.fd, new Uint8Array(buffer.buffer, done, bytes - done), 0, bytes - done, position + done);
        if (read === 0) throw new Error("the word stream's scratch file ended early");
        done += read;
      }
      position += bytes;
      yield { ids: buffer, length };
    }
    if (this.last) yield this.last;
  }

  /** Deletes the scratch file, if any; the stream is not read after this. */
  dispose(): void {
    this.scratch?.remove();
    this.scratch = null;
  }

  private keep(chunk: Chunk): void {
    if (this.kept.length < this.keptChunks) {
      this.kept.push(chunk);
      return;
    }
    this.scratch ??= openScratchFile('mrkoll-ordflode-', 'ord.bin');
    const bytes = new Uint8Array(chunk.ids.buffer, 0, chunk.length * 4);
    for (let done = 0; done < bytes.length;) done += writeSync(this.scratch.fd, bytes, done, bytes.length - done, this.spilledBytes + done);
    this.spilledBytes += bytes.length;
    this.spilled.push(chunk.length);
  }
}

/**
 * Calls `visit` with every position of `stream` that has two words on each side in its passage:
 * the chunk and the position of the middle word.
 */
function eachContext(stream: WordStream, visit: (ids: Int32Array, i: number) => void): void {
  for (const { ids, length } of stream.chunks()) {
    for (let i = 2; i < length - 2; i++) {
      if (ids[i] < 0 || ids[i - 2] < 0 || ids[i - 1] < 0 || ids[i + 1] < 0 || ids[i + 2] < 0) continue;
      visit(ids, i);
    }
  }
}

export function contextPairs(
  stream: WordStream,
  vocabulary: Vocabulary,
  candidate: (word: string) => boolean,
  unrelated: (word: string, target: string) => boolean,
  minLength: number,
): ContextPair[] {
  const entries = vocabulary.entries;
  const size = entries.length;
  /** Two words on each side: one is too little ("och används i" / "och användas i"). */
  const contextKey = (ids: Int32Array, i: number) =>
    `${entries[ids[i - 2]].word} ${entries[ids[i - 1]].word} ${entries[ids[i + 1]].word} ${entries[ids[i + 2]].word}`;
  // Only a context a candidate (a rare word) stands in can make a pair. A first reading notes
  // those; a second collects every word seen in their middle, in the order the words first occur
  // there, as a reading of all contexts would, without keeping the corpus's millions of others.
  // The word pairs on either side of a wanted context, as numbers, turn down most positions
  // before a key is made.
  const candidateById = new Int8Array(size); // 0 not asked yet, 1 a candidate, 2 not
  const isCandidate = (id: number) => {
    if (candidateById[id] === 0) candidateById[id] = entries[id].word.length >= minLength && candidate(entries[id].word) ? 1 : 2;
    return candidateById[id] === 1;
  };
  const wantedKeys = new Set<string>();
  const wantedLeft = new Set<number>();
  const wantedRight = new Set<number>();
  eachContext(stream, (ids, i) => {
    if (!isCandidate(ids[i])) return;
    wantedKeys.add(contextKey(ids, i));
    wantedLeft.add(ids[i - 2] * size + ids[i - 1]);
    wantedRight.add(ids[i + 1] * size + ids[i + 2]);
  });
  // Context → the words seen in its middle (their copies in the vocabulary). Almost every context
  // has one word only: it is kept as a string, and becomes a set at the second.
  const contexts = new Map<string, string | Set<string>>();
  eachContext(stream, (ids, i) => {
    if (!wantedLeft.has(ids[i - 2] * size + ids[i - 1]) || !wantedRight.has(ids[i + 1] * size + ids[i + 2])) return;
    const key = contextKey(ids, i);
    if (!wantedKeys.has(key)) return;
    const w = entries[ids[i]].word;
    const seen = contexts.get(key);
    if (seen === undefined) contexts.set(key, w);
    else if (typeof seen !== 'string') seen.add(w);
    else if (seen !== w) contexts.set(key, new Set([seen, w]));
  });
  wantedKeys.clear();
  wantedLeft.clear();
  wantedRight.clear();
  const pairs = new Map<string, { word: string; target: string; keys: Set<string> }>();
  for (const [key, middles] of contexts) {
    if (typeof middles === 'string') continue; // one word: nothing to compare it with
    const words = [...middles].filter((w) => w.length >= minLength);
    for (const w of words) {
      if (!candidate(w)) continue;
      const e = vocabulary.get(w)!;
      for (const t of words) {
        const te = vocabulary.get(t)!;
        if (t === w || te.count <= e.count * 2 || inflectionPair(w, t, false) || damerauLevenshtein(w, t, 1) > 1 || unrelated(w, t)) continue;
        const id = `${w} ${t}`;
        (pairs.get(id) ?? pairs.set(id, { word: w, target: t, keys: new Set() }).get(id)!).keys.add(key);
      }
    }
  }
  if (pairs.size === 0) return [];
  // A second pass counts the places, for the few contexts that matter only.
  const wanted = new Uint8Array(size);
  for (const p of pairs.values()) wanted[vocabulary.get(p.word)!.id] = wanted[vocabulary.get(p.target)!.id] = 1;
  const keys = new Set([...pairs.values()].flatMap((p) => [...p.keys]));
  const counts = new Map<string, number>();
  eachContext(stream, (ids, i) => {
    if (wanted[ids[i]] === 0) return;
    const key = contextKey(ids, i);
    if (!keys.has(key)) return;
    const counted = `${key}\u0000${entries[ids[i]].word}`;
    counts.set(counted, (counts.get(counted) ?? 0) + 1);
  });
  const result: ContextPair[] = [];
  for (const p of pairs.values()) {
    const places = [...p.keys].reduce((n, k) => n + (counts.get(`${k}\u0000${p.word}`) ?? 0) + (counts.get(`${k}\u0000${p.target}`) ?? 0), 0);
    if (places < MIN_PLACES) continue;
    const [a, b, c, d] = [...p.keys][0].split(' ');
    result.push({ word: p.word, target: p.target, context: `${a} ${b} … ${c} ${d}`, places, confidence: places > MIN_PLACES ? 'high' : 'medium' });
  }
  return result;
}
