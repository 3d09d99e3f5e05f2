// The document's own spelling as evidence: a word written `Unesco-samverkan` on one line is kept
// hyphenated when it is split after `Unesco-` on another.

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/**
 * Builds a lookup of every word (hyphenated compounds included) in `lines`, case-sensitive: that a
 * word occurs in lower case (`under`, not only `Under`) is itself evidence.
 */
export function buildVocabulary(lines: Iterable<string>): (word: string) => boolean {
  const words = new Set<string>();
  for (const line of lines) {
    // A word cut at the line end is not evidence of anything.
    const whole = line.replace(/[\p{L}\p{N}]+-\s*$/u, '');
    for (const match of whole.matchAll(WORD)) words.add(match[0]);
  }
  return (word) => words.has(word);
}
