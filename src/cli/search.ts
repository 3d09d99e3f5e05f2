// `mrkoll search`: full-text search over passages (lunr with Swedish stemming), ranked, with
// document, section, page and a highlighted snippet; filters by administration, tag, type, year.
import { Option, type Command } from 'commander';
import { addInputOptions, buildContextOrFail, emit, orFail, readInputs, readLexicons, resolveFormat, type InputFlags } from './shared.js';
import { languageData } from '../language/data.js';
import { openCache } from '../cache/extract.js';
import { cachedSearchIndex } from '../search/cached.js';
import { facetsOf } from '../search/index.js';
import { search, type SearchFilters } from '../search/query.js';
import { searchToCsv, searchToJson, searchToText } from '../report/search/index.js';
import { tagDocument, type TaggingContext } from '../tag/index.js';
import { EXIT, fail } from '../util/exit.js';
import type { CompoundMode, Document } from '../types.js';

interface SearchFlags extends InputFlags {
  format?: string;
  out?: string;
  lexicons?: string;
  city?: string;
  admin?: string[];
  tag?: string[];
  type?: string[];
  year?: number[];
  limit: number;
  any?: boolean;
  compound?: CompoundMode;
}

const FORMATS = ['text', 'json', 'csv'] as const;

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
    .option('--type <typ>', 'bara dokument av typen, t.ex. tjänsteskrivelse (upprepbar)', collect)
    .option('--year <år>', 'bara dokument från året (upprepbar)', collectYears)
    .option('--any', 'något av orden räcker (standard: alla)')
    .addOption(
      new Option('--compound <läge>', 'sökord i sammansättningar: any, head, modifier, none (standard: any för ord med minst sex bokstäver)').choices(
        COMPOUND_MODES,
      ),
    )
    .addOption(new Option('--limit <n>', 'antal träffar som visas').default(20).argParser(parseCount))
    .option('--lexicons <katalog>', 'läs lexikon från denna katalog i stället för paketets')
    .option('--city <stad>', 'stad för dokument vars stad inte framgår (standard: malmo)')
    .option('-f, --format <format>', `utdataformat: ${FORMATS.join(', ')} (standard: text, eller efter --out)`)
    .option('-o, --out <fil>', 'skriv till fil (atomiskt) i stället för standard ut');
  addInputOptions(command).action(async (query: string, paths: string[], flags: SearchFlags) => {
    const format = resolveFormat(flags.format, flags.out, FORMATS, 'text');
    const lexicons = readLexicons(flags.lexicons);
    const { documents, failures } = await readInputs(paths, flags);
    const annotate = (docs: Document[]) => {
      const tagged = tagAll(docs, buildContextOrFail(lexicons, flags.city));
      return { facets: tagged.map(facetsOf), authors: tagged.map((d) => d.author) };
    };
    const index = cachedSearchIndex(documents, lexicons, annotate, openCache(flags));
    const filters: SearchFilters = { admin: flags.admin, tag: flags.tag, type: flags.type, year: flags.year };
    const language = orFail(() => languageData(lexicons.dir));
    const result = search(index, query, { filters, limit: flags.limit, any: flags.any, compound: flags.compound, language });
    if (result.query.words.length === 0) fail(`frågan "${query}" innehåller bara stoppord`);
    const style = !flags.out && process.stdout.isTTY && !process.env.NO_COLOR ? 'ansi' : 'guillemets';
    const content =
      format === 'json'
        ? JSON.stringify(searchToJson(query, filters, result), null, 2)
        : format === 'csv'
          ? searchToCsv(result)
          : searchToText(query, result, { style });
    emit(content, flags.out);
    process.exitCode = failures.length > 0 ? EXIT.findings : EXIT.ok;
  });
}

export function tagAll(documents: readonly Document[], context: TaggingContext) {
  return documents.map((doc) => tagDocument(doc, context));
}

/** Repeatable option whose values may also be comma-separated. */
export function collect(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  ];
}

export function collectYears(value: string, previous: number[] = []): number[] {
  return [...previous, ...collect(value, []).map(parseYear)];
}

function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) fail(`ogiltigt år: "${value}"`);
  return Number(value);
}

export function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) fail(`ogiltigt antal: "${value}"`);
  return n;
}

export const COMPOUND_MODES: readonly CompoundMode[] = ['any', 'head', 'modifier', 'none'];
