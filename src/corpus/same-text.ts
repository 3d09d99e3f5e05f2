// Renderings of one text (a DOCX and its PDF, a copy under another name, the text pasted into a
// .txt) found by their content: each document's word 5-shingles, a MinHash signature to find
// candidates quickly (locality-sensitive banding), and the Jaccard similarity of the shingle sets
// to decide. The signature is one permutation hashing with optimal densification (Li, Owen and
// Zhang 2012; Shrivastava 2017): one hash per shingle picks its bin and its value, where a hash per
// shingle and bin cost 128 times as much; two texts' bins agree about as often as their Jaccard. Formatting, page furniture and line breaks differ between renderings; the words do not.
import type { Document } from '../types.js';
import { ShingleStore } from './shingle-store.js';

/** Texts this alike (Jaccard of word 5-shingles) are one document, unless the rules say otherwise. */
export const SAME_TEXT = 0.9;

/** Words per shingle: long enough that two different memos on one template share few. */
const SHINGLE_WORDS = 5;
/** Bins in a signature, and rows per band: 32 bands of 4 find pairs at 0.9 all but surely. */
const BINS = 128;
const ROWS_PER_BAND = 4;
/**
 * Fewest shingles (about as many words plus four) a text needs to be compared: two one-line notes
 * that say the same thing are not thereby one document.
 */
const MIN_SHINGLES = 20;

export interface TextPrint {
  /**
   * The shingles' 32-bit hashes, each once, ascending: four bytes a shingle where a Set took
   * about thirty, and every document's print is held until the pairs are found.
   */
  shingles: Uint32Array;
  signature: Uint32Array;
}

/** MurmurHash3's finaliser: a good 32-bit mix, made a family by xor with a seed. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** The one hash of a shingle: its top bits pick the bin, the rest is the value. */
const SEED = 0x9e3779b9;
const BIN_SHIFT = 32 - Math.log2(BINS);
const VALUE_MASK = (1 << BIN_SHIFT) - 1;
/** No shingle fell in the bin (values are below 2^25). */
const EMPTY = 0xffffffff;

/** One character of a word: words are runs of letters and digits (hyphens and punctuation between letters are not words). */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * What each UTF-16 code unit is in a text being lower-cased (`toLocaleLowerCase('sv')`), found on
 * first sight, so that a text is read one look-up a unit: UNSEEN; HARD, a surrogate, sigma Σ
 * (its lower case depends on the letters around it) or a unit whose lower case is two units (İ), which
 * only the whole string lower-cased can tell; OTHER, not a word's once lower-cased; else the lower
 * case, a word's character, plus WORD.
 */
const unitClasses = new Int32Array(0x10000);
const UNSEEN = 0;
const HARD = 1;
const OTHER = 2;
const WORD = 3;

function classOf(code: number): number {
  const lowered = String.fromCharCode(code).toLocaleLowerCase('sv');
  if ((code >= 0xd800 && code <= 0xdfff) || code === 0x3a3 || lowered.length !== 1) return HARD;
  return WORD_CHAR.test(lowered) ? lowered.charCodeAt(0) + WORD : OTHER;
}

/**
 * The working arrays of one print, reused from document to document: a document's word hashes,
 * shingle hashes and their sorted copy are some 6 bytes per character of its text, and fresh
 * zero-filled arrays for each document cost more than filling them. Only the print's own arrays
 * (`distinctSorted`'s copy, the signature) outlive the call. An array past `SCRATCH_KEPT`
 * elements is made for its one document and not kept, so that a huge file does not pin it.
 */
const SCRATCH_KEPT = 1 << 21;
let wordScratch = new Int32Array(0);
let hashScratch = new Uint32Array(0);
let sortScratch = new Uint32Array(0);

function wordArray(length: number): Int32Array {
  if (length > SCRATCH_KEPT) return new Int32Array(length);
  if (wordScratch.length < length) wordScratch = new Int32Array(Math.max(length, 2 * wordScratch.length));
  return wordScratch;
}

/** Exactly `length` long (a view of the kept array), as the hashes are read to their end. */
function hashArray(length: number): Uint32Array<ArrayBuffer> {
  if (length > SCRATCH_KEPT) return new Uint32Array(length);
  if (hashScratch.length < length) hashScratch = new Uint32Array(Math.max(length, 2 * hashScratch.length));
  return hashScratch.subarray(0, length);
}

function sortArray(length: number): Uint32Array<ArrayBuffer> {
  if (length > SCRATCH_KEPT) return new Uint32Array(length);
  if (sortScratch.length < length) sortScratch = new Uint32Array(Math.max(length, 2 * sortScratch.length));
  return sortScratch.subarray(0, length);
}

/**
 * A text's lower-cased words, each as one 32-bit hash (FNV-1a over its code units): a shingle's
 * hash is then made from five numbers (`shingleHashes`), where hashing each shingle's characters
 * read every character five times.
 */
interface Words {
  hashes: Int32Array;
  count: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * The lower-cased words of `pieces` (a document's passages, as if joined by line breaks: no word
 * runs from one into the next), the runs `/[\p{L}\p{N}]+/gu` matches in the lower-cased text, read
 * a code unit at a time with no lower-cased copy and no string per word (a document has some
 * 100,000 words). Null when a piece holds a HARD unit.
 */
function lowerWords(pieces: readonly string[]): Words | null {
  let length = 0;
  for (const piece of pieces) length += piece.length;
  // Words are at most every other unit.
  const hashes = wordArray((length >> 1) + pieces.length + 1);
  let count = 0;
  for (const piece of pieces) {
    let h = FNV_OFFSET;
    let inWord = false;
    for (let i = 0; i < piece.length; i++) {
      const code = piece.charCodeAt(i);
      let unit = unitClasses[code];
      if (unit === UNSEEN) unitClasses[code] = unit = classOf(code);
      if (unit >= WORD) {
        h = Math.imul(h ^ (unit - WORD), FNV_PRIME);
        inWord = true;
      } else if (unit === HARD) return null;
      else if (inWord) {
        hashes[count++] = h;
        h = FNV_OFFSET;
        inWord = false;
      }
    }
    if (inWord) hashes[count++] = h;
  }
  return { hashes, count };
}

/**
 * The words of a text already lower-cased, as `lowerWords` gives them: for the rare text it cannot
 * read. A surrogate pair is one character, as with the regex's `u` flag.
 */
function wordsOfLowered(text: string): Words {
  const hashes = new Int32Array((text.length >> 1) + 2);
  let count = 0;
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const char = pair ? text.slice(i, i + 2) : text[i];
    if (WORD_CHAR.test(char)) {
      for (let k = 0; k < char.length; k++) h = Math.imul(h ^ char.charCodeAt(k), FNV_PRIME);
      inWord = true;
    } else if (inWord) {
      hashes[count++] = h;
      h = FNV_OFFSET;
      inWord = false;
    }
    if (pair) i++;
  }
  if (inWord) hashes[count++] = h;
  return { hashes, count };
}

/**
 * Each 5-shingle's hash from its words' hashes, in order: each word hash folded in through
 * MurmurHash3's finaliser (`mix`, a bijection that spreads every bit), so that the shingle's
 * hash depends on every bit of each word's and on their order.
 */
function shingleHashes({ hashes: words, count }: Words): Uint32Array<ArrayBuffer> {
  const hashes = hashArray(Math.max(0, count - SHINGLE_WORDS + 1));
  for (let first = 0; first < hashes.length; first++) {
    let h = words[first];
    for (let k = 1; k < SHINGLE_WORDS; k++) h = mix(h) ^ words[first + k];
    hashes[first] = mix(h);
  }
  return hashes;
}

/** The print of a text: its lower-cased words' 5-shingles, hashed, and their MinHash signature. */
export function textPrint(text: string): TextPrint {
  return printOf([text]);
}

/** The print of `pieces` joined by line breaks, without joining them. */
function printOf(pieces: readonly string[]): TextPrint {
  const words = lowerWords(pieces) ?? wordsOfLowered(pieces.join('\n').toLocaleLowerCase('sv'));
  const shingles = distinctSorted(shingleHashes(words));
  return { shingles, signature: signatureOf(shingles) };
}

/**
 * The MinHash signature of a shingle set: per bin, the least value of the shingles hashed into it.
 * An empty bin takes the value of the first filled bin on a walk fixed by its number, the same walk
 * in every text, so that a bin is equal in two texts with the probability of their Jaccard
 * similarity whether it was filled or not (without it, two short texts would agree on every empty bin).
 */
export function signatureOf(shingles: Uint32Array): Uint32Array {
  const signature = new Uint32Array(BINS).fill(EMPTY);
  for (let j = 0; j < shingles.length; j++) {
    const h = mix(shingles[j] ^ SEED);
    const bin = h >>> BIN_SHIFT;
    const value = h & VALUE_MASK;
    if (value < signature[bin]) signature[bin] = value;
  }
  if (shingles.length === 0) return signature;
  const filled = signature.slice();
  for (let bin = 0; bin < BINS; bin++) {
    if (filled[bin] !== EMPTY) continue;
    for (let step = 1; ; step++) {
      const from = mix(Math.imul(bin + 1, 0x632be5ab) ^ step) >>> BIN_SHIFT;
      if (filled[from] !== EMPTY) {
        signature[bin] = filled[from];
        break;
      }
    }
  }
  return signature;
}

/** The values once each, ascending, in an array of their own (`values` may be scratch). */
function distinctSorted(values: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const sorted = radixSort(values);
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i];
  return sorted.slice(0, n);
}

/**
 * `values` in ascending order, by three passes of a least-significant-digit radix sort (11, 11 and
 * 10 bits): a document's some 30,000 shingle hashes in a sixth of the time `sort` takes. Uses
 * `values` as scratch space.
 */
function radixSort(values: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  if (values.length < 256) return values.sort();
  let from = values;
  let to = sortArray(values.length);
  const counts = new Int32Array(2048);
  for (const shift of [0, 11, 22]) {
    counts.fill(0);
    for (let i = 0; i < from.length; i++) counts[(from[i] >>> shift) & 0x7ff]++;
    for (let digit = 0, sum = 0; digit < 2048; digit++) {
      const count = counts[digit];
      counts[digit] = sum;
      sum += count;
    }
    for (let i = 0; i < from.length; i++) to[counts[(from[i] >>> shift) & 0x7ff]++] = from[i];
    [from, to] = [to, from];
  }
  return from;
}

/** |A ∩ B| / |A ∪ B| of two shingle sets (ascending, each value once): one merge pass. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

/** Pairs [i, j] (i < j) whose signatures agree on all rows of at least one band. */
function candidatePairs(prints: readonly TextPrint[]): Array<[number, number]> {
  const pairs = new Set<string>();
  const out: Array<[number, number]> = [];
  for (let band = 0; band < BINS / ROWS_PER_BAND; band++) {
    const buckets = new Map<number, number[]>();
    prints.forEach((p, i) => {
      if (p.shingles.length < MIN_SHINGLES) return;
      const key = bandKey(p, band);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    });
    for (const bucket of buckets.values()) {
      for (let x = 0; x < bucket.length; x++) {
        for (let y = x + 1; y < bucket.length; y++) {
          const key = `${bucket[x]},${bucket[y]}`;
          if (pairs.has(key)) continue;
          pairs.add(key);
          out.push([bucket[x], bucket[y]]);
        }
      }
    }
  }
  return out;
}

/** Two documents with the same text, and how alike their shingles are (0–1). */
export interface SameText {
  a: number;
  b: number;
  similarity: number;
}

/**
 * The documents kept so far, to find the first of them a new one has the same text as, one
 * document at a time: exactly the pairs `candidatePairs` and `jaccard` find, in reading order,
 * holding each kept document's signature (not its text) and its shingles (in a file beyond a
 * limit: `ShingleStore`).
 */
export class SameTextIndex {
  /**
   * Per band, the documents by their band key: one document's number alone, an array only when
   * several share the key (most keys are one document's, and a gigabyte of text is 4,000 of them).
   */
  private readonly bands = Array.from({ length: BINS / ROWS_PER_BAND }, () => new Map<number, number | number[]>());
  private readonly shingles: ShingleStore;
  /** Each added document's signature and shingle count, to turn down a candidate before its shingles are read. */
  private readonly signatures: Uint32Array[] = [];
  private readonly sizes: number[] = [];

  constructor(
    private readonly threshold: number,
    memoryLimit?: number,
  ) {
    this.shingles = new ShingleStore(memoryLimit);
  }

  /** The first document added whose text is at least `threshold` alike to `print`'s, and how alike. */
  match(print: TextPrint): { index: number; similarity: number } | null {
    if (print.shingles.length < MIN_SHINGLES) return null;
    const candidates = new Set<number>();
    this.bands.forEach((buckets, band) => {
      const bucket = buckets.get(bandKey(print, band));
      if (typeof bucket === 'number') candidates.add(bucket);
      else for (const i of bucket ?? []) candidates.add(i);
    });
    for (const index of [...candidates].sort((a, b) => a - b)) {
      if (!mayBeAlike(this.sizes[index], this.signatures[index], print, this.threshold)) continue;
      const similarity = jaccard(this.shingles.get(index), print.shingles);
      if (similarity >= this.threshold) return { index, similarity };
    }
    return null;
  }

  /** Lets go of the shingles (and their file, if any). */
  close(): void {
    this.shingles.close();
  }

  /** Adds a kept document's print; returns its index. */
  add(print: TextPrint): number {
    const index = this.shingles.size;
    // Too short to be compared: nothing to keep but its place.
    if (print.shingles.length < MIN_SHINGLES) {
      this.shingles.add(new Uint32Array(0));
      this.signatures.push(new Uint32Array(0));
      this.sizes.push(0);
      return index;
    }
    this.shingles.add(print.shingles);
    this.signatures.push(print.signature);
    this.sizes.push(print.shingles.length);
    this.bands.forEach((buckets, band) => {
      const key = bandKey(print, band);
      const bucket = buckets.get(key);
      if (bucket === undefined) buckets.set(key, index);
      else if (typeof bucket === 'number') buckets.set(key, [bucket, index]);
      else bucket.push(index);
    });
    return index;
  }
}

/**
 * Whether a candidate pair can be `threshold` alike, by what is at hand without reading shingles
 * back from a file: their counts (the Jaccard is at most the smaller over the larger) and the share
 * of signature bins that agree, which estimates the Jaccard. A pair at the threshold agrees on
 * fewer than the bound only by a chance eight standard deviations out, of the order of the banding
 * missing it; a pair of one template's documents (Jaccard 0.3–0.6: a committee's minutes) is
 * turned down here instead of costing a read and a merge of its shingles, which made a corpus of
 * such documents quadratic in reading.
 */
export function mayBeAlike(size: number, signature: Uint32Array, print: TextPrint, threshold: number): boolean {
  const other = print.shingles.length;
  if (Math.min(size, other) < threshold * Math.max(size, other)) return false;
  let agreeing = 0;
  for (let bin = 0; bin < BINS; bin++) if (signature[bin] === print.signature[bin]) agreeing++;
  // The bins the smaller set fills are the independent draws; the empty ones copy them.
  const draws = BINS * (1 - Math.exp(-Math.min(size, other) / BINS));
  const spread = Math.sqrt((threshold * (1 - threshold)) / draws);
  return agreeing / BINS >= threshold - 8 * spread;
}

/**
 * A band's rows as one small integer (a hash of them), not a string: a Map keyed by small integers
 * holds no key objects. Two bands that differ may share a key once in a billion; that only makes
 * a candidate, which the shingles' Jaccard then turns down.
 */
function bandKey(print: TextPrint, band: number): number {
  let h = 0;
  for (let row = band * ROWS_PER_BAND; row < (band + 1) * ROWS_PER_BAND; row++) h = mix(h ^ print.signature[row]);
  return h & 0x3fffffff;
}

/**
 * Prints made where their documents were read (a pool worker, see `RunSettings.prints`), by
 * document, each taken once: the main thread then only compares.
 */
const madePrints = new WeakMap<object, TextPrint>();

/** Hands `document`'s print, made elsewhere from the same passages, to its one `documentPrint` call. */
export function rememberPrint(document: object, print: TextPrint): void {
  madePrints.set(document, print);
}

/** A document's print, of its passages' text. */
export function documentPrint(document: Pick<Document, 'passages'>): TextPrint {
  const made = madePrints.get(document);
  if (made === undefined) return printOf(document.passages.map((p) => p.text));
  madePrints.delete(document);
  return made;
}

/** Every pair of `documents` (by index) whose shingle sets are at least `threshold` alike. */
export function sameTextPairs(documents: readonly Pick<Document, 'passages'>[], threshold: number): SameText[] {
  const prints = documents.map(documentPrint);
  const found: SameText[] = [];
  for (const [a, b] of candidatePairs(prints)) {
    if (!mayBeAlike(prints[a].shingles.length, prints[a].signature, prints[b], threshold)) continue;
    const similarity = jaccard(prints[a].shingles, prints[b].shingles);
    if (similarity >= threshold) found.push({ a, b, similarity });
  }
  return found.sort((x, y) => x.a - y.a || x.b - y.b);
}
