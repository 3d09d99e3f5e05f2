// `mrkoll tag`: tags every passage with principles and rights areas and lists the administrations
// it mentions, with the evidence for each.
import type { Command } from 'commander';
import { addInputOptions, authorOption, cityOption, formatOption, frameworkOption, lexiconsOption, outOption, type InputFlags } from './options.js';
import { chooseOutput, useColor } from './output.js';
import { checkedTagging, readLexicons, readTaggedInputs } from './read.js';
import { tagToJson, tagToText } from '../report/tag/index.js';
import { EXIT } from '../util/exit.js';
import type { InputFailure, TaggedDocument } from '../types.js';

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
  documents: TaggedDocument[];
  failures: InputFailure[];
  color: boolean;
  /** --all: headings and untagged passages too. */
  all?: boolean;
}

const RENDERERS = {
  text: ({ documents, color, all }: TagRun) => tagToText(documents, { color, all }),
  json: ({ documents, failures }: TagRun) => JSON.stringify(tagToJson(documents, failures), null, 2),
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
        'stycken med taggar eller omnämnanden; JSON visar alla stycken.',
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
    const tagging = checkedTagging(readLexicons(flags.lexicons), flags);
    const { documents, failures } = await readTaggedInputs(paths, flags, tagging);
    await output.emit({ documents, failures, color: useColor(flags), all: flags.all });
    process.exitCode = failures.length > 0 ? EXIT.findings : EXIT.ok;
  });
}
