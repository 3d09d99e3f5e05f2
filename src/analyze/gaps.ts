// Coverage gaps, each a finding with a reason a reader can check against the matrix and the
// evidence: absent or nearly silent administrations, rarely covered categories, categories an
// administration misses that most others cover, the särskilda frågan's two questions, depth,
// and variation in scope.
import type { AnalysisDocument, Lexicons } from '../types.js';
import type { CreditOptions } from '../corpus/credit.js';
import type { EvidenceRef } from '../corpus/evidence.js';
import type { Gap } from './gap.js';
import type { AnalysisRules } from './rules.js';
import { answerGaps } from './answers.js';
import { ViewAggregator, type GapFacts } from './view-aggregator.js';
import { withAuthorName } from './author-name.js';
import { list, median, num, pct, plural } from '../util/swedish.js';
import { isApplicable, comparedRows, rankCategories, type CategoryInfo, type Coverage, type CoverageRow } from './coverage.js';

/** Every gap in `coverage`; `docs` are the documents it was computed from. */
export function findGaps(coverage: Coverage, docs: readonly AnalysisDocument[], rules: AnalysisRules, lexicons: Lexicons): Gap[] {
  const aggregator = new ViewAggregator(lexicons, aggregateOptions(coverage.view, rules));
  for (const doc of docs) aggregator.add(doc);
  return gapsOf(coverage, aggregator.gapFacts(), rules);
}

/** Every gap in `coverage`, with what its aggregation kept for them. */
export function gapsOf(coverage: Coverage, facts: GapFacts, rules: AnalysisRules): Gap[] {
  const absent = absentGaps(coverage, facts, rules);
  const silent = new Set(absent.map((g) => g.administration));
  const active = comparedRows(coverage).filter((r) => !silent.has(r.id));
  return [
    ...absent,
    ...rareGaps(coverage, rules),
    ...missingGaps(coverage, active, rules),
    ...answerGaps(active, facts.answers, rules),
    ...scopeGaps(coverage, silent, rules),
  ];
}

/** How a view is aggregated under the rules: coverage and gaps must credit alike. */
export function aggregateOptions(view: Coverage['view'], rules: AnalysisRules, passageText = true) {
  return {
    view,
    ...creditOptions(rules),
    quoteMaxChars: rules.thresholds.quoteMaxChars,
    evidencePerCell: rules.thresholds.evidencePerCell,
    evidencePerGap: rules.thresholds.evidencePerGap,
    passageText,
    rules,
  };
}

/** The crediting options the rules set; coverage and gaps must use the same. */
export function creditOptions(rules: AnalysisRules): CreditOptions {
  return { ignoreSections: rules.ignoreSections, groupMaxMembers: rules.thresholds.groupMaxMembers };
}

/** "P4 (Transparent …)" for a principle, "Jämställdhet (jamstalldhet)" for a rights area. */
export function categoryName(c: Pick<CategoryInfo, 'id' | 'label' | 'kind'>): string {
  if (c.id === c.label) return c.id;
  // A rights area's ID (aldre, halsa) or a principle's slug (skr-jamlikhet) is for machines: a
  // person reads the label; a policy's own code (P1, S2) is how its readers know the principle.
  return hasCode(c) ? `${c.id} (${c.label})` : c.label;
}

/** Whether a category's ID is a code its policy's readers know ("P1", "S2"), not a slug ("skr-jamlikhet", "aldre"). */
export function hasCode(c: Pick<CategoryInfo, 'id'>): boolean {
  return /^[A-Z]{1,3}\d{1,2}$/.test(c.id);
}

/** What a column or a short list shows: the code, or the label up to its dash. */
export function categoryShort(c: Pick<CategoryInfo, 'id' | 'label'>): string {
  return hasCode(c) ? c.id : labelHead(c.label);
}

/** A label up to its dash: "Jämlikhet" of "Jämlikhet – …". */
export function labelHead(label: string): string {
  return label.split(' – ')[0];
}

function absentGaps(coverage: Coverage, facts: GapFacts, rules: AnalysisRules): Gap[] {
  const t = rules.thresholds;
  const gaps: Gap[] = [];
  const byAuthor = coverage.view === 'author';
  for (const row of coverage.rows.filter((r) => r.expected)) {
    const base = { kind: 'absent-administration' as const, administration: row.id, tag: null };
    if (row.passages === 0) {
      const group = row.groupOnly
        ? ` Den ingår bara i gruppord som ${list(
            row.groupOnly.names.map((n) => `”${n}”`),
            3,
          )} (${plural(row.groupOnly.passages, 'stycke', 'stycken')}).`
        : '';
      const message = byAuthor
        ? `${row.name} har inget eget dokument i underlaget (förväntas enligt ${coverage.expected.label}).`
        : `${row.name} nämns inte vid namn i något stycke i underlaget (förväntas enligt ${coverage.expected.label}).${group}`;
      gaps.push({ ...base, message, evidence: [] });
      continue;
    }
    if (row.passages >= t.silentPassages && row.words >= t.silentWords) continue;
    const where = byAuthor
      ? `har ${plural(row.passages, 'stycke', 'stycken')} (${num(row.words)} ord) i egna dokument`
      : `nämns i ${plural(row.passages, 'stycke', 'stycken')} (${num(row.words)} ord)`;
    const message =
      `${row.name} är nästan tyst: ${where}, varav ${num(row.taggedPassages)} tar upp en princip eller ett rättighetsområde. ` +
      `Gräns: minst ${plural(t.silentPassages, 'stycke', 'stycken')} och ${num(t.silentWords)} ord.`;
    const evidence = withAuthorName(facts.firstPassages.get(row.id) ?? [], row.name);
    gaps.push({ ...base, message, evidence });
  }
  return gaps;
}

function rareGaps(coverage: Coverage, rules: AnalysisRules): Gap[] {
  const t = rules.thresholds;
  const names = new Map(coverage.rows.map((r) => [r.id, r.name]));
  const ranks = rankCategories(coverage);
  const medians = new Map(['principle', 'area'].map((k) => [k, median(ranks.filter((c) => c.kind === k).map((c) => c.coveredBy.length))]));
  // The least covered of each kind is always named when it lies below its kind's median: the
  // rapport's "few report on P4" is a ranking, not a threshold.
  const lowest = new Set(
    ['principle', 'area'].flatMap((k) => {
      const ofKind = ranks.filter((c) => c.kind === k);
      const floor = ofKind[Math.min(t.rareLowest, ofKind.length) - 1]?.coveredBy.length ?? -1;
      return ofKind.filter((c) => c.coveredBy.length <= floor && c.coveredBy.length < medians.get(k)!).map((c) => c.id);
    }),
  );
  return ranks
    .filter((c) => c.compared > 0 && (c.share <= t.rareShare || c.coveredBy.length < t.rareRelative * medians.get(c.kind)! || lowest.has(c.id)))
    .sort((a, b) => Number(a.kind === 'area') - Number(b.kind === 'area'))
    .map((c) => {
      const who = c.coveredBy.map((id) => names.get(id) ?? id);
      const kind = c.kind === 'principle' ? 'Principen' : 'Rättighetsområdet';
      const others = c.kind === 'principle' ? 'principerna' : 'rättighetsområdena';
      const why =
        c.share <= t.rareShare
          ? `Gräns: högst ${pct(t.rareShare)}.`
          : c.coveredBy.length < t.rareRelative * medians.get(c.kind)!
            ? `Det är färre än ${pct(t.rareRelative)} av medianen för ${others} (${num(medians.get(c.kind)!)}).`
            : `Den är minst täckt av ${others}; medianen är ${num(medians.get(c.kind)!)}.`;
      const message =
        c.coveredBy.length === 0
          ? `${kind} ${categoryName(c)} tas inte upp ${c.compared === 1 ? 'av den enda förvaltning eller det enda bolag som jämförs' : `av någon av de ${num(c.compared)} förvaltningar och bolag som jämförs`}.`
          : `${kind} ${categoryName(c)} tas upp av ${num(c.coveredBy.length)} av ${num(c.compared)} förvaltningar och bolag (${pct(c.share)}): ${list(who, 8)}. ${why}`;
      const rows = coverage.rows.filter((r) => c.coveredBy.includes(r.id));
      // One passage per administration, and each passage once (by mention, one passage can
      // count for several).
      const seen = new Set<string>();
      const evidence = rows
        .map((r) => r.cells[c.id].evidence.find((e) => !seen.has(`${e.document}#${e.passage}`)))
        .filter((e): e is EvidenceRef => e !== undefined && !seen.has(`${e.document}#${e.passage}`) && Boolean(seen.add(`${e.document}#${e.passage}`)))
        .slice(0, t.evidencePerGap);
      return { kind: 'rare-tag' as const, administration: null, tag: c.id, message, evidence };
    });
}

function missingGaps(coverage: Coverage, active: CoverageRow[], rules: AnalysisRules): Gap[] {
  const t = rules.thresholds;
  const gaps: Gap[] = [];
  const categories = coverage.categories.filter((c) => t.missingKinds.includes(c.kind));
  for (const row of active) {
    for (const c of categories) {
      // Only against the others the category applies to too: Malmö's P1 is not missing in Lund.
      if (!isApplicable(row, c)) continue;
      const others = active.filter((r) => r.id !== row.id && isApplicable(r, c));
      // "Most others" needs a few others to mean anything.
      if (others.length < 3) continue;
      const cell = row.cells[c.id];
      if ((cell?.passages ?? 0) > 0) continue;
      const covering = others.filter((r) => (r.cells[c.id]?.passages ?? 0) > 0).length;
      if (covering / others.length <= t.missingMajority) continue;
      const only = cell?.notCountedTotal ? ` Det som finns är bara nekat eller standardtext (${plural(cell.notCountedTotal, 'stycke', 'stycken')}).` : '';
      const message = `${row.name} tar inte upp ${categoryName(c)}, som ${num(covering)} av ${num(others.length)} andra förvaltningar och bolag tar upp (${pct(covering / others.length)}).${only}`;
      gaps.push({ kind: 'missing-tag', administration: row.id, tag: c.id, message, evidence: (cell?.notCounted ?? []).slice(0, t.evidencePerGap) });
    }
  }
  return gaps;
}

function scopeGaps(coverage: Coverage, silent: Set<string | null>, rules: AnalysisRules): Gap[] {
  const t = rules.thresholds;
  const rows = comparedRows(coverage)
    .filter((r) => r.words > 0)
    .sort((a, b) => a.words - b.words);
  if (rows.length < 2) return [];
  const gaps: Gap[] = [];
  const smallest = rows[0];
  const largest = rows.at(-1)!;
  const mid = median(rows.map((r) => r.words));
  const ratio = largest.words / smallest.words;
  const unit = coverage.view === 'author' ? 'ord i egna dokument' : 'ord om sig';
  if (ratio >= t.scopeRatio) {
    gaps.push({
      kind: 'scope',
      administration: null,
      tag: null,
      message:
        `Omfånget varierar ${num(Math.round(ratio))} gånger mellan förvaltningarna: från ${num(smallest.words)} ${unit} (${smallest.name}) ` +
        `till ${num(largest.words)} (${largest.name}); medianen är ${num(mid)} ord. Gräns: ${num(t.scopeRatio)} gånger.`,
      evidence: [],
    });
  }
  for (const row of rows) {
    if (silent.has(row.id) || row.words >= mid * t.scopeLowFactor) continue;
    gaps.push({
      kind: 'scope',
      administration: row.id,
      tag: null,
      message: `${row.name} har ${num(row.words)} ${unit}, mindre än ${pct(t.scopeLowFactor)} av medianen (${num(mid)} ord).`,
      evidence: [],
    });
  }
  return gaps;
}
