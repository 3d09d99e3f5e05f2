// The document's own spelling as evidence: a word written `Unesco-samverkan` on one line is kept
// hyphenated when it is split after `Unesco-` on another.
import { codePointWidth, followsLetterOrDigit, isLetterOrDigit, isLowSurrogate } from '../util/word-characters.js';
import { trimmedEnd } from '../util/white-space.js';

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

/** Where the word of `addWords` starting at `text[start]` ends, or `start` when no word starts there. */
function wordEnd(text: string, start: number): number {
  const n = text.length;
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
