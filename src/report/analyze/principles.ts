// Which principles a coverage report shows, and whose they are: each city's own principles for its
// own rows, the national ones for cities without, and "ej tillämplig" where a principle is another
// city's (analyze/coverage.ts decides what applies to a row).
import { isApplicable, type CategoryInfo, type Coverage, type CoverageRow } from '../../analyze/coverage.js';
import { hasCode } from '../../analyze/gaps.js';

/** The expected rows, then the others that have text. */
export function shownRows(coverage: Coverage): CoverageRow[] {
  return [...coverage.rows.filter((r) => r.expected), ...coverage.rows.filter((r) => !r.expected && r.passages > 0)];
}

/** The principles that apply to at least one shown row: each city's own, for its own rows. */
export function shownPrinciples(coverage: Coverage, rows: readonly CoverageRow[]): CategoryInfo[] {
  return coverage.categories.filter((c) => c.kind === 'principle' && rows.some((r) => r.passages > 0 && isApplicable(r, c)));
}

/** "Policy för mänskliga rättigheter … (Malmö stad): P1–P4", one line per framework of the principles. */
export function principleOwners(principles: readonly CategoryInfo[]): string[] {
  const byFramework = new Map<string, CategoryInfo[]>();
  for (const c of principles) byFramework.set(c.frameworkId, [...(byFramework.get(c.frameworkId) ?? []), c]);
  return [...byFramework.values()].map((cs) => {
    const numbered = cs.length > 2 && cs.every(hasCode);
    const ids = numbered ? `${cs[0].id}–${cs.at(-1)!.id}` : cs.map((c) => c.id).join(', ');
    return `${cs[0].framework} (${cs[0].scope}): ${ids}`;
  });
}
