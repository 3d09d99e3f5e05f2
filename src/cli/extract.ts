// `mrkoll extract`: prints what the pipeline sees in each file: metadata, sections, passages, pages.
import type { Command } from 'commander';
import { addInputOptions, emit, readInputs, resolveFormat, type InputFlags } from './shared.js';
import { extractToJson, extractToMarkdown, extractToText } from '../report/extract/index.js';
import { EXIT } from '../util/exit.js';

interface ExtractFlags extends InputFlags {
  format?: string;
  out?: string;
}

const FORMATS = ['text', 'md', 'json'] as const;

export function registerExtract(program: Command): void {
  const command = program
    .command('extract')
    .summary('visa text, avsnitt, stycken och metadata som verktyget ser dem')
    .description(
      'Läser PDF, DOCX, text, Markdown och HTML och visar vad pipelinen ser: metadata, avsnitt, ' +
        'stycken med sida/rad. Kataloger läses rekursivt. Filer som inte kan läsas rapporteras ' +
        'på en rad var; övriga behandlas ändå (slutstatus 1).',
    )
    .argument('<filer...>', 'filer, kataloger eller mönster (glob)')
    .option('-f, --format <format>', `utdataformat: ${FORMATS.join(', ')} (standard: text, eller efter --out)`)
    .option('--lexicons <katalog>', 'läs språkdata från katalogens language/ (filer som saknas där tas från paketet)')
    .option('-o, --out <fil>', 'skriv till fil (atomiskt) i stället för standard ut');
  addInputOptions(command).action(async (paths: string[], flags: ExtractFlags) => {
    const format = resolveFormat(flags.format, flags.out, FORMATS, 'text');
    const { documents, failures } = await readInputs(paths, flags);
    const content =
      format === 'json'
        ? JSON.stringify(extractToJson(documents, failures), null, 2)
        : format === 'md'
          ? extractToMarkdown(documents)
          : extractToText(documents);
    emit(content, flags.out);
    process.exitCode = failures.length > 0 ? EXIT.findings : EXIT.ok;
  });
}
