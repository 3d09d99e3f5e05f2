// `mrkoll analyze`: coverage of the policy's principles and rights areas per administration, by
// mention or by author, with the gaps an analyst would write about, as a terminal summary,
// Markdown, a self-contained HTML report, JSON or CSV.
import { limitHeapGrowth } from '../util/heap-growth.js';
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { addCorpusOptions, addInputOptions, byOption, formatOption, outOption } from './options.js';
import { chooseOutput, streamOutput } from './output.js';
import { refuseOutOnto } from './own-files.js';
import { startNames, streamTaggedCorpus, type CorpusFlags, type NamesSection } from './tagged-corpus.js';
import { AdministrationNames } from '../corpus/read.js';
import { DocumentStore } from '../corpus/document-store.js';
import { CorpusAggregator, type Analysis } from '../analyze/index.js';
import { expectedFromList, expectedFromRegistry, mainCityOf, parseExpectedList } from '../analyze/expected.js';
import type { View } from '../analyze/coverage.js';
import type { NamesReport } from '../names/index.js';
import { analyzeEvidenceToCsv, analyzeToCsv } from '../report/analyze/csv.js';
import { analyzeToJson } from '../report/analyze/json.js';
import { writeJsonPieces } from '../report/format/json-pieces.js';
import { analyzeToMarkdown } from '../report/analyze/markdown.js';
import { analyzeToText } from '../report/analyze/text.js';
import { renderHtml, writeHtml, type HtmlInput } from '../report/analyze/html/page.js';
import { EXIT, fail, warn } from '../util/exit.js';
import { packageVersion } from '../paths.js';
import type { Lexicons } from '../types.js';

interface AnalyzeFlags extends CorpusFlags {
  format?: string;
  out?: string;
  by: View;
  expected?: string;
  includeVariants?: boolean;
  names: boolean;
  evidence?: boolean;
}

interface AnalyzeResult {
  analysis: Analysis;
  /** The names section, for the HTML and Markdown reports (null with --no-names). */
  names: NamesReport | null;
  /** What the documents call the administrations, for the HTML report's names section; none read without it. */
  authors: AdministrationNames;
  lexicons: Lexicons;
  /** CSV: the evidence, one row each, rather than the matrix. */
  evidence: boolean;
}

const RENDERERS = {
  text: ({ analysis }: AnalyzeResult) => analyzeToText(analysis),
  md: ({ analysis, names }: AnalyzeResult) => analyzeToMarkdown(analysis, names),
  // Written in pieces by the command (writeHtml); here for the format's place among the others.
  html: (result: AnalyzeResult) => renderHtml(htmlInput(result)),
  json: ({ analysis }: AnalyzeResult) => JSON.stringify(analyzeToJson(analysis), null, 2),
  csv: ({ analysis, evidence }: AnalyzeResult) => (evidence ? analyzeEvidenceToCsv(analysis) : analyzeToCsv(analysis)),
};

function htmlInput({ analysis, names, authors }: AnalyzeResult): HtmlInput {
  return { analysis, names, administrationNames: authors.names(), version: packageVersion() };
}

export function registerAnalyze(program: Command): void {
  const command = program
    .command('analyze')
    .summary('täckning per förvaltning × princip och rättighetsområde, med luckor och belägg')
    .description(
      'Läser årsanalyser, rapporter och andra dokument (PDF, DOCX, text, Markdown, HTML; kataloger ' +
        'rekursivt) och visar vilka förvaltningar och bolag som tar upp vilka principer och ' +
        'rättighetsområden, med citat, fil och sida som belägg. Luckor: förväntade förvaltningar som ' +
        'saknas eller nästan tiger, kategorier som få tar upp, förvaltningar som saknar det de flesta ' +
        'andra tar upp, svar på den särskilda frågan som bara besvarar en av delfrågorna, svar som ' +
        'bara hänvisar till befintliga processer, och skillnader i omfång. Formatet väljs med ' +
        '--format eller efter filändelsen i --out (.html, .md, .json, .csv).',
    )
    .argument('<filer...>', 'filer, kataloger eller mönster (glob)')
    .addOption(formatOption(Object.keys(RENDERERS), 'text'))
    .addOption(outOption())
    .addOption(byOption())
    .option('--expected <fil>', 'förväntade förvaltningar, ett id eller namn per rad (standard: registrets nämnder och bolag)')
    .option('--include-variants', 'räkna även dokument som manifestet anger som variant av ett annat')
    .option('--no-names', 'hoppa över namnavsnittet i HTML- och Markdown-rapporten')
    .option(
      '--from-tags',
      'filerna är redan taggade skärvor (JSON Lines från `mrkoll tag --format jsonl`), som slås samman i den ordning de anges: samma rapport som en körning över alla dokument',
    )
    .option(
      '--evidence',
      'CSV: en rad per belägg (citat, sida, rad eller stycke, avsnitt, termer och vad som knyter stycket till förvaltningen) i stället för matrisen',
    );
  addInputOptions(addCorpusOptions(command), { tags: true }).action(async (paths: string[], flags: AnalyzeFlags) => {
    const output = chooseOutput(flags, RENDERERS, 'text');
    if (flags.expected) refuseOutOnto(flags.out, [flags.expected]);
    const expectedList = flags.expected ? readExpected(flags.expected) : null;
    const wantsNames = flags.names && (output.format === 'html' || output.format === 'md');
    // The names section's passes hold more than counting does (src/util/heap-growth.ts).
    if (wantsNames) limitHeapGrowth();
    // Each document is counted as it arrives and let go. The names section reads every document
    // as it arrives too (a variant may spell a name differently), and quotes some at the end: the
    // documents go to a store that keeps a few in memory and writes the rest to a temporary file.
    const all = new DocumentStore();
    let aggregator: CorpusAggregator | undefined;
    let namesSection: NamesSection | undefined;
    let authors: AdministrationNames | undefined;
    const corpus = await streamTaggedCorpus(paths, flags, {
      skipVariants: !flags.includeVariants,
      start: async (lexicons, rules) => {
        const html = output.format === 'html';
        aggregator = new CorpusAggregator(lexicons, { view: flags.by, rules, bothViews: html, passageText: html });
        authors = new AdministrationNames(lexicons);
        if (wantsNames) namesSection = await startNames({ lexicons, rules }, true);
        return (doc, counted) => {
          if (namesSection) {
            namesSection.add(doc);
            all.add(doc);
            if (html) authors!.add(doc);
          }
          if (counted) aggregator!.add(doc);
        };
      },
    });
    const { lexicons, rules } = corpus;
    const counted = aggregator!.cities();
    if (counted.length === 0) fail('alla dokument är varianter av andra; använd --include-variants', EXIT.fatal);
    const city = flags.city ?? mainCityOf(counted);
    const expected = expectedList
      ? expectedFromList(expectedList, lexicons, city, `listan i ${flags.expected}`)
      : expectedFromRegistry(lexicons, city, rules.expected.kinds);
    for (const name of expected.unknown) warn(`${flags.expected}: "${name}" finns inte i något register`);
    const analysis = aggregator!.finish({ expected, skippedVariants: corpus.skipped, failures: corpus.failures });
    try {
      const names = namesSection ? namesSection.finish(all).report : null;
      if (output.format === 'json') {
        // The same text as the renderer's, written an administration at a time: every quote of every cell is in it.
        await streamOutput(flags.out, async (write) => {
          writeJsonPieces(analyzeToJson(analysis) as Record<string, unknown>, write, new Set(['administrations', 'gaps']));
          return true;
        });
      } else if (output.format === 'html') {
        // The page's data (every cell's quotes) a cell at a time: no one string holds the page.
        await streamOutput(flags.out, async (write) => {
          writeHtml(htmlInput({ analysis, names, authors: authors!, lexicons, evidence: false }), write);
          return true;
        });
      } else {
        await output.emit({ analysis, names, authors: authors!, lexicons, evidence: Boolean(flags.evidence) });
      }
    } finally {
      namesSection?.dispose();
      all.dispose();
    }
    process.exitCode = corpus.failures.length > 0 ? EXIT.findings : EXIT.ok;
  });
}

function readExpected(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`${file}: kan inte läsas (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const entries = parseExpectedList(text);
  if (entries.length === 0) fail(`${file}: listan över förväntade förvaltningar är tom`);
  return entries;
}
