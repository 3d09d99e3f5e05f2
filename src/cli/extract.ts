// `mrkoll extract`: prints what the pipeline sees in each file: metadata, sections, passages, pages.
import type { Command } from 'commander';
import { addInputOptions, cityOption, formatOption, lexiconsOption, outOption, type InputFlags } from './options.js';
import { chooseOutput } from './output.js';
import { readInputs } from './read.js';
import type { ReadResult } from '../corpus/read.js';
import { extractToJson, extractToMarkdown, extractToText } from '../report/extract/index.js';
import { EXIT } from '../util/exit.js';
import type { Document } from '../types.js';

interface ExtractFlags extends InputFlags {
  format?: string;
  out?: string;
}

const RENDERERS = {
  text: ({ documents }: ReadResult<Document>) => extractToText(documents),
  md: ({ documents }: ReadResult<Document>) => extractToMarkdown(documents),
  json: ({ documents, failures }: ReadResult<Document>) => JSON.stringify(extractToJson(documents, failures), null, 2),
};

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
    .addOption(formatOption(Object.keys(RENDERERS), 'text'))
    .addOption(lexiconsOption('läs språkdata och register från katalogen (filer som saknas där tas från paketet)'))
    .addOption(cityOption('fallback'))
    .addOption(outOption());
  addInputOptions(command).action(async (paths: string[], flags: ExtractFlags) => {
    const output = chooseOutput(flags, RENDERERS, 'text');
    const read = await readInputs(paths, flags);
    await output.emit(read);
    process.exitCode = read.failures.length > 0 ? EXIT.findings : EXIT.ok;
  });
}
