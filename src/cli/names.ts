// `mrkoll names`: every way the documents write administration names, concepts and policy
// titles, grouped under the canonical form, and rare words that look like misspellings.
import type { Command } from 'commander';
import { addCorpusOptions, addInputOptions, formatOption, outOption } from './options.js';
import { chooseOutput } from './output.js';
import { namesOf, readTaggedCorpus, whole, type CorpusFlags, type TaggedCorpus } from './tagged-corpus.js';
import { administrationNames } from '../corpus/read.js';
import type { NamesReport } from '../names/index.js';
import { namesToCsv } from '../report/names/csv.js';
import { namesToJson } from '../report/names/json.js';
import { namesToMarkdown } from '../report/names/markdown.js';
import { namesToText } from '../report/names/text.js';
import { renderHtml } from '../report/analyze/html/page.js';
import { EXIT } from '../util/exit.js';
import { packageVersion } from '../paths.js';

interface NamesFlags extends CorpusFlags {
  format?: string;
  out?: string;
  all?: boolean;
  uncertain?: boolean;
  skipVariants?: boolean;
  spelling: boolean;
}

interface NamesResult {
  report: NamesReport;
  corpus: TaggedCorpus;
  /** Hunspell ran. */
  spelling: boolean;
  /** Low-confidence groups left out (shown with --uncertain). */
  hidden: number;
  /** --all: text format shows groups without variants too. */
  all?: boolean;
}

const authors = (corpus: TaggedCorpus) => administrationNames(corpus.all, corpus.lexicons);

const RENDERERS = {
  text: ({ report, corpus, all, hidden }: NamesResult) => namesToText(report, { all, hidden, authors: authors(corpus) }),
  md: ({ report }: NamesResult) => namesToMarkdown(report),
  html: ({ report, corpus }: NamesResult) => renderHtml({ names: report, administrationNames: authors(corpus), version: packageVersion() }),
  json: ({ report, corpus, spelling, hidden }: NamesResult) =>
    JSON.stringify(
      namesToJson(report, { documents: corpus.documents.map((d) => d.path), skippedVariants: corpus.skipped, spelling, hiddenUncertain: hidden }),
      null,
      2,
    ),
  csv: ({ report }: NamesResult) => namesToCsv(report),
};

export function registerNames(program: Command): void {
  const command = program
    .command('names')
    .summary('namnvarianter för förvaltningar, begrepp och titlar, och troliga felstavningar')
    .description(
      'Visar hur dokumenten skriver förvaltningarnas namn (grupperat under registrets namn), vilka ' +
        'termer i lexikonets begreppsgrupper som används och av vem, policytitlar i olika lydelser, ' +
        'och sällsynta ord som Hunspell inte känner och som ligger nära ett vanligt ord eller en ' +
        'lexikonterm. Meningsinledande versal och böjning (kulturnämnden, kulturnämndens) räknas inte ' +
        'som varianter. Alla dokument läses, även varianter av samma dokument, eftersom en variant ' +
        'kan stava annorlunda (--skip-variants hoppar över dem).',
    )
    .argument('<filer...>', 'filer, kataloger eller mönster (glob)')
    .addOption(formatOption(Object.keys(RENDERERS), 'text'))
    .addOption(outOption())
    .option('--all', 'textformat: visa även grupper utan varianter')
    .option('--uncertain', 'visa även osäkra stavningsgrupper (där Hunspell föreslår ett annat ord)')
    .option('--skip-variants', 'hoppa över dokument som manifestet anger som variant av ett annat')
    .option('--no-spelling', 'hoppa över stavningskontrollen (Hunspell)');
  addInputOptions(addCorpusOptions(command), { tags: true }).action(async (paths: string[], flags: NamesFlags) => {
    const output = chooseOutput(flags, RENDERERS, 'text');
    const corpus = await readTaggedCorpus(paths, flags, { skipVariants: Boolean(flags.skipVariants), keep: whole });
    const { report, spelling, hidden } = await namesOf(corpus.documents, corpus, flags.spelling, Boolean(flags.uncertain));
    await output.emit({ report, corpus, spelling, hidden, all: flags.all });
    process.exitCode = corpus.failures.length > 0 ? EXIT.findings : EXIT.ok;
  });
}
