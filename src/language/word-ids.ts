// Each distinct word form (a token's norm) numbered once, when the tokenizer meets it: the
// per-word analyses of the matchers and of attribution (trie keys and compound hits, name
// endings, organ compounds) are then an array index by that number instead of a hash of the
// string in every cache, half a dozen per token.
//
// The numbering is bounded like the caches it replaces: when it holds NUMBERING_LIMIT words it starts over,
// with numbers above every one given before, so a token numbered earlier is never taken for a
// new word; the memos see the new start, empty themselves, and compute an old token's answer
// without keeping it.

/** How many words one numbering holds before it starts over. */
export const NUMBERING_LIMIT = 500_000;
const numbers = new Map<string, number>();
/** The first number of the current numbering. */
let first = 0;
let next = 0;

/** The number of the word form `norm`. */
export function wordId(norm: string): number {
  let id = numbers.get(norm);
  if (id === undefined) {
    if (numbers.size >= NUMBERING_LIMIT) {
      numbers.clear();
      first = next;
    }
    id = next++;
    numbers.set(norm, id);
  }
  return id;
}

/**
 * The first number of the current numbering: it changes when the numbering starts over, and
 * whoever keeps word numbers (the memos below, the tokenizer's surface forms) must then forget them.
 */
export function numberingStart(): number {
  return first;
}

/** How many words the current numbering holds (for tests of what happens when it starts over). */
export function numberedWords(): number {
  return numbers.size;
}

/** What a pure function of a word form gave, by the word's number. */
export class WordMemo<V> {
  private values: (V | undefined)[] = [];
  private from = 0;

  /** The value for word `id`, or undefined when not known (or `id` is from before the numbering started over). */
  get(id: number): V | undefined {
    this.sync();
    return id >= first ? this.values[id - first] : undefined;
  }

  set(id: number, value: V): void {
    this.sync();
    if (id < first) return;
    const at = id - first;
    // Filled up to `at` in order: an index far past the end would turn the array into a dictionary.
    while (this.values.length < at) this.values.push(undefined);
    this.values[at] = value;
  }

  private sync(): void {
    if (this.from !== first) {
      this.values = [];
      this.from = first;
    }
  }
}

/**
 * A small number (a byte) per word, by the word's number: `WordMemo` for flags, with no array
 * of values to read through. 0 until set; forgotten when the numbering starts over.
 */
export class WordBytes {
  private bytes = new Uint8Array(1024);
  private from = 0;

  get(id: number): number {
    if (this.from !== first) this.restart();
    const at = id - first;
    return at >= 0 && at < this.bytes.length ? this.bytes[at] : 0;
  }

  set(id: number, value: number): void {
    if (this.from !== first) this.restart();
    const at = id - first;
    if (at < 0) return;
    if (at >= this.bytes.length) {
      const old = this.bytes;
      this.bytes = new Uint8Array(Math.max(2 * old.length, at + 1));
      this.bytes.set(old);
    }
    this.bytes[at] = value;
  }

  private restart(): void {
    this.bytes = new Uint8Array(1024);
    this.from = first;
  }
}
