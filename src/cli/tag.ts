// `mrkoll tag`: tags every passage with principles and rights areas and lists the administrations
// it mentions, with the evidence for each.
import type { Command } from 'commander';
import { addInputOptions, authorOption, cityOption, formatOption, frameworkOption, lexiconsOption, outOption, type InputFlags } from './options.js';
import { chooseOutput, streamOutput, useColor } from './output.js';
import { checkedTagging, readLexicons, readTaggedInputs, streamTaggedInputs, type Streaming } from './read.js';
import { TagJsonWriter, tagToJson, tagToText } from '../report/tag/index.js';
import { tagLabels, type TagLabels } from '../report/tag/labels.js';
import { documentLine, failureLine } from '../corpus/shard-lines.js';
import { EXIT, fail } from '../util/exit.js';
import type { InputFailure } from '../types.js';
import type { TagResult } from '../tag/index.js';

interface TagFlags extends InputFlags {
  format?: string;
  out?: string;
  lexicons?: string;
  city?: string;
  framework?: string;
  author?: string;
  all?: boolean;
}

interface TagRun {
  documents: TagResult[];
  failures: InputFailure[];
  color: boolean;
  /** --all: headings and untagged passages too. */
  all?: boolean;
  labels: TagLabels;
}

const RENDERERS = {
  text: ({ documents, color, all, labels }: TagRun) => tagToText(documents, { color, all, labels }),
  json: ({ documents, failures }: TagRun) => JSON.stringify(tagToJson(documents, failures), null, 2),
  jsonl: ({ documents, failures }: TagRun) => [...documents.map(documentLine), ...failures.map(failureLine)].join('\n'),
};

/**
 * JSON and JSON Lines are written as the documents are tagged, each document let go once written:
 * a corpus of any size, in the memory of a few documents. The JSON is the same text the renderer
 * above would make; a JSON line holds a document or, in its place, a file that failed.
 */
const STREAMED: Partial<Record<keyof typeof RENDERERS, (write: (text: string) => void) => Streaming & { end(failures: InputFailure[]): void }>> = {
  json: (write) => {
    const writer = new TagJsonWriter(write);
    return { onDocument: (doc) => writer.document(doc), end: (failures) => writer.end(failures) };
  },
  jsonl: (write) => ({
    onDocument: (doc) => write(`${documentLine(doc)}\n`),
    onFailure: (failure) => write(`${failureLine(failure)}\n`),
    end: () => {},
  }),
};

export function registerTag(program: Command): void {
  const command = program
    .command('tag')
    .summary('märk stycken med principer, rättighetsområden och nämnder/bolag')
    .description(
      'Märker varje stycke med de principer och rättighetsområden det tar upp, med\n' +
        'belägg, och de nämnder, förvaltningar och bolag det handlar om. Ramverk\n' +
        'väljs efter dokumentets kommun: dess egna principer, annars SKR:s nationella,\n' +
        'och rättighetsområdena. Negerade taggar ("har inte lyft fram") och\n' +
        'standardfraser visas men räknas inte som täckning. Textformatet visar\n' +
        'stycken med taggar eller omnämnanden; JSON visar alla stycken. JSON Lines\n' +
        '(--format jsonl) ger en rad per dokument, för `mrkoll analyze --from-tags`:\n' +
        'en stor korpus kan då taggas i delar, på flera maskiner, och analyseras samlad.',
    )
    .argument('<filer...>', 'filer, kataloger eller mönster (glob)')
    .addOption(formatOption(Object.keys(RENDERERS), 'text'))
    .addOption(lexiconsOption())
    .addOption(cityOption('fallback'))
    .addOption(frameworkOption())
    .addOption(authorOption())
    .option('--all', 'textformat: visa även rubriker och stycken utan taggar')
    .addOption(outOption());
  addInputOptions(command, { tags: true }).action(async (paths: string[], flags: TagFlags) => {
    const output = chooseOutput(flags, RENDERERS, 'text');
    const lexicons = readLexicons(flags.lexicons);
    const tagging = checkedTagging(lexicons, flags);
    const streamed = STREAMED[output.format];
    if (streamed) {
      let failures: InputFailure[] = [];
      const written = await streamOutput(flags.out, async (write) => {
        const stream = streamed(write);
        const run = await streamTaggedInputs(paths, flags, tagging, stream);
        failures = run.failures;
        if (run.read > 0) stream.end(failures);
        return run.read > 0;
      });
      if (!written) fail('inga dokument kunde läsas', EXIT.fatal);
      process.exitCode = failures.length > 0 ? EXIT.findings : EXIT.ok;
      return;
    }
    const { documents, failures } = await readTaggedInputs(paths, flags, tagging);
    await output.emit({ documents, failures, color: useColor(flags), all: flags.all, labels: tagLabels(lexicons) });
    process.exitCode = failures.length > 0 ? EXIT.findings : EXIT.ok;
  });
}
