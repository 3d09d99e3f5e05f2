// `review --corpus`: the names the corpus uses, for the corpus-names rule. The corpus is read and
// tagged like the drafts, and `mrkoll names` runs once over the corpus and the drafts together, so
// a draft is held to the same finder, the same registry and the same comparison as `names` shows.
import { loadAnalysisRules } from '../analyze/rules.js';
import { actionable, analyzeNames, spellingKnownWords, type NameGroup } from '../names/index.js';
import { createSpellChecker, type SpellChecker } from '../language/hunspell.js';
import type { TaggingContext } from '../tag/context.js';
import type { InputFailure, Lexicons, TaggedDocument } from '../types.js';
import { warn } from '../util/exit.js';
import type { InputFlags } from './options.js';
import { orFail, readTaggedInputs } from './read.js';

export interface CorpusNames {
  groups: NameGroup[];
  failures: InputFailure[];
}

/**
 * The names report over the files under `paths` and the tagged `drafts` (a draft that is also in
 * the corpus counts once). Spelling groups need Hunspell; without it, only the organs' names.
 */
export async function corpusNames(
  paths: string[],
  drafts: readonly TaggedDocument[],
  flags: InputFlags,
  lexicons: Lexicons,
  compiled: TaggingContext,
): Promise<CorpusNames> {
  const rules = orFail(() => loadAnalysisRules(undefined));
  const { documents, failures } = await readTaggedInputs(paths, flags, { lexicons, compiled }, { allowNone: true });
  const draftPaths = new Set(drafts.map((d) => d.path));
  const docs = [...documents.filter((d) => !draftPaths.has(d.path)), ...drafts] as TaggedDocument[];
  let checker: SpellChecker | null = null;
  try {
    checker = await createSpellChecker(spellingKnownWords(lexicons));
  } catch (error) {
    warn(`stavningskontrollen kunde inte starta (${(error as Error).message.split('\n')[0]}); korpusens ord jämförs inte`);
  }
  try {
    return { groups: actionable(analyzeNames(docs, lexicons, { rules, checker })).groups, failures };
  } finally {
    checker?.dispose();
  }
}
