// `mrkoll names`: every way the documents write administration names, concepts and policy
// titles, grouped under the canonical form, and rare words that look like misspellings.
import type { Command } from 'commander';
import { addInputOptions, emit, resolveFormat } from './shared.js';
import { addCorpusOptions, administrationNames, namesOf, readTaggedCorpus, type CorpusFlags } from './analyze-corpus.js';
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
  skipVariants?: boolean;
  spelling: boolean;
}

const FORMATS = ['text', 'md', 'html', 'json', 'csv'] as const;

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
    .option('-f, --format <format>', `utdataformat: ${FORMATS.join(', ')} (standard: text, eller efter --out)`)
    .option('-o, --out <fil>', 'skriv till fil (atomiskt) i stället för standard ut')
    .option('--all', 'textformat: visa även grupper utan varianter')
    .option('--skip-variants', 'hoppa över dokument som manifestet anger som variant av ett annat')
    .option('--no-spelling', 'hoppa över stavningskontrollen (Hunspell)');
  addInputOptions(addCorpusOptions(command)).action(async (paths: string[], flags: NamesFlags) => {
    const format = resolveFormat(flags.format, flags.out, FORMATS, 'text');
    const corpus = await readTaggedCorpus(paths, flags, { skipVariants: Boolean(flags.skipVariants) });
    const { report, spelling } = await namesOf(corpus.documents, corpus, flags.spelling);
    const authors = administrationNames(corpus);
    let content: string;
    if (format === 'json') {
      const info = { documents: corpus.documents.map((d) => d.path), skippedVariants: corpus.skipped, spelling };
      content = JSON.stringify(namesToJson(report, info), null, 2);
    } else if (format === 'csv') content = namesToCsv(report);
    else if (format === 'md') content = namesToMarkdown(report);
    else if (format === 'html') content = renderHtml({ names: report, administrationNames: authors, version: packageVersion() });
    else content = namesToText(report, { all: flags.all, authors });
    emit(content, flags.out);
    process.exitCode = corpus.failures.length > 0 ? EXIT.findings : EXIT.ok;
  });
}
