// Word-sequence comparison for the faithfulness tests: words as a reader counts them (punctuation
// around a word dropped, hyphens inside and at the end kept), and a diff that resynchronizes after
// each difference, so a report names every place the two texts part.

export function words(text: string): string[] {
  return text
    .split(/\s+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+/u, '').replace(/[^\p{L}\p{N}+-]+$/u, ''))
    .filter(Boolean);
}

export interface WordDifference {
  /** Index in the first sequence where the difference starts. */
  at: number;
  ours: string[];
  theirs: string[];
}

const WINDOW = 12;

/** Differences between two word sequences, in order; [] when they are equal. */
export function diffWords(ours: string[], theirs: string[]): WordDifference[] {
  const differences: WordDifference[] = [];
  let i = 0;
  let j = 0;
  const agree = (a: number, b: number) => ours[a] === theirs[b] && ours[a + 1] === theirs[b + 1];
  while (i < ours.length || j < theirs.length) {
    if (i < ours.length && j < theirs.length && ours[i] === theirs[j]) {
      i++;
      j++;
      continue;
    }
    let skip: [number, number] | null = null;
    for (let total = 1; total <= 2 * WINDOW && !skip; total++) {
      for (let a = 0; a <= total && !skip; a++) {
        if (agree(i + a, j + total - a)) skip = [a, total - a];
      }
    }
    const [a, b] = skip ?? [ours.length - i, theirs.length - j];
    differences.push({ at: i, ours: ours.slice(i, i + a), theirs: theirs.slice(j, j + b) });
    i += a;
    j += b;
  }
  return differences;
}
