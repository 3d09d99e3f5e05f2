// Which principles a coverage report shows, and whose they are: each city's own principles for its
// own rows, the national ones for cities without, and "ej tillämplig" where a principle is another
// city's (analyze/coverage.ts decides what applies to a row).
import { isApplicable, type CategoryInfo, type Coverage, type CoverageRow } from '../../analyze/coverage.js';
import { categoryShort, hasCode } from '../../analyze/gaps.js';
import { capitalized } from '../../util/swedish.js';

/** The expected rows, then the others that have text. */
export function shownRows(coverage: Coverage): CoverageRow[] {
  return [...coverage.rows.filter((r) => r.expected), ...coverage.rows.filter((r) => !r.expected && r.passages > 0)];
}

/** The principles that apply to at least one shown row: each city's own, for its own rows. */
export function shownPrinciples(coverage: Coverage, rows: readonly CoverageRow[]): CategoryInfo[] {
  return coverage.categories.filter((c) => c.kind === 'principle' && rows.some((r) => r.passages > 0 && isApplicable(r, c)));
}

/**
 * "Policy för mänskliga rättigheter … (Malmö stad): P1–P4", one line per framework of the principles;
 * principles without a code are named by their short label (with the column head, when a table abbreviates it).
 */
export function principleOwners(principles: readonly CategoryInfo[], heads?: ReadonlyMap<string, string>): string[] {
  const byFramework = new Map<string, CategoryInfo[]>();
  for (const c of principles) byFramework.set(c.frameworkId, [...(byFramework.get(c.frameworkId) ?? []), c]);
  return [...byFramework.values()].map((cs) => {
    const numbered = cs.length > 2 && cs.every(hasCode);
    const named = (c: CategoryInfo) => {
      const head = heads?.get(c.id);
      return hasCode(c) ? c.id : head && head !== categoryShort(c) ? `${head} = ${categoryShort(c)}` : categoryShort(c);
    };
    const ids = numbered ? `${cs[0].id}–${cs.at(-1)!.id}` : cs.map(named).join(', ');
    return `${cs[0].framework} (${cs[0].scope}): ${ids}`;
  });
}

/**
 * Column heads for a narrow table: a policy's code as it is (P1), else the shortest prefixes of the
 * short labels (at least 4 letters, at most `max`) that tell the columns apart ("Jäml", "Jäms").
 */
export function columnHeads(categories: readonly CategoryInfo[], max: number): Map<string, string> {
  // "Rätten till bostad" is headed "Bosta", not "Rätte" like three other rights.
  const labels = categories.map((c) => (hasCode(c) ? c.id : capitalized(categoryShort(c).replace(/^rätt(?:en)? till /i, ''))));
  for (let n = 4; n < max; n++) {
    const prefixes = labels.map((l) => l.slice(0, n).trimEnd());
    if (new Set(prefixes).size === labels.length) return new Map(categories.map((c, i) => [c.id, prefixes[i]]));
  }
  return new Map(categories.map((c, i) => [c.id, labels[i].slice(0, max).trimEnd()]));
}
