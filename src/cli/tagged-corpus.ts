// What `mrkoll analyze` and `mrkoll names` share: a corpus read and tagged with the lexicons and
// the analysis rules, with renderings of one document set aside, and the names analysis.
import { checkCity, checkedTagging, orFail, readLexicons, reportFailures, streamTaggedInputs } from './read.js';
import type { TaggingOptions } from '../corpus/read.js';
import { readShards } from './shards.js';
import type { InputFlags } from './options.js';
import { VariantFilter, type SkippedVariant } from '../corpus/variants.js';
import { loadAnalysisRules, type AnalysisRules } from '../analyze/rules.js';
import { actionable, NamesReading, spellingKnownWords, type NamesReport, type Rereadable } from '../names/index.js';
import { createSpellChecker, type SpellChecker } from '../language/hunspell.js';
import { EXIT, fail, warn } from '../util/exit.js';
import type { TagResult } from '../tag/index.js';
import type { AnalysisDocument, InputFailure, Lexicons, TaggedDocument } from '../types.js';

export interface CorpusFlags extends InputFlags {
  lexicons?: string;
  rules?: string;
  city?: string;
  framework?: string;
  author?: string;
  /** The paths are tag shards (`mrkoll tag --format jsonl`), already tagged. */
  fromTags?: boolean;
}

export interface TaggedCorpus<D extends AnalysisDocument = TaggedDocument> {
  lexicons: Lexicons;
  rules: AnalysisRules;
  /** Every document read, variants included. */
  all: D[];
  /** The documents to count: variants left out unless asked for. */
  documents: D[];
  skipped: SkippedVariant[];
  failures: InputFailure[];
}

/** Keeps each tagged document whole: for commands that read its text (names). */
export const whole = (doc: TagResult): TaggedDocument => doc;

/**
 * Lexicons and rules first (a typo there should fail before minutes of reading), then the files,
 * each document reduced by `keep` as it arrives (`whole`, or what the caller reads) and the
 * tagged one let go, so that the corpus held is what the caller needs of it.
 */
export async function readTaggedCorpus<D extends AnalysisDocument>(
  paths: string[],
  flags: CorpusFlags,
  options: { skipVariants: boolean; keep: (doc: TagResult) => D },
): Promise<TaggedCorpus<D>> {
  const all: D[] = [];
  const documents: D[] = [];
  const read = await streamTaggedCorpus(paths, flags, {
    skipVariants: options.skipVariants,
    start: () => (doc, counted) => {
      const kept = options.keep(doc);
      all.push(kept);
      if (counted) documents.push(kept);
    },
  });
  return { ...read, all, documents };
}

/**
 * `readTaggedCorpus` without holding the corpus: `start`, once the lexicons and rules are read,
 * gives (or promises) what takes each document as it arrives, with whether it is counted (not a
 * variant of one read before it, or variants asked for).
 */
export async function streamTaggedCorpus(
  paths: string[],
  flags: CorpusFlags,
  options: {
    skipVariants: boolean;
    start: (lexicons: Lexicons, rules: AnalysisRules) => ((doc: TagResult, counted: boolean) => void) | Promise<(doc: TagResult, counted: boolean) => void>;
  },
): Promise<Omit<TaggedCorpus, 'all' | 'documents'>> {
  const lexicons = readLexicons(flags.lexicons);
  const rules = orFail(() => loadAnalysisRules(flags.rules), flags.rules);
  const variants = new VariantFilter(options.skipVariants, rules.thresholds.sameText);
  const take = await options.start(lexicons, rules);
  const keep = (doc: TagResult) => take(doc, variants.add(doc));
  const failures = flags.fromTags
    ? await readTagShards(paths, flags, keep)
    : await readTaggedFiles(paths, flags, checkedTagging(lexicons, flags), keep, variants.comparesText);
  return { lexicons, rules, skipped: variants.skipped, failures };
}

/**
 * As `readTaggedInputs`, failures on stderr and none read the end of the run, each document handed
 * to `keep`; `prints`: `keep` reads each document's same-text print.
 */
async function readTaggedFiles(
  paths: string[],
  flags: CorpusFlags,
  tagging: TaggingOptions,
  keep: (doc: TagResult) => void,
  prints: boolean,
): Promise<InputFailure[]> {
  const { failures, read } = await streamTaggedInputs(paths, flags, tagging, { onDocument: keep, prints });
  if (read === 0) fail('inga dokument kunde läsas', EXIT.fatal);
  return failures;
}

/**
 * Shards as `readTaggedInputs` gives files: their failures and bad lines on stderr, nothing
 * readable the end of the run. The tagging flags were the tagging runs' to use.
 */
async function readTagShards(paths: string[], flags: CorpusFlags, keep: (doc: TagResult) => void): Promise<InputFailure[]> {
  checkCity(flags.city, flags.lexicons);
  if (flags.framework !== undefined || flags.author !== undefined)
    warn('--framework och --author gäller taggningen; med --from-tags används skärvornas taggar');
  const shards = await readShards(paths, keep);
  reportFailures(shards.failures);
  if (shards.read === 0) fail('inga dokument kunde läsas', EXIT.fatal);
  return shards.failures;
}

/** The names report, without low-confidence groups unless `uncertain` (`hidden` counts them). */
export async function namesOf(
  docs: Rereadable,
  corpus: Pick<TaggedCorpus<AnalysisDocument>, 'lexicons' | 'rules'>,
  spelling: boolean,
  uncertain = false,
): Promise<{ report: NamesReport; spelling: boolean; hidden: number }> {
  const names = await startNames(corpus, spelling);
  try {
    for (const doc of docs) names.add(doc);
    return names.finish(docs, uncertain);
  } finally {
    names.dispose();
  }
}

/** The names analysis under way: documents added as they arrive, the report at the end. */
export interface NamesSection {
  add(doc: TaggedDocument): void;
  /** The report, without low-confidence groups unless `uncertain`; `docs` are the documents added, read again for quotes. */
  finish(docs: Rereadable, uncertain?: boolean): { report: NamesReport; spelling: boolean; hidden: number };
  dispose(): void;
}

/** The names analysis, with a Hunspell checker unless `spelling` is off or Hunspell cannot load. */
export async function startNames(corpus: Pick<TaggedCorpus<AnalysisDocument>, 'lexicons' | 'rules'>, spelling: boolean): Promise<NamesSection> {
  let checker: SpellChecker | null = null;
  if (spelling) {
    try {
      checker = await createSpellChecker(spellingKnownWords(corpus.lexicons));
    } catch (error) {
      warn(`stavningskontrollen kunde inte starta (${(error as Error).message.split('\n')[0]}); inga stavningsvarianter`);
    }
  }
  const spelled = checker !== null;
  // Let go once finished, with the checker: the tallies (the corpus's vocabulary) and Hunspell are
  // garbage while the report is written.
  let reading: NamesReading | null = new NamesReading(corpus.lexicons, { rules: corpus.rules, checker });
  const dispose = () => {
    reading = null;
    checker?.dispose();
    checker = null;
  };
  return {
    add: (doc) => reading!.add(doc),
    finish: (docs, uncertain = false) => {
      const finished = reading!.finish(docs);
      dispose();
      const { hidden, ...report } = actionable(finished, uncertain);
      return { report, spelling: spelled, hidden };
    },
    dispose,
  };
}
