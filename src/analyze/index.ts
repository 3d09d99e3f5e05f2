// `mrkoll analyze`: coverage, category ranking and gaps for the chosen view (and the other, for
// reports that switch), with a summary of the corpus they came from, gathered one document at a
// time (`CorpusAggregator`) or over documents already read (`analyzeCorpus`).
import type { InputFailure, Lexicons, AnalysisDocument } from '../types.js';
import { CategorySeen, rankCategories, type CategoryRank, type Coverage, type View } from './coverage.js';
import { aggregateOptions, gapsOf } from './gaps.js';
import type { Gap } from './gap.js';
import { ViewAggregator } from './view-aggregator.js';
import { ExternalBodies, type ExternalBodySummary } from './external-bodies.js';
import { administrationIndex, authorOf } from '../corpus/credit.js';
import { NameTally } from '../corpus/administration-names.js';
import { detached } from '../corpus/detached.js';
import type { SkippedVariant } from '../corpus/variants.js';
import type { ExpectedSet } from './expected.js';
import type { AnalysisRules } from './rules.js';
import { cityName, municipalitiesFor } from '../lexicon/municipalities.js';

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

export type { ExternalBodySummary } from './external-bodies.js';
export { externalBodies } from './external-bodies.js';

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

/**
 * `mrkoll analyze` one document at a time: each is counted into both views (or the one asked
 * for), the corpus summary, the names and the categories as it arrives, and can then be let go.
 */
export class CorpusAggregator {
  private readonly views: ViewAggregator[];
  private readonly names: NameTally;
  private readonly categories: CategorySeen;
  private readonly bodies = new ExternalBodies();
  private readonly documents: DocumentSummary[] = [];

  constructor(
    private readonly lexicons: Lexicons,
    private readonly options: Omit<AnalyzeOptions, 'expected' | 'skippedVariants' | 'failures'> & {
      passageText?: boolean;
    },
  ) {
    const other: View = options.view === 'mention' ? 'author' : 'mention';
    const views = options.bothViews ? [options.view, other] : [options.view];
    this.views = views.map((view) => new ViewAggregator(lexicons, aggregateOptions(view, options.rules, options.passageText)));
    this.names = new NameTally(administrationIndex(lexicons));
    this.categories = new CategorySeen(lexicons);
  }

  add(d: AnalysisDocument): void {
    for (const view of this.views) view.add(d);
    this.names.add(d);
    this.categories.add(d);
    this.bodies.add(d);
    this.documents.push({
      path: d.path,
      type: d.metadata.type,
      city: d.metadata.city === null ? null : detached(d.metadata.city),
      year: d.metadata.year,
      author: detached(authorOf(d)),
      passages: d.passages.filter((p) => p.kind !== 'heading').length,
      words: d.passages.reduce((n, p) => n + p.words, 0),
    });
  }

  /** The cities of the documents counted so far, in reading order (for `mainCity`). */
  cities(): Array<string | null> {
    return this.documents.map((d) => d.city);
  }

  finish(options: Pick<AnalyzeOptions, 'expected' | 'skippedVariants' | 'failures'>): Analysis {
    const { rules } = this.options;
    const categories = this.categories.categories();
    const views: Analysis['views'] = {};
    for (const aggregator of this.views) {
      const { coverage, facts } = aggregator.finish(options.expected, this.names, categories);
      views[aggregator.view] = { coverage, ranking: rankCategories(coverage), gaps: gapsOf(coverage, facts, rules) };
    }
    const documents = this.documents;
    return {
      view: this.options.view,
      views,
      expected: options.expected,
      externalBodies: this.bodies.summary(),
      rules,
      corpus: {
        documents,
        cities: citySummary(documents, this.lexicons),
        skippedVariants: options.skippedVariants ?? [],
        failures: options.failures ?? [],
        passages: documents.reduce((n, d) => n + d.passages, 0),
        words: documents.reduce((n, d) => n + d.words, 0),
      },
    };
  }
}

/** `CorpusAggregator` over documents already read. */
export function analyzeCorpus(docs: readonly AnalysisDocument[], lexicons: Lexicons, options: AnalyzeOptions): Analysis {
  const aggregator = new CorpusAggregator(lexicons, options);
  for (const doc of docs) aggregator.add(doc);
  return aggregator.finish(options);
}

function citySummary(documents: readonly DocumentSummary[], lexicons: Pick<Lexicons, 'dir'>): CitySummary[] {
  const counts = new Map<string | null, number>();
  for (const d of documents) counts.set(d.city, (counts.get(d.city) ?? 0) + 1);
  const municipalities = municipalitiesFor(lexicons.dir);
  return [...counts]
    .map(([city, n]) => ({ city, name: cityName(city, municipalities), documents: n }))
    .sort((a, b) => Number(a.city === null) - Number(b.city === null) || b.documents - a.documents || a.name.localeCompare(b.name, 'sv'));
}
