// What `mrkoll analyze` and `mrkoll names` share: the flags for lexicons, rules, city and author,
// and reading a corpus into tagged documents, with renderings of one document set aside.
import { Option, type Command } from 'commander';
import { limitsFrom, orFail, reportFailures, type InputFlags } from './shared.js';
import { loadLexicons } from '../lexicon/load.js';
import { buildContext, contextCities, isKnownAdministration } from '../tag/context.js';
import { analyzeFilesInParallel } from '../corpus/pool/index.js';
import { extractionData } from '../segment/index.js';
import { createProgress } from '../util/progress.js';
import { loadAnalysisRules, type AnalysisRules } from '../analyze/rules.js';
import { analyzeNames, spellingKnownWords, type NamesReport } from '../names/index.js';
import { createSpellChecker, type SpellChecker } from '../language/hunspell.js';
import { EXIT, fail } from '../util/exit.js';
import type { InputFailure, Lexicons, TaggedDocument } from '../types.js';

export interface CorpusFlags extends InputFlags {
  lexicons?: string;
  rules?: string;
  city?: string;
  author?: string;
  /** --workers: threads that read and tag files. */
  workers?: number;
}

/** A document left out because the manifest says it is another rendering of one already read. */
export interface SkippedVariant {
  path: string;
  variantOf: string;
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

export function addCorpusOptions(command: Command): Command {
  return command
    .option('--lexicons <katalog>', 'läs lexikon från denna katalog i stället för paketets')
    .addOption(new Option('--rules <fil>', 'läs tröskelvärden och signalord från denna fil i stället för rules/analysis.yaml'))
    .option('--city <stad>', 'stad för dokument vars stad inte framgår, och vars register som förväntas (standard: korpusens vanligaste)')
    .option('--author <id>', 'författande förvaltning för alla dokument, t.ex. malmo/kulturnamnden')
    .addOption(
      new Option('--workers <antal>', 'trådar som läser och taggar filer (standard: en per kärna för stora korpusar; 1 = ingen trådpool)').argParser(
        parseWorkers,
      ),
    );
}

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`ogiltigt antal trådar: "${value}"`);
  return n;
}

/** Lexicons and rules first (a typo there should fail before minutes of reading), then the files. */
export async function readTaggedCorpus(paths: string[], flags: CorpusFlags, options: { skipVariants: boolean }): Promise<TaggedCorpus> {
  const lexicons = orFail(() => loadLexicons(flags.lexicons));
  const rules = orFail(() => loadAnalysisRules(flags.rules));
  const context = orFail(() => buildContext(lexicons, { defaultCity: flags.city }));
  orFail(() => extractionData(lexicons.dir));
  if (flags.city && !contextCities(context).includes(flags.city)) {
    fail(`okänd stad "${flags.city}" (lexikonen känner ${contextCities(context).join(', ')})`);
  }
  if (flags.author && !isKnownAdministration(context, flags.author)) {
    process.stderr.write(`mrkoll: varning: --author ${flags.author} finns inte i något register; används som det står\n`);
  }
  // Files are read and tagged in worker threads; the result is the same as in one thread.
  const progress = createProgress(flags.progress !== false);
  const { documents: tagged, failures } = await analyzeFilesInParallel(paths, {
    lexicons,
    context: { defaultCity: flags.city },
    tag: { author: flags.author },
    limits: limitsFrom(flags),
    cacheDir: flags.cacheDir,
    cache: flags.cache,
    workers: flags.workers,
    compiled: context,
    onProgress: (done, total, file) => progress.update(done, total, file),
  });
  progress.stop();
  reportFailures(failures);
  if (tagged.length === 0) fail('inga dokument kunde läsas', EXIT.fatal);
  const all = tagged as TaggedDocument[];
  const skipped: SkippedVariant[] = [];
  const kept = all.filter((doc) => {
    const variantOf = doc.metadata.variantOf;
    if (!options.skipVariants || !variantOf) return true;
    skipped.push({ path: doc.path, variantOf });
    return false;
  });
  return { lexicons, rules, all, documents: kept, skipped, failures };
}

/** The names analysis, with a Hunspell checker unless `spelling` is off or Hunspell cannot load. */
export async function namesOf(docs: readonly TaggedDocument[], corpus: TaggedCorpus, spelling: boolean): Promise<{ report: NamesReport; spelling: boolean }> {
  let checker: SpellChecker | null = null;
  if (spelling) {
    try {
      checker = await createSpellChecker(spellingKnownWords(corpus.lexicons));
    } catch (error) {
      process.stderr.write(`mrkoll: varning: stavningskontrollen kunde inte starta (${(error as Error).message.split('\n')[0]}); inga stavningsvarianter\n`);
    }
  }
  try {
    return { report: analyzeNames(docs, corpus.lexicons, { rules: corpus.rules, checker }), spelling: checker !== null };
  } finally {
    checker?.dispose();
  }
}

/** Administration ID → name, for reports: registries first, then what the documents call the rest. */
export function administrationNames(corpus: TaggedCorpus): Map<string, string> {
  const names = new Map<string, string>();
  for (const doc of corpus.all) for (const p of doc.passages) for (const m of p.mentions) if (!names.has(m.id)) names.set(m.id, m.name);
  for (const r of corpus.lexicons.registries) for (const a of r.administrations) names.set(a.id, a.name);
  return names;
}
