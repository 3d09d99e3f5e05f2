// The JSON document `mrkoll analyze --format json` prints, described in docs/schema/analyze.md.
import type { Analysis } from '../../analyze/index.js';
import { evidence } from '../format/evidence.js';

/** 2: a cell's `evidence` and `notCounted` keep at most the rules' `evidencePerCell` quotes each (docs/schema/analyze.md). */
export const ANALYZE_SCHEMA_VERSION = 2;

export function analyzeToJson(analysis: Analysis): object {
  const result = analysis.views[analysis.view]!;
  const { coverage } = result;
  const names = new Map(coverage.rows.map((r) => [r.id, r.name]));
  return {
    schemaVersion: ANALYZE_SCHEMA_VERSION,
    view: analysis.view,
    expected: analysis.expected,
    corpus: analysis.corpus,
    externalBodies: analysis.externalBodies,
    thresholds: analysis.rules.thresholds,
    categories: coverage.categories,
    ranking: result.ranking.map((c) => ({
      tag: c.id,
      kind: c.kind,
      label: c.label,
      coveredBy: c.coveredBy,
      compared: c.compared,
      share: c.share,
      passages: c.passages,
    })),
    administrations: coverage.rows.map((r) => ({
      id: r.id,
      name: r.name,
      registered: r.registered,
      kind: r.kind,
      expected: r.expected,
      words: r.words,
      passages: r.passages,
      taggedPassages: r.taggedPassages,
      documents: r.documents,
      groupOnly: r.groupOnly ?? null,
      notApplicable: r.notApplicable,
      cities: r.cities,
      cells: Object.fromEntries(
        Object.entries(r.cells).map(([tag, c]) => [
          tag,
          {
            passages: c.passages,
            words: c.words,
            share: c.share,
            evidence: c.evidence.map(evidence),
            notCounted: c.notCounted.map(evidence),
            // Only when the quotes were cut: below the bound the cell is what it was in version 1.
            ...(c.notCountedTotal > c.notCounted.length && { notCountedTotal: c.notCountedTotal }),
          },
        ]),
      ),
    })),
    gaps: result.gaps.map((g) => ({
      kind: g.kind,
      administration: g.administration,
      administrationName: g.administration === null ? null : (names.get(g.administration) ?? g.administration),
      tag: g.tag,
      message: g.message,
      evidence: g.evidence.map(evidence),
    })),
  };
}
