// A text's tokens as the tokenizer (tokenize.ts) leaves them: four 32-bit cells per token, and the
// surface forms the cells point into. Apart from the tokenizer so that the scanner and its forms
// table read in one sitting.

export type TokenKind = 'word' | 'number' | 'case-number' | 'punct';

/** One token as an object: what `Tokens.at(i)` makes, for code that reads a few tokens. */
export interface Token {
  text: string;
  /** Lower-cased, NFC. */
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** First word after . ! ? or at the start of a line: `Kulturnämnden har…` is no name variant. */
  sentenceInitial: boolean;
  /** The word ends with '-' as in "barnrätts-" (a conjunct of a coordinated compound). */
  trailingHyphen?: boolean;
  /** The number of `norm` (word-ids.ts): per-word analyses are kept by it. */
  word: number;
}

// Kinds as numbers, in the low bits of a token's last cell.
export const WORD = 0;
export const NUMBER = 1;
export const CASE_NUMBER_KIND = 2;
export const PUNCT = 3;
const KINDS: readonly TokenKind[] = ['word', 'number', 'case-number', 'punct'];
export const SENTENCE_INITIAL = 4;
export const TRAILING_HYPHEN = 8;
/** The form's index in `forms` sits above the kind and the two flags. */
export const FORM_SHIFT = 4;
/** Cells per token: start, end, word number, form << FORM_SHIFT | flags | kind. */
export const CELLS = 4;

/**
 * A text's tokens as columns: four 32-bit cells per token in a typed array, not an object per
 * token. Tagging keeps every token of a document until it is done (2.4 million over 17 MB), so
 * objects survived the young generation's collections and were copied there. The texts of one
 * `tokenizeEach` share one array (`offset` says where a text's cells begin): a typed array of
 * more than 64 bytes is allocated outside the heap, at some microseconds each, which one per
 * passage cost more than the objects. Each token's strings are its surface form's, shared by
 * every token of the form; `at(i)` makes a `Token` for code that reads only a few.
 */
export class Tokens {
  constructor(
    readonly length: number,
    private readonly cells: Int32Array,
    /** Where token 0's cells begin in `cells`. */
    private readonly offset: number,
    /** The forms table the cells' form indexes point into (a new one after each restart). */
    private readonly forms: readonly Form[],
  ) {}

  start(i: number): number {
    return this.cells[this.offset + CELLS * i];
  }
  end(i: number): number {
    return this.cells[this.offset + CELLS * i + 1];
  }
  /** The number of `norm(i)` (word-ids.ts). */
  word(i: number): number {
    return this.cells[this.offset + CELLS * i + 2];
  }
  kind(i: number): TokenKind {
    return KINDS[this.cells[this.offset + CELLS * i + 3] & 3];
  }
  isWord(i: number): boolean {
    return (this.cells[this.offset + CELLS * i + 3] & 3) === WORD;
  }
  isPunct(i: number): boolean {
    return (this.cells[this.offset + CELLS * i + 3] & 3) === PUNCT;
  }
  /** As written. */
  text(i: number): string {
    return this.forms[this.cells[this.offset + CELLS * i + 3] >>> FORM_SHIFT].text;
  }
  /** Lower-cased, NFC. */
  norm(i: number): string {
    return this.forms[this.cells[this.offset + CELLS * i + 3] >>> FORM_SHIFT].norm;
  }
  /** First word after . ! ? or at the start of a line. */
  sentenceInitial(i: number): boolean {
    return (this.cells[this.offset + CELLS * i + 3] & SENTENCE_INITIAL) !== 0;
  }
  /** The word ends with '-' as in "barnrätts-". */
  trailingHyphen(i: number): boolean {
    return (this.cells[this.offset + CELLS * i + 3] & TRAILING_HYPHEN) !== 0;
  }
  /**
   * Token `i` as an object. Out of range it is undefined, and typed like an array's element, so
   * that code written for `tokens[i]` reads the same.
   */
  at(i: number): Token {
    if (i < 0 || i >= this.length) return undefined as unknown as Token;
    const bits = this.cells[this.offset + CELLS * i + 3];
    const form = this.forms[bits >>> FORM_SHIFT];
    return {
      text: form.text,
      norm: form.norm,
      start: this.cells[this.offset + CELLS * i],
      end: this.cells[this.offset + CELLS * i + 1],
      kind: KINDS[bits & 3],
      sentenceInitial: (bits & SENTENCE_INITIAL) !== 0,
      trailingHyphen: (bits & TRAILING_HYPHEN) !== 0,
      word: this.cells[this.offset + CELLS * i + 2],
    };
  }
  /** Every token as an object, for code that is not hot. */
  toArray(): Token[] {
    const all: Token[] = [];
    for (let i = 0; i < this.length; i++) all.push(this.at(i));
    return all;
  }
  *[Symbol.iterator](): Iterator<Token> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
}

/** What every token of one surface form shares. */
export interface Form {
  text: string;
  norm: string;
  kind: number;
  word: number;
}
