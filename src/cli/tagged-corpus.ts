// What `mrkoll analyze` and `mrkoll names` share: a corpus read and tagged with the lexicons and
// the analysis rules, with renderings of one document set aside, and the names analysis.
import { checkCity, checkedTagging, orFail, readLexicons, readTaggedInputs, reportFailures } from './read.js';
import { readShards } from './shards.js';
import type { InputFlags } from './options.js';
import { setVariantsAside, type SkippedVariant } from '../corpus/variants.js';
import { loadAnalysisRules, type AnalysisRules } from '../analyze/rules.js';
import { actionable, analyzeNames, spellingKnownWords, type NamesReport } from '../names/index.js';
import { createSpellChecker, type SpellChecker } from '../language/hunspell.js';
import { EXIT, fail, warn } from '../util/exit.js';
import type { InputFailure, Lexicons, TaggedDocument } from '../types.js';

export interface CorpusFlags extends InputFlags {
  lexicons?: string;
  rules?: string;
  city?: string;
  framework?: string;
  author?: string;
  /** The paths are tag shards (`mrkoll tag --format jsonl`), already tagged. */
  fromTags?: boolean;
}

export interface TaggedCorpus {
  lexicons: Lexicons;
  rules: AnalysisRules;
  /** Every document read, variants included. */
  all: TaggedDocument[];
  /** The documents to count: variants left out unless asked for. */
  documents: TaggedDocument[];
  skipped: SkippedVariant[];
  failures: InputFailure[];
}

/** Lexicons and rules first (a typo there should fail before minutes of reading), then the files. */
export async function readTaggedCorpus(paths: string[], flags: CorpusFlags, options: { skipVariants: boolean }): Promise<TaggedCorpus> {
  const lexicons = readLexicons(flags.lexicons);
  const rules = orFail(() => loadAnalysisRules(flags.rules), flags.rules);
  const { documents: all, failures } = flags.fromTags
    ? await readTagShards(paths, flags)
    : await readTaggedInputs(paths, flags, checkedTagging(lexicons, flags));
  const { kept, skipped } = setVariantsAside(all, options.skipVariants, rules.thresholds.sameText);
  return { lexicons, rules, all, documents: kept, skipped, failures };
}

/**
 * Shards as `readTaggedInputs` gives files: their failures and bad lines on stderr, nothing
 * readable the end of the run. The tagging flags were the tagging runs' to use.
 */
async function readTagShards(paths: string[], flags: CorpusFlags): Promise<{ documents: TaggedDocument[]; failures: InputFailure[] }> {
  checkCity(flags.city, flags.lexicons);
  if (flags.framework !== undefined || flags.author !== undefined)
    warn('--framework och --author gäller taggningen; med --from-tags används skärvornas taggar');
  const shards = await readShards(paths);
  reportFailures(shards.failures);
  if (shards.documents.length === 0) fail('inga dokument kunde läsas', EXIT.fatal);
  return shards;
}

/** The names analysis, with a Hunspell checker unless `spelling` is off or Hunspell cannot load. */
/** The names report, without low-confidence groups unless `uncertain` (`hidden` counts them). */
export async function namesOf(
  docs: readonly TaggedDocument[],
  corpus: TaggedCorpus,
  spelling: boolean,
  uncertain = false,
): Promise<{ report: NamesReport; spelling: boolean; hidden: number }> {
  let checker: SpellChecker | null = null;
  if (spelling) {
    try {
      checker = await createSpellChecker(spellingKnownWords(corpus.lexicons));
    } catch (error) {
      warn(`stavningskontrollen kunde inte starta (${(error as Error).message.split('\n')[0]}); inga stavningsvarianter`);
    }
  }
  try {
    const { hidden, ...report } = actionable(analyzeNames(docs, corpus.lexicons, { rules: corpus.rules, checker }), uncertain);
    return { report, spelling: checker !== null, hidden };
  } finally {
    checker?.dispose();
  }
}
