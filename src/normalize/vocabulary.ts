// The document's own spelling as evidence: a word written `Unesco-samverkan` on one line is kept
// hyphenated when it is split after `Unesco-` on another.
import { codePointWidth, followsLetterOrDigit, isLetterOrDigit, isLowSurrogate } from '../util/word-characters.js';
import { trimmedEnd } from '../util/white-space.js';
import type { SourceLine } from './source-line.js';

/**
 * How many times its own length a document's text may be searched for words before the set of
 * all its words is made instead (about what making the set costs): keeps a document that asks
 * many words linear in its length.
 */
const SEARCH_BUDGET = 16;

/**
 * Builds a lookup of every word (hyphenated compounds included) in `lines`, case-sensitive: that a
 * word occurs in lower case (`under`, not only `Under`) is itself evidence.
 */
export function buildVocabulary(lines: Iterable<string>): (word: string) => boolean {
  // A document asks a dozen words or so (a line-end hyphen, a capital after a short line): each is
  // looked for in the text with `indexOf`, far less work than cutting out and hashing every word
  // of it, which was a tenth of normalizing. Built at the first look-up: some documents ask none.
  let text: string | null = null;
  let words: Set<string> | null = null;
  let searched = 0;
  const answers = new Map<string, boolean>();
  return (word) => {
    if (words) return words.has(word);
    let known = answers.get(word);
    if (known !== undefined) return known;
    text ??= wordText(lines);
    if (searched > SEARCH_BUDGET * text.length) {
      words = new Set();
      addWords(text, words);
      return words.has(word);
    }
    const found = findWord(text, word);
    searched += found < 0 ? text.length : found + word.length;
    known = found >= 0;
    answers.set(word, known);
    return known;
  };
}

/**
 * `buildVocabulary` of `lines`' texts, searching `source` (the text their offsets point into, which
 * normalize joins anyway for alignment) instead of the lines joined once more: that join was a
 * third of the vocabulary's cost. A line the source holds verbatim (`SourceLine.verbatim`) answers
 * through the source: a find counts when it lies inside such a line, before a word cut at its end,
 * with the same word boundaries there as in the line alone (a line break stands between lines in
 * the joined text, and no word runs over one). Other lines (cleaned characters) are searched one by one.
 */
export function buildSourceVocabulary(source: string, lines: readonly SourceLine[]): (word: string) => boolean {
  const texts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const others: string[] = [];
  for (const line of lines) {
    if (line.text === '') continue;
    const cut = cutWordStart(line.text);
    const length = cut < 0 ? line.text.length : cut;
    const from = line.from;
    // Finds are placed by a binary search over the lines' starts, which must rise.
    if (line.verbatim && from !== undefined && (starts.length === 0 || from >= ends[ends.length - 1])) {
      texts.push(line.text);
      starts.push(from);
      ends.push(from + length);
    } else others.push(cut < 0 ? line.text : line.text.slice(0, cut));
  }
  /** Where `word` is found in the source inside a verbatim line, or -1. */
  const inLines = (word: string): number => {
    for (let at = source.indexOf(word); at >= 0; at = source.indexOf(word, at + 1)) {
      const k = lineAt(starts, at);
      if (k < 0 || at + word.length > ends[k]) continue;
      const local = at - starts[k];
      if (startsWord(texts[k], local) && wordEnd(texts[k], local, ends[k] - starts[k]) === local + word.length) return at;
    }
    return -1;
  };
  let searched = 0;
  let words: Set<string> | null = null;
  const answers = new Map<string, boolean>();
  return (word) => {
    if (words) return words.has(word);
    let known = answers.get(word);
    if (known !== undefined) return known;
    // As `buildVocabulary`, a document that asks many words gets the set of its words instead.
    if (searched > SEARCH_BUDGET * source.length) {
      words = new Set();
      addWords(wordText(lines.map((line) => line.text)), words);
      return words.has(word);
    }
    if (word === '' || wordEnd(word, 0) !== word.length) known = false;
    else {
      const found = inLines(word);
      searched += found < 0 ? source.length : found + word.length;
      known = found >= 0 || others.some((text) => findWord(text, word) >= 0);
    }
    answers.set(word, known);
    return known;
  };
}

/** The index of the last of `starts` at or before `at`, or -1. */
function lineAt(starts: readonly number[], at: number): number {
  let low = 0;
  let high = starts.length - 1;
  if (high < 0 || starts[0] > at) return -1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The lines joined by line breaks, less a word cut at a line end, which is not evidence of anything. */
function wordText(lines: Iterable<string>): string {
  const whole: string[] = [];
  for (const line of lines) {
    const cut = cutWordStart(line);
    whole.push(cut < 0 ? line : line.slice(0, cut));
  }
  return whole.join('\n');
}

/**
 * Where a word cut at the line end starts (`/[\p{L}\p{N}]+-\s*$/u`'s match), or -1: read back from
 * the line's end by code, where the pattern was tried from every position of the line.
 */
function cutWordStart(line: string): number {
  const end = trimmedEnd(line);
  if (end < 2 || line.charCodeAt(end - 1) !== 0x2d) return -1;
  let start = end - 1;
  // Back over whole code points: a letter outside the BMP is two code units.
  while (followsLetterOrDigit(line, start)) start -= isLowSurrogate(line.charCodeAt(start - 1)) ? 2 : 1;
  return start < end - 1 ? start : -1;
}

/** Where `word` stands in `text` as one whole word of `addWords`, or -1. */
function findWord(text: string, word: string): number {
  if (word === '' || wordEnd(word, 0) !== word.length) return -1;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (startsWord(text, at) && wordEnd(text, at) === at + word.length) return at;
  }
  return -1;
}

/** A word of `addWords` starts at `text[at]` (a letter or digit): not inside a word, nor after an inner hyphen. */
function startsWord(text: string, at: number): boolean {
  if (followsLetterOrDigit(text, at)) return false;
  return !(at > 0 && text.charCodeAt(at - 1) === 0x2d && followsLetterOrDigit(text, at - 1));
}

/** Where the word of `addWords` starting at `text[start]` ends, or `start` when no word starts there; the text read as if it ended at `n`. */
function wordEnd(text: string, start: number, n = text.length): number {
  let i = start;
  if (i >= n || !isLetterOrDigit(text, i)) return i;
  for (;;) {
    while (i < n && isLetterOrDigit(text, i)) i += codePointWidth(text, i);
    // An inner hyphen joins two runs: "Unesco-samverkan".
    if (i + 1 < n && text.charCodeAt(i) === 0x2d && isLetterOrDigit(text, i + 1)) i++;
    else return i;
  }
}

/**
 * Adds every word of `text` to `words`: a scanner instead of `matchAll`, which builds a match
 * array per word.
 */
function addWords(text: string, words: Set<string>): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLetterOrDigit(text, i)) {
      i++;
      continue;
    }
    const end = wordEnd(text, i);
    words.add(text.slice(i, end));
    i = end;
  }
}
