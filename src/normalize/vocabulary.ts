// The document's own spelling as evidence: a word written `Unesco-samverkan` on one line is kept
// hyphenated when it is split after `Unesco-` on another.
import { codePointWidth, isLetterOrDigit } from '../util/word-characters.js';
import { trimmedEnd } from '../util/white-space.js';

/**
 * Builds a lookup of every word (hyphenated compounds included) in `lines`, case-sensitive: that a
 * word occurs in lower case (`under`, not only `Under`) is itself evidence.
 */
export function buildVocabulary(lines: Iterable<string>): (word: string) => boolean {
  // Built at the first look-up: most documents need none (no word split at a line end).
  let words: Set<string> | null = null;
  return (word) => (words ??= collectWords(lines)).has(word);
}

function collectWords(lines: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const line of lines) {
    // A word cut at the line end is not evidence of anything.
    // (The regular expression is tried at every position: only lines that end in '-' need it.)
    const whole = endsInHyphen(line) ? line.replace(/[\p{L}\p{N}]+-\s*$/u, '') : line;
    addWords(whole, words);
  }
  return words;
}

/** `line.trimEnd().endsWith('-')`, without the trimmed copy of every line. */
function endsInHyphen(line: string): boolean {
  const end = trimmedEnd(line);
  return end > 0 && line.charCodeAt(end - 1) === 0x2d;
}

/**
 * Adds every match of `WORD` in `line` to `words`: a scanner instead of `matchAll`, which builds
 * a match array per word (this runs over every line of every document that has a hyphenated line end).
 */
function addWords(line: string, words: Set<string>): void {
  const n = line.length;
  let i = 0;
  while (i < n) {
    if (!isLetterOrDigit(line, i)) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < n && isLetterOrDigit(line, i)) i += codePointWidth(line, i);
      // An inner hyphen joins two runs: "Unesco-samverkan".
      if (i + 1 < n && line.charCodeAt(i) === 0x2d && isLetterOrDigit(line, i + 1)) i++;
      else break;
    }
    words.add(line.slice(start, i));
  }
}
