// Dunning's log-likelihood G², shared by keyness between corpora (src/compare/keyness.ts) and
// term suggestions for a category (src/lexicon/suggest.ts).

/**
 * Dunning's G² for a 2 × k table: the term and all other words in each of k corpora.
 * G² = 2 Σ O ln(O / E) over the 2k cells; empty cells add nothing.
 */
export function logLikelihood(counts: readonly number[], totals: readonly number[]): number {
  const grand = totals.reduce((a, b) => a + b, 0);
  const termTotal = counts.reduce((a, b) => a + b, 0);
  if (grand === 0 || termTotal === 0 || termTotal === grand) return 0;
  let sum = 0;
  for (let i = 0; i < counts.length; i++) {
    const share = totals[i] / grand;
    sum += cell(counts[i], termTotal * share);
    sum += cell(totals[i] - counts[i], (grand - termTotal) * share);
  }
  return Math.max(0, 2 * sum);
}

function cell(observed: number, expected: number): number {
  return observed > 0 && expected > 0 ? observed * Math.log(observed / expected) : 0;
}
