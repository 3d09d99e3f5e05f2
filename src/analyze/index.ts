// `mrkoll analyze` as one pure function: coverage, category ranking and gaps for the chosen view
// (and the other, for reports that switch), with a summary of the corpus they came from.
import type { InputFailure, Lexicons, AnalysisDocument } from '../types.js';
import { computeCoverage, rankCategories, type CategoryRank, type Coverage, type View } from './coverage.js';
import { creditOptions, findGaps } from './gaps.js';
import type { Gap } from './gap.js';
import { authorOf } from '../corpus/credit.js';
import type { SkippedVariant } from '../corpus/variants.js';
import type { ExpectedSet } from './expected.js';
import type { AnalysisRules } from './rules.js';
import { municipalitiesFor } from '../lexicon/municipalities.js';
import { UNKNOWN_CITY } from '../lexicon/unknown-city.js';
import { slugify } from '../lexicon/crosscheck.js';

export interface ViewResult {
  coverage: Coverage;
  ranking: CategoryRank[];
  gaps: Gap[];
}

export interface DocumentSummary {
  path: string;
  type: string;
  city: string | null;
  year: number | null;
  /** Administration ID the document is credited to by author. */
  author: string;
  passages: number;
  words: number;
}

/** How many documents are a city's; `city` null for the documents no city decides ("okänd kommun"). */
export interface CitySummary {
  city: string | null;
  /** The municipality's official name ("Malmö stad", "Region Skåne"), or "okänd kommun". */
  name: string;
  documents: number;
}

export interface CorpusSummary {
  documents: DocumentSummary[];
  /** The documents' cities, most documents first, the unknown last. */
  cities: CitySummary[];
  /** Renderings of a document already read, left out (manifest `variantOf`, or the same text). */
  skippedVariants: SkippedVariant[];
  failures: InputFailure[];
  passages: number;
  words: number;
}

/** A body the documents name that is not the city's own (a state agency, a court, another kommun): listed, never credited. */
export interface ExternalBodySummary {
  id: string;
  /** The name as most often written. */
  name: string;
  kind: string | null;
  /** Passages and documents that name it. */
  passages: number;
  documents: number;
}

export interface Analysis {
  view: View;
  /** The chosen view first; the other when `bothViews`. */
  views: Partial<Record<View, ViewResult>>;
  expected: ExpectedSet;
  corpus: CorpusSummary;
  /** Outside bodies named, most named first. */
  externalBodies: ExternalBodySummary[];
  rules: AnalysisRules;
}

export interface AnalyzeOptions {
  view: View;
  expected: ExpectedSet;
  rules: AnalysisRules;
  /** Compute the other view too (the HTML report switches between them). */
  bothViews?: boolean;
  skippedVariants?: CorpusSummary['skippedVariants'];
  failures?: InputFailure[];
}

export function analyzeCorpus(docs: readonly AnalysisDocument[], lexicons: Lexicons, options: AnalyzeOptions): Analysis {
  const { rules, expected } = options;
  const run = (view: View): ViewResult => {
    const coverage = computeCoverage(docs, lexicons, { view, expected, ...creditOptions(rules), quoteMaxChars: rules.thresholds.quoteMaxChars });
    return { coverage, ranking: rankCategories(coverage), gaps: findGaps(coverage, docs, rules) };
  };
  const other: View = options.view === 'mention' ? 'author' : 'mention';
  const views: Analysis['views'] = { [options.view]: run(options.view) };
  if (options.bothViews) views[other] = run(other);
  const documents = docs.map((d) => ({
    path: d.path,
    type: d.metadata.type,
    city: d.metadata.city,
    year: d.metadata.year,
    author: authorOf(d),
    passages: d.passages.filter((p) => p.kind !== 'heading').length,
    words: d.passages.reduce((n, p) => n + p.words, 0),
  }));
  return {
    view: options.view,
    views,
    expected,
    externalBodies: externalBodies(docs),
    rules,
    corpus: {
      documents,
      cities: citySummary(documents, lexicons),
      skippedVariants: options.skippedVariants ?? [],
      failures: options.failures ?? [],
      passages: documents.reduce((n, d) => n + d.passages, 0),
      words: documents.reduce((n, d) => n + d.words, 0),
    },
  };
}

function citySummary(documents: readonly DocumentSummary[], lexicons: Pick<Lexicons, 'dir'>): CitySummary[] {
  const counts = new Map<string | null, number>();
  for (const d of documents) counts.set(d.city, (counts.get(d.city) ?? 0) + 1);
  const municipalities = municipalitiesFor(lexicons.dir);
  return [...counts]
    .map(([city, n]) => ({ city, name: city === null ? UNKNOWN_CITY : (municipalities.byId(city)?.official ?? city), documents: n }))
    .sort((a, b) => Number(a.city === null) - Number(b.city === null) || b.documents - a.documents || a.name.localeCompare(b.name, 'sv'));
}

/** Every outside body the documents name, with how often; most named first, then by name. */
export function externalBodies(docs: readonly AnalysisDocument[]): ExternalBodySummary[] {
  const bodies = new Map<string, { names: Map<string, number>; kind: string | null; passages: number; documents: Set<string> }>();
  for (const doc of docs) {
    for (const passage of doc.passages) {
      const seen = new Set<string>();
      for (const m of passage.mentions) {
        if (!m.external) continue;
        const body = bodies.get(m.id) ?? { names: new Map<string, number>(), kind: m.kind ?? null, passages: 0, documents: new Set<string>() };
        body.names.set(m.name, (body.names.get(m.name) ?? 0) + 1);
        if (!seen.has(m.id)) body.passages++;
        seen.add(m.id);
        body.documents.add(doc.path);
        bodies.set(m.id, body);
      }
    }
  }
  return [...bodies]
    .map(([id, b]) => ({
      id,
      name: displayName(id, [...b.names].sort((x, y) => nameRank(y) - nameRank(x) || y[1] - x[1] || y[0].length - x[0].length)[0][0]),
      kind: b.kind,
      passages: b.passages,
      documents: b.documents.size,
    }))
    .sort((a, b) => b.passages - a.passages || a.name.localeCompare(b.name, 'sv'));
}

/**
 * The name as a list shows it: when the documents only wrote the genitive ("regeringens"), the
 * form the ID was made from ("Regeringen"); the ID drops a trailing genitive, the name keeps it.
 */
function displayName(id: string, name: string): string {
  const genitive = name.endsWith('s') && !id.endsWith('s') && id.endsWith(slugify(name.slice(0, -1)));
  const base = genitive ? name.slice(0, -1) : name;
  return base.charAt(0).toLocaleUpperCase('sv') + base.slice(1);
}

/** A name as a heading would write it first: capitalized ("Regeringen", not "regeringens"), not in the genitive. */
function nameRank([name]: [string, number]): number {
  return (/^\p{Lu}/u.test(name) ? 2 : 0) + (/s$/.test(name) ? 0 : 1);
}
