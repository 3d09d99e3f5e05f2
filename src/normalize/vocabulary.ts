// The document's own spelling as evidence: a word written `Unesco-samverkan` on one line is kept
// hyphenated when it is split after `Unesco-` on another.

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

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
    const whole = line.trimEnd().endsWith('-') ? line.replace(/[\p{L}\p{N}]+-\s*$/u, '') : line;
    for (const match of whole.matchAll(WORD)) words.add(match[0]);
  }
  return words;
}
