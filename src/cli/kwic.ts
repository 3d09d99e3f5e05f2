// `mrkoll kwic`: every occurrence of a term with its left and right context, found like the tagger
// finds lexicon terms (inflections, compounds, coordinated compounds).
import { Option, type Command } from 'commander';
import {
  addInputOptions,
  cityOption,
  compoundOption,
  formatOption,
  lexiconsOption,
  outOption,
  typeFilterOption,
  yearFilterOption,
  type InputFlags,
} from './options.js';
import { chooseOutput, useColor } from './output.js';
import { readInputs } from './read.js';
import { DEFAULT_KWIC_WIDTH, kwic, type KwicLine, type KwicSort } from '../kwic/index.js';
import { kwicToCsv, kwicToJson, kwicToText } from '../report/kwic/index.js';
import { EXIT, fail } from '../util/exit.js';
import type { CompoundMode } from '../types.js';

interface KwicFlags extends InputFlags {
  format?: string;
  out?: string;
  sort: KwicSort;
  width: number;
  compound?: CompoundMode;
  type?: string[];
  year?: number[];
}

interface KwicRun {
  term: string;
  lines: KwicLine[];
  sort: KwicSort;
  width: number;
  color: boolean;
}

const RENDERERS = {
  text: ({ term, lines, width, color }: KwicRun) => kwicToText(term, lines, { width, color }),
  json: ({ term, lines, sort, width }: KwicRun) => JSON.stringify(kwicToJson(term, sort, width, lines), null, 2),
  csv: ({ lines }: KwicRun) => kwicToCsv(lines),
};

export function registerKwic(program: Command): void {
  const command = program
    .command('kwic')
    .summary('visa en term i sitt sammanhang (keyword in context)')
    .description(
      'Visar varje förekomst av en term med text före och efter. Termen hittas som i\n' +
        'taggningen: i alla böjningsformer, inuti sammansättningar och i samordnade\n' +
        'sammansättningar ("barnrätts-, jämställdhets- och …"). Negerade förekomster\n' +
        'markeras med ¬.',
    )
    .argument('<term>', 'ord eller flerordsuttryck, t.ex. klarspråk eller "barnets bästa"')
    .argument('<filer...>', 'filer, kataloger eller mönster (glob)')
    .addOption(
      new Option('--sort <ordning>', 'left: efter orden före, right: efter orden efter, doc: läsordning').choices(['left', 'right', 'doc']).default('doc'),
    )
    .addOption(new Option('--width <n>', 'tecken sammanhang på varje sida').default(DEFAULT_KWIC_WIDTH).argParser(parseWidth))
    .addOption(compoundOption('termen'))
    .addOption(typeFilterOption())
    .addOption(yearFilterOption())
    .addOption(lexiconsOption('läs språkdata och register från katalogen (filer som saknas där tas från paketet)'))
    .addOption(cityOption('fallback'))
    .addOption(formatOption(Object.keys(RENDERERS), 'text'))
    .addOption(outOption());
  addInputOptions(command).action(async (term: string, paths: string[], flags: KwicFlags) => {
    const output = chooseOutput(flags, RENDERERS, 'text');
    if (term.trim() === '') fail('termen är tom');
    const { documents, failures } = await readInputs(paths, flags);
    const { type = [], year = [] } = flags;
    const selected = documents.filter(
      (d) => (type.length === 0 || type.includes(d.metadata.type)) && (year.length === 0 || (d.metadata.year !== null && year.includes(d.metadata.year))),
    );
    const lines = kwic(selected, term, { width: flags.width, sort: flags.sort, compound: flags.compound });
    await output.emit({ term, lines, sort: flags.sort, width: flags.width, color: useColor(flags) });
    process.exitCode = failures.length > 0 ? EXIT.findings : EXIT.ok;
  });
}

function parseWidth(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 5 || n > 500) fail(`ogiltig bredd: "${value}" (5–500)`);
  return n;
}
