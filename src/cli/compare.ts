// `mrkoll compare`: two or more corpora (years, or cities) side by side — coverage changes, who
// appeared or fell silent, key terms, naming variants, and two cities' frameworks.
import { statSync } from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import {
  addInputOptions,
  byOption,
  cityOption,
  frameworkOption,
  collect,
  countOption,
  formatOption,
  lexiconsOption,
  outOption,
  parseNumber,
  type InputFlags,
} from './options.js';
import { chooseOutput } from './output.js';
import { checkedTagging, orFail, readLexicons, readTaggedInputs, reportFailures } from './read.js';
import { compareCorpora, DEFAULT_CHANGE_G2, type Comparison, type CorpusInput } from '../compare/index.js';
import { DEFAULT_KEYNESS } from '../compare/keyness.js';
import { loadAnalysisRules } from '../analyze/rules.js';
import { spellingKnownWords } from '../names/index.js';
import { manifestIfReadable, manifestWarnings, readManifest } from '../corpus/manifest.js';
import { createSpellChecker } from '../language/hunspell.js';
import { compareToCsv, compareToJson, compareToText } from '../report/compare/index.js';
import { compareToMarkdown } from '../report/compare/markdown.js';
import { compareToHtml } from '../report/compare/html.js';
import { EXIT, fail } from '../util/exit.js';
import { packageVersion } from '../paths.js';
import type { Document, TaggedDocument } from '../types.js';

interface CompareFlags extends InputFlags {
  format?: string;
  out?: string;
  label?: string[];
  by: 'author' | 'mention';
  lexicons?: string;
  city?: string;
  framework?: string;
  top: number;
  movers: number;
  changeG2: number;
  minFreq: number;
  minG2: number;
  spelling?: boolean;
}

interface CompareRun {
  comparison: Comparison;
  /** --top: words in the key-term list. */
  top: number;
}

const RENDERERS = {
  text: ({ comparison, top }: CompareRun) => compareToText(comparison, { top }),
  md: ({ comparison, top }: CompareRun) => compareToMarkdown(comparison, { top }),
  html: ({ comparison, top }: CompareRun) => compareToHtml(comparison, { top, version: packageVersion() }),
  json: ({ comparison }: CompareRun) => JSON.stringify(compareToJson(comparison), null, 2),
  csv: ({ comparison }: CompareRun) => compareToCsv(comparison),
};

export function registerCompare(program: Command): void {
  const command = program
    .command('compare')
    .summary('jämför korpusar (år eller städer): täckning, ord och namnvarianter')
    .description(
      'Jämför två eller flera korpusar (kataloger eller manifest.yaml), t.ex. två års\n' +
        'årsanalyser eller två städer: täckning per förvaltning × princip/område i varje\n' +
        'korpus och hur den ändrats, största ökningar och minskningar, förvaltningar som\n' +
        'tillkommit eller tystnat, ord som ökat eller minskat mest (log-likelihood G² med\n' +
        'log ratio), namnvarianter som ändrats och, för två städer, ramverken sida vid\n' +
        'sida. Ändringar räknas från den första korpusen till den sista, som stycken per\n' +
        '10 000 ord (så att korpusar av olika storlek kan jämföras) med ett G²-test per ändring.',
    )
    .argument('<korpusar...>', 'två eller flera kataloger eller manifest.yaml-filer, i tidsordning')
    .option('--label <namn>', 'korpusarnas namn i tur och ordning (upprepbar; standard: staden, året, manifestets label)', collect)
    .addOption(byOption())
    .addOption(lexiconsOption())
    .addOption(cityOption('fallback'))
    .addOption(frameworkOption())
    .addOption(countOption('--top <n>', 'antal ord i ordlistan', 20))
    .addOption(countOption('--movers <n>', 'antal största ökningar och minskningar', 5))
    .addOption(countOption('--min-freq <n>', 'minsta antal förekomster för att ett ord ska prövas', DEFAULT_KEYNESS.minFrequency))
    .addOption(
      new Option('--min-g2 <tal>', 'minsta G² för att ett ord ska rapporteras (6,63 ≈ p < 0,01)').default(DEFAULT_KEYNESS.minG2).argParser(parseNumber),
    )
    .addOption(
      new Option('--change-g2 <tal>', 'minsta G² för att en ändrad täckning ska kallas signifikant (3,84 ≈ p < 0,05)')
        .default(DEFAULT_CHANGE_G2)
        .argParser(parseNumber),
    )
    .option('--no-spelling', 'jämför inte stavningsvarianter (snabbare)')
    .addOption(formatOption(Object.keys(RENDERERS), 'text'))
    .addOption(outOption());
  addInputOptions(command, { tags: true }).action(async (args: string[], flags: CompareFlags) => {
    const output = chooseOutput(flags, RENDERERS, 'text');
    if (args.length < 2) fail('ange minst två korpusar att jämföra');
    const given = flags.label ?? [];
    if (given.length > 0 && given.length !== args.length) fail(`${given.length} --label för ${args.length} korpusar`);
    const lexicons = readLexicons(flags.lexicons);
    const rules = orFail(() => loadAnalysisRules());
    const tagging = checkedTagging(lexicons, flags);
    let failed = false;
    const corpora: CorpusRead<TaggedDocument>[] = [];
    for (const arg of args) {
      const { paths, label, name } = corpusInputs(arg);
      const { documents, failures } = await readTaggedInputs(paths, flags, tagging);
      failed ||= failures.length > 0;
      corpora.push({ documents, manifestLabel: label, name });
    }
    const labels = given.length > 0 ? given : defaultLabels(corpora);
    const inputs: CorpusInput[] = corpora.map((c, i) => ({ label: labels[i], documents: c.documents }));
    const checker = flags.spelling === false ? null : await createSpellChecker(spellingKnownWords(lexicons));
    const comparison = compareCorpora(inputs, lexicons, {
      view: flags.by,
      ignoreSections: flags.by === 'mention' ? rules.ignoreSections : [],
      sameText: rules.thresholds.sameText,
      keyness: { minFrequency: flags.minFreq, minG2: flags.minG2 },
      movers: flags.movers,
      changeG2: flags.changeG2,
      names: { rules, checker },
    });
    checker?.dispose();
    await output.emit({ comparison, top: flags.top });
    process.exitCode = failed ? EXIT.findings : EXIT.ok;
  });
}

export interface CorpusRead<D extends Document = Document> {
  documents: readonly D[];
  /** The manifest's `label` (or `corpus` when the corpus was given as the manifest file). */
  manifestLabel: string | null;
  /** The directory's name. */
  name: string;
}

/** A directory is read whole; a manifest file stands for the files it lists. */
function corpusInputs(arg: string): { paths: string[]; label: string | null; name: string } {
  let isFile = false;
  try {
    isFile = statSync(arg).isFile();
  } catch {
    fail(`${arg}: korpusen finns inte`);
  }
  const dir = isFile ? path.dirname(arg) : arg;
  if (isFile && path.basename(arg) !== 'manifest.yaml') fail(`${arg}: en korpus är en katalog eller en manifest.yaml`);
  const name = path.basename(path.resolve(dir));
  if (!isFile) {
    // A broken manifest is reported when the folder is read, and its documents are read all the same.
    return { paths: [arg], label: manifestIfReadable(dir)?.label ?? null, name };
  }
  const manifest = orFail(() => readManifest(dir));
  // Only entries naming a file of the manifest's folder; reading them reports the rest.
  if (!manifest || manifest.documents.length === 0) {
    if (manifest) reportFailures(manifestWarnings(manifest));
    fail(`${arg}: manifestet listar inga filer som kan läsas`);
  }
  return { paths: manifest.documents.map((d) => path.join(dir, d.file)), label: manifest.label ?? manifest.corpus, name };
}

/**
 * Labels from what each corpus has in common: one city each (if they differ: a comparison of
 * cities), else one year each, else the manifests' labels, else the directory names. Repeated
 * labels get a number.
 */
export function defaultLabels(corpora: readonly CorpusRead[]): string[] {
  const single = (values: Array<string | number | null>) => {
    const set = new Set(values.filter((v) => v !== null));
    return set.size === 1 ? String([...set][0]) : null;
  };
  const distinct = (labels: Array<string | null>) => labels.every((l) => l !== null) && new Set(labels).size === labels.length;
  const years = corpora.map((c) => single(c.documents.map((d) => d.metadata.year)));
  const cities = corpora.map((c) => single(c.documents.map((d) => d.metadata.city)));
  const chosen = distinct(cities) ? cities : distinct(years) ? years : corpora.map((c) => c.manifestLabel ?? c.name);
  const seen = new Map<string, number>();
  return chosen.map((l) => {
    const label = l ?? '?';
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return n === 1 ? label : `${label} (${n})`;
  });
}
