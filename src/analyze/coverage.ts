// The coverage matrix: administrations × principles and rights areas, by mention or by author.
// Each cell counts the passages that carry the category for the administration, the share of
// the administration's words they hold, and the evidence. Negated and stock-text tags are shown
// as evidence but never counted.
import type { Framework, Lexicons, Tag, AnalysisDocument } from '../types.js';
import { frameworksFor } from '../lexicon/frameworks.js';
import { cityOfId } from '../lexicon/administration-id.js';
import { cityName, municipalitiesFor } from '../lexicon/municipalities.js';
import type { AdministrationInfo, View } from '../corpus/credit.js';
import type { EvidenceRef } from '../corpus/evidence.js';
import type { ExpectedSet } from './expected.js';

export type { View } from '../corpus/credit.js';

export interface CategoryInfo {
  id: string;
  kind: 'principle' | 'area';
  label: string;
  /** The framework's title. */
  framework: string;
  /** The framework's ID. */
  frameworkId: string;
  /** The framework's city, or null for frameworks shared by all cities (rights areas, the national principles). */
  city: string | null;
  /** True for the national principles every city without its own gets (SKR's). */
  default?: boolean;
  /** Whose it is, in Swedish: "Malmö stad", "kommuner och regioner utan egna principer", "alla kommuner och regioner". */
  scope: string;
  description?: string;
}

export interface CoverageCell {
  /** Passages that carry the category (not negated, not stock text). */
  passages: number;
  words: number;
  /** `words` over the administration's words, 0–1. */
  share: number;
  /**
   * The evidence kept: every counted passage up to the rules' `evidencePerCell`, above it the best
   * ranked (src/analyze/evidence-pool.ts), in input order; `passages` is how many there are.
   */
  evidence: EvidenceRef[];
  /** Passages with the category only negated or in stock text: shown, not counted; kept as `evidence` is. */
  notCounted: EvidenceRef[];
  /** How many such passages there are, kept or not. */
  notCountedTotal: number;
}

export interface CoverageRow extends AdministrationInfo {
  /** In the expected list (the registry's committees and companies, or --expected). */
  expected: boolean;
  /** Words and passages written by (author view) or about (mention view) the administration. */
  words: number;
  passages: number;
  /** Passages that carry at least one counted category. */
  taggedPassages: number;
  documents: string[];
  cells: Record<string, CoverageCell>;
  /**
   * Categories whose framework applies to none of the cities the row's passages come from (another
   * city's principles): reports write "ej tillämplig" for them, never "·" or 0.
   */
  notApplicable: string[];
  /**
   * The cities of the documents its passages come from (null: "okänd kommun"); for a row without
   * passages, its registry's city.
   */
  cities: Array<string | null>;
  /** By mention: passages that reach it only through a group noun for many ("de helägda bolagen"). */
  groupOnly?: { passages: number; names: string[] };
}

export interface Coverage {
  view: View;
  categories: CategoryInfo[];
  rows: CoverageRow[];
  expected: ExpectedSet;
}

/**
 * The frameworks a document was tagged against: its tag result's (`frameworks`, with --framework
 * in it), else those that apply to its city.
 */
export function frameworksOf(doc: AnalysisDocument, lexicons: Lexicons): Framework[] {
  const ids = doc.frameworks;
  if (!ids) return frameworksFor(lexicons, doc.metadata.city);
  return ids.map((id) => lexicons.frameworks.find((f) => f.id === id)).filter((f): f is Framework => f !== undefined);
}

function categoryInfo(f: Framework, c: Framework['categories'][number], lexicons: Lexicons): CategoryInfo {
  return {
    id: c.id,
    kind: c.kind,
    label: c.label,
    framework: f.title,
    frameworkId: f.id,
    city: f.city,
    ...(f.default && { default: true }),
    scope: frameworkScope(f, lexicons),
    ...(c.description && { description: c.description }),
  };
}

/** Whose a framework is, for reports: the city's name, or who else it applies to. */
export function frameworkScope(f: Pick<Framework, 'city' | 'default'>, lexicons: Pick<Lexicons, 'dir'>): string {
  if (f.default) return 'kommuner och regioner utan egna principer';
  if (f.city === null) return 'alla kommuner och regioner';
  return cityName(f.city, municipalitiesFor(lexicons.dir));
}

/**
 * The principles and rights areas of the frameworks the documents were tagged against, principles
 * first, then any tag no framework has; gathered one document at a time.
 */
export class CategorySeen {
  private readonly frameworks = new Set<string>();
  /** Every tag's category, first seen first, with its kind. */
  private readonly tags = new Map<string, Tag['kind']>();

  constructor(private readonly lexicons: Lexicons) {}

  add(doc: AnalysisDocument): void {
    for (const f of frameworksOf(doc, this.lexicons)) this.frameworks.add(f.id);
    for (const p of doc.passages) for (const t of p.tags) if (!this.tags.has(t.id)) this.tags.set(t.id, t.kind);
  }

  categories(): CategoryInfo[] {
    const lexicons = this.lexicons;
    const frameworks = lexicons.frameworks.filter((f) => this.frameworks.has(f.id)).sort((a, b) => Number(a.kind === 'areas') - Number(b.kind === 'areas'));
    const out: CategoryInfo[] = [];
    const seen = new Set<string>();
    for (const f of frameworks) {
      for (const c of f.categories) {
        if (seen.has(c.id)) continue;
        seen.add(c.id);
        out.push(categoryInfo(f, c, lexicons));
      }
    }
    // A tag no framework of the lexicons has (tagged with other lexicons) still gets a column.
    for (const [id, kind] of this.tags) {
      if (seen.has(id)) continue;
      seen.add(id);
      const found = lexicons.frameworks.flatMap((f) => f.categories.map((c) => ({ f, c }))).find((x) => x.c.id === id);
      out.push(found ? categoryInfo(found.f, found.c, lexicons) : { id, kind, label: id, framework: '', frameworkId: '', city: null, scope: '' });
    }
    return out;
  }
}

/**
 * The categories that apply to none of the frameworks `used` by the documents a row's passages
 * come from; for a row without passages (`used` null), to none of the city its ID begins with.
 */
export function notApplicable(id: string, used: ReadonlySet<string> | null, categories: readonly CategoryInfo[], lexicons: Lexicons): string[] {
  const frameworks = used ?? new Set(frameworksFor(lexicons, cityOfId(id)).map((f) => f.id));
  return categories.filter((c) => c.frameworkId !== '' && !frameworks.has(c.frameworkId)).map((c) => c.id);
}

/** The cities of the documents a row's passages come from; for a row without passages (`cities` null), its registry's city. */
export function citiesOf(id: string, cities: ReadonlyArray<string | null> | null, lexicons: Lexicons): Array<string | null> {
  if (cities) return [...cities];
  const registry = lexicons.registries.find((r) => r.administrations.some((a) => a.id === id));
  return registry ? [registry.city] : [];
}

/** Whether a category's framework applies to a row (see `CoverageRow.notApplicable`). */
export function isApplicable(row: Pick<CoverageRow, 'notApplicable'>, category: Pick<CategoryInfo, 'id'>): boolean {
  return !row.notApplicable.includes(category.id);
}

/** Two cities' "Kommunstyrelsen" in one corpus: each gets its city's name added, the first too (which one is unlabelled would be a guess). */
export function disambiguate(rows: CoverageRow[], lexicons: Lexicons): void {
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.name, (count.get(r.name) ?? 0) + 1);
  const list = municipalitiesFor(lexicons.dir);
  for (const r of rows) {
    if ((count.get(r.name) ?? 0) < 2) continue;
    const org = cityOfId(r.id);
    r.name = `${r.name} (${lexicons.registries.find((x) => x.city === org)?.name ?? cityName(org, list)})`;
  }
}

/**
 * The rows categories are compared over: expected administrations that appear at all, or every
 * row with text when none of them does (no registry for the city, or a by-author run over
 * documents written by others).
 */
export function comparedRows(coverage: Coverage): CoverageRow[] {
  const present = coverage.rows.filter((r) => r.passages > 0);
  const expected = present.filter((r) => r.expected);
  return expected.length > 0 ? expected : present;
}

export interface CategoryRank extends CategoryInfo {
  /** IDs of the compared administrations with at least one counted passage. */
  coveredBy: string[];
  compared: number;
  /** coveredBy / compared, 0–1. */
  share: number;
  passages: number;
}

/**
 * The categories from least to most covered (by number of administrations, then passages), each
 * over the compared rows it applies to; a category that applies to none of them (a Stockholm
 * programme among Malmö's committees) is not ranked.
 */
export function rankCategories(coverage: Coverage): CategoryRank[] {
  const compared = comparedRows(coverage);
  return coverage.categories
    .map((c) => ({ c, rows: compared.filter((r) => isApplicable(r, c)) }))
    .filter(({ rows }) => rows.length > 0)
    .map(({ c, rows }) => {
      const coveredBy = rows.filter((r) => (r.cells[c.id]?.passages ?? 0) > 0).map((r) => r.id);
      const passages = rows.reduce((n, r) => n + (r.cells[c.id]?.passages ?? 0), 0);
      return { ...c, coveredBy, compared: rows.length, share: rows.length ? round(coveredBy.length / rows.length) : 0, passages };
    })
    .sort((a, b) => a.coveredBy.length - b.coveredBy.length || a.passages - b.passages || a.id.localeCompare(b.id));
}

export function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
