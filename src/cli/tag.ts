// `mrkoll tag`: tags every passage with principles and rights areas and lists the administrations
// it mentions, with the evidence for each.
import type { Command } from 'commander';
import { addInputOptions, buildContextOrFail, emit, readInputs, readLexicons, resolveFormat, type InputFlags } from './shared.js';
import { contextCities, isKnownAdministration } from '../tag/context.js';
import { tagDocument } from '../tag/index.js';
import { tagToJson, tagToText } from '../report/tag/index.js';
import { EXIT, fail } from '../util/exit.js';

interface TagFlags extends InputFlags {
  format?: string;
  out?: string;
  lexicons?: string;
  city?: string;
  author?: string;
  all?: boolean;
}

const FORMATS = ['text', 'json'] as const;

export function registerTag(program: Command): void {
  const command = program
    .command('tag')
    .summary('märk stycken med principer, rättighetsområden och nämnder/bolag')
    .description(
      'Märker varje stycke med de principer och rättighetsområden det tar upp, med\n' +
        'belägg, och de nämnder, förvaltningar och bolag det handlar om. Ramverk\n' +
        'väljs efter dokumentets stad. Negerade taggar ("har inte lyft fram") och\n' +
        'standardfraser visas men räknas inte som täckning. Textformatet visar\n' +
        'stycken med taggar eller omnämnanden; JSON visar alla stycken.',
    )
    .argument('<filer...>', 'filer, kataloger eller mönster (glob)')
    .option('-f, --format <format>', `utdataformat: ${FORMATS.join(', ')} (standard: text, eller efter --out)`)
    .option('--lexicons <katalog>', 'läs lexikon från denna katalog i stället för paketets')
    .option('--city <stad>', 'stad för dokument vars stad inte framgår (standard: malmo)')
    .option('--author <id>', 'författande förvaltning för alla dokument, t.ex. malmo/kulturnamnden')
    .option('--all', 'textformat: visa även rubriker och stycken utan taggar')
    .option('-o, --out <fil>', 'skriv till fil (atomiskt) i stället för standard ut');
  addInputOptions(command).action(async (paths: string[], flags: TagFlags) => {
    const format = resolveFormat(flags.format, flags.out, FORMATS, 'text');
    const lexicons = readLexicons(flags.lexicons);
    const context = buildContextOrFail(lexicons, flags.city);
    if (flags.city && !contextCities(context).includes(flags.city)) {
      fail(`okänd stad "${flags.city}" (lexikonen känner ${contextCities(context).join(', ')})`);
    }
    if (flags.author && !isKnownAdministration(context, flags.author)) {
      process.stderr.write(`mrkoll: varning: --author ${flags.author} finns inte i något register; används som det står\n`);
    }
    const { documents, failures } = await readInputs(paths, flags);
    const tagged = documents.map((doc) => tagDocument(doc, context, { author: flags.author }));
    const color = format === 'text' && !flags.out && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    const content = format === 'json' ? JSON.stringify(tagToJson(tagged, failures), null, 2) : tagToText(tagged, { color, all: flags.all });
    emit(content, flags.out);
    process.exitCode = failures.length > 0 ? EXIT.findings : EXIT.ok;
  });
}
