// `mrkoll registry init`: a registry for a city drafted from its own documents (src/registry/),
// written as a registry file (lexicons/registries/<city>.yaml) that passes `mrkoll lexicon check`.
import { Option, type Command } from 'commander';
import { draftRegistry } from '../registry/draft.js';
import { municipalities } from '../lexicon/municipalities.js';
import { registryDraftToYaml } from '../report/registry/yaml.js';
import { EXIT, fail } from '../util/exit.js';
import { addInputOptions, lexiconsOption, outOption, type InputFlags } from './options.js';
import { chooseOutput } from './output.js';
import { buildContextOrFail, readInputs, readLexicons } from './read.js';
import type { RegistryDraft } from '../registry/draft.js';
import type { Document } from '../types.js';

interface InitFlags extends InputFlags {
  city?: string;
  out?: string;
}

const RENDERERS = { yaml: (draft: RegistryDraft) => registryDraftToYaml(draft) };

export function registerRegistry(program: Command): void {
  const registry = program
    .command('registry')
    .summary('utkast till register över en kommuns nämnder, förvaltningar, bolag och råd')
    .description('Skapar register över en kommuns nämnder, förvaltningar, bolag och råd.');
  const init = registry
    .command('init')
    .summary('utkast till register ur kommunens egna dokument')
    .description(
      'Läser dokumenten som kommunens egna och skriver ett utkast till register: varje organ som ' +
        'dokumenten namnger (nämnder, utskott, förvaltningar och kontor, bolag, råd, beredningar) med ' +
        'namn, slag, alias och stavningar som förekommer, antal, två exempelmeningar och vilken nämnd ' +
        'en förvaltning hör till. Myndigheter, regioner, andra kommuner och domstolar tas inte med. ' +
        'Utkastet klarar mrkoll lexicon check som det står; granska det och lägg det i ' +
        'registries/<stad>.yaml i en katalog som du anger med --lexicons.',
    )
    .argument('<filer...>', 'filer, kataloger eller mönster (glob)')
    .addOption(new Option('--city <id>', 'kommunens id i lexicons/sweden/municipalities.yaml, t.ex. vaxjo (standard: den kommun dokumenten säger sig vara)'))
    .addOption(lexiconsOption())
    .addOption(outOption());
  addInputOptions(init).action(async (paths: string[], flags: InitFlags) => {
    const output = chooseOutput(flags, RENDERERS, 'yaml');
    if (flags.city !== undefined && !municipalities().byId(flags.city))
      fail(`okänd kommun "${flags.city}" (ange id som i lexicons/sweden/municipalities.yaml, t.ex. vaxjo)`);
    const lexicons = readLexicons(flags.lexicons);
    const { documents, failures } = await readInputs(paths, flags);
    const city = flags.city ?? commonestCity(documents);
    if (city === null) fail('dokumentens kommun framgår inte; ange den med --city (t.ex. --city vaxjo)');
    await output.emit(draftRegistry(documents, buildContextOrFail(lexicons, undefined), city));
    process.exitCode = failures.length > 0 ? EXIT.findings : EXIT.ok;
  });
}

/** The city most of the documents are of, or null when none says. */
function commonestCity(documents: readonly Document[]): string | null {
  const counts = new Map<string, number>();
  for (const d of documents) if (d.metadata.city) counts.set(d.metadata.city, (counts.get(d.metadata.city) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
