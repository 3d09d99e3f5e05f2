// `mrkoll analyze` as one pure function: coverage, category ranking and gaps for the chosen view
// (and the other, for reports that switch), with a summary of the corpus they came from.
import type { InputFailure, Lexicons, TaggedDocument } from '../types.js';
import { computeCoverage, rankCategories, type CategoryRank, type Coverage, type View } from './coverage.js';
import { creditOptions, findGaps } from './gaps.js';
import type { Gap } from './gap.js';
import { authorOf } from '../corpus/credit.js';
import type { SkippedVariant } from '../corpus/variants.js';
import type { ExpectedSet } from './expected.js';
import type { AnalysisRules } from './rules.js';

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

export interface CorpusSummary {
  documents: DocumentSummary[];
  /** Renderings of a document already read, left out (manifest `variantOf`, or the same text). */
  skippedVariants: SkippedVariant[];
  failures: InputFailure[];
  passages: number;
  words: number;
}

export interface Analysis {
  view: View;
  /** The chosen view first; the other when `bothViews`. */
  views: Partial<Record<View, ViewResult>>;
  expected: ExpectedSet;
  corpus: CorpusSummary;
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

export function analyzeCorpus(docs: readonly TaggedDocument[], lexicons: Lexicons, options: AnalyzeOptions): Analysis {
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
    rules,
    corpus: {
      documents,
      skippedVariants: options.skippedVariants ?? [],
      failures: options.failures ?? [],
      passages: documents.reduce((n, d) => n + d.passages, 0),
      words: documents.reduce((n, d) => n + d.words, 0),
    },
  };
}
