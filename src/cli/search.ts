// `mrkoll search`: full-text search over passages (lunr with Swedish stemming), ranked, with
// document, section, page and a highlighted snippet; filters by administration, tag, type, year.
import type { Command } from 'commander';
import {
  addInputOptions,
  cityOption,
  frameworkOption,
  collect,
  compoundOption,
  countOption,
  formatOption,
  lexiconsOption,
  outOption,
  typeFilterOption,
  yearFilterOption,
  type InputFlags,
} from './options.js';
import { chooseOutput, useColor } from './output.js';
import { checkedTagging, orFail, readInputs, readLexicons } from './read.js';
import { languageData } from '../language/data.js';
import { openCache } from '../cache/extract.js';
import { cachedSearchIndex } from '../search/cached.js';
import { facetsOf, type SearchIndex } from '../search/index.js';
import { search, type SearchFilters, type SearchResult } from '../search/query.js';
import { searchToCsv, searchToJson, searchToText } from '../report/search/index.js';
import { tagDocument } from '../tag/index.js';
import { EXIT, fail, warn } from '../util/exit.js';
import type { CompoundMode, Document, Lexicons } from '../types.js';

interface SearchFlags extends InputFlags {
  format?: string;
  out?: string;
  lexicons?: string;
  city?: string;
  framework?: string;
  admin?: string[];
  tag?: string[];
  type?: string[];
  year?: number[];
  limit: number;
  any?: boolean;
  compound?: CompoundMode;
}

interface SearchRun {
  query: string;
  filters: SearchFilters;
  result: SearchResult;
  color: boolean;
}

const RENDERERS = {
  text: ({ query, result, color }: SearchRun) => searchToText(query, result, { style: color ? 'ansi' : 'guillemets' }),
  json: ({ query, filters, result }: SearchRun) => JSON.stringify(searchToJson(query, filters, result), null, 2),
  csv: ({ result }: SearchRun) => searchToCsv(result),
};

export function registerSearch(program: Command): void {
  const command = program
    .command('search')
    .summary('fritextsök i stycken med svensk ordstamning och sammansättningar')
    .description(
      'Söker i styckena med lunr och svensk ordstamning. Varje sökord hittas i alla\n' +
        'böjningsformer och, som i taggningen, inuti sammansättningar ("konsekvensanalys"\n' +
        'hittar även "barnkonsekvensanalysen"). Alla ord måste finnas (--any: något av\n' +
        'dem); "citerade fraser" måste stå som fras. Träffarna rangordnas och visas med\n' +
        'dokument, avsnitt, sida och ett utdrag med sökorden markerade.',
    )
    .argument('<fråga>', 'sökord och "fraser"')
    .argument('<filer...>', 'filer, kataloger eller mönster (glob)')
    .option('--admin <id>', 'bara stycken som nämner eller är skrivna av förvaltningen (id eller sista ledet, upprepbar)', collect)
    .option('--tag <id>', 'bara stycken med taggen, t.ex. P4 eller barnratt (upprepbar)', collect)
    .addOption(typeFilterOption('tjänsteskrivelse'))
    .addOption(yearFilterOption())
    .option('--any', 'något av orden räcker (standard: alla)')
    .addOption(compoundOption('sökord'))
    .addOption(countOption('--limit <n>', 'antal träffar som visas', 20))
    .addOption(lexiconsOption())
    .addOption(cityOption('fallback'))
    .addOption(frameworkOption())
    .addOption(formatOption(Object.keys(RENDERERS), 'text'))
    .addOption(outOption());
  addInputOptions(command).action(async (query: string, paths: string[], flags: SearchFlags) => {
    const output = chooseOutput(flags, RENDERERS, 'text');
    const lexicons = readLexicons(flags.lexicons);
    checkTags(flags.tag ?? [], lexicons);
    const { compiled } = checkedTagging(lexicons, flags);
    const { documents, failures } = await readInputs(paths, flags);
    // Tagging is for the index's facets, so it runs only when the index is not in the cache.
    const annotate = (docs: Document[]) => {
      const tagged = docs.map((doc) => tagDocument(doc, compiled!));
      return { facets: tagged.map(facetsOf), authors: tagged.map((d) => d.author) };
    };
    const index = cachedSearchIndex(documents, lexicons, annotate, openCache(flags), flags.framework);
    warnUnknownAdministrations(flags.admin ?? [], lexicons, index);
    const filters: SearchFilters = { admin: flags.admin, tag: flags.tag, type: flags.type, year: flags.year };
    const language = orFail(() => languageData(lexicons.dir));
    const result = search(index, query, { filters, limit: flags.limit, any: flags.any, compound: flags.compound, language });
    if (result.query.words.length === 0) fail(`frågan "${query}" innehåller bara stoppord`);
    await output.emit({ query, filters, result, color: useColor(flags) });
    process.exitCode = failures.length > 0 ? EXIT.findings : EXIT.ok;
  });
}

/** --tag must name a category of the lexicons (P1–P4, a rights area): anything else would find nothing, silently. */
function checkTags(tags: readonly string[], lexicons: Lexicons): void {
  const known = [...new Set(lexicons.frameworks.flatMap((f) => f.categories.map((c) => c.id)))];
  const unknown = tags.filter((tag) => !known.some((id) => id.toLowerCase() === tag.toLowerCase()));
  if (unknown.length > 0) fail(`okänd tagg ${unknown.map((t) => `"${t}"`).join(', ')} (lexikonen har ${known.join(', ')})`);
}

/**
 * --admin names an administration by id or by its last part; one that neither the registries nor
 * the documents know is most likely misspelt: a warning, since a document may name one the
 * registries lack.
 */
function warnUnknownAdministrations(admins: readonly string[], lexicons: Lexicons, index: SearchIndex): void {
  const ids = new Set<string>(lexicons.registries.flatMap((r) => r.administrations.map((a) => a.id)));
  for (const author of index.authors) if (author) ids.add(author);
  for (const passages of index.facets) for (const facets of passages) for (const id of facets.administrations) ids.add(id);
  const known = [...ids].map((id) => id.toLowerCase());
  for (const admin of admins) {
    const a = admin.toLowerCase();
    if (!known.some((id) => id === a || id.endsWith(`/${a}`)))
      warn(`--admin ${admin}: ingen förvaltning med det id:t i registren eller dokumenten; filtret släpper inte igenom något`);
  }
}
