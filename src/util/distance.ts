// Damerau–Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two
// neighbours), with a bound so that comparing a word against a whole vocabulary stays cheap.

/** The distance between `a` and `b`, or `max + 1` as soon as it must exceed `max`. */
export function damerauLevenshtein(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length;
  const m = b.length;
  let before = new Array<number>(m + 1).fill(0);
  let previous = Array.from({ length: m + 1 }, (_, j) => j);
  let current = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[m] > max ? max + 1 : previous[m];
}

/**
 * The end of `word` that is one edit from one of `forms` (its first letter kept: "nämd", "nämdens",
 * "styrelssen"), and the part before it, at least `minPrefix` letters; null when none is, or when
 * that end is one of `others` (words of their own: "nämnder", "nämnda"). Forms are tried in order.
 */
export function nearEnd(word: string, forms: readonly string[], others: ReadonlySet<string>, minPrefix = 3): { prefix: string; form: string } | null {
  for (const form of forms) {
    if (form.length < 4) continue;
    for (const length of [form.length - 1, form.length, form.length + 1]) {
      const at = word.length - length;
      if (at < minPrefix) continue;
      const end = word.slice(at);
      if (end[0] !== form[0] || end === form || others.has(end) || damerauLevenshtein(end, form, 1) !== 1) continue;
      return { prefix: word.slice(0, at), form };
    }
  }
  return null;
}
