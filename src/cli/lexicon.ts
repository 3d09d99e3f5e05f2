// `mrkoll lexicon check|list|stats|eval|suggest`: validate the lexicons, show what they hold,
// measure how each entry behaves on real documents and on annotated sentences, and mine a corpus
// for candidate terms.
import { Option, type Command } from 'commander';
import { compileMatcher, languageData } from '../language/index.js';
import { checkLexicons, defaultLexiconDir, loadLexicons } from '../lexicon/load.js';
import { formatProblem, LexiconError } from '../data-files/problems.js';
import { computeStats, matchDocuments, type EntryStats, type LexiconStats } from '../lexicon/stats.js';
import { cityLexiconsFor } from '../tag/context.js';
import { buildContext, tagDocument } from '../tag/index.js';
import { evaluate, inSplit, readAnnotations, sentenceDocument, SPLITS, type EvalReport, type Split } from '../lexicon/eval.js';
import { evalText } from '../report/lexicon/eval.js';
import { DEFAULT_SUGGEST, suggestTerms, type Suggestions } from '../lexicon/suggest.js';
import { municipalitiesFor } from '../lexicon/municipalities.js';
import { suggestText } from '../report/lexicon/suggest.js';
import { EXIT, fail } from '../util/exit.js';
import { forTerminal } from '../util/terminal.js';
import { addInputOptions, cityOption, countOption, type InputFlags } from './options.js';
import { chooseOutput } from './output.js';
import { orFail, readInputs } from './read.js';
import type { InputFailure, Lexicons } from '../types.js';

interface LexiconFlags {
  lexicons?: string;
  format?: 'text' | 'json';
}

/** The JSON of `list` and `stats`: docs/schema/lexicon.md. */
export const LEXICON_SCHEMA_VERSION = 1;

const lexiconsOption = () => new Option('--lexicons <katalog>', 'egen lexikonkatalog (samma upplägg som programmets lexicons/)');
const formatOption = () => new Option('--format <format>', 'utdataformat').choices(['text', 'json']).default('text');

const LIST_RENDERERS = {
  text: (lexicons: Lexicons) => listText(lexicons),
  json: (lexicons: Lexicons) => JSON.stringify({ schemaVersion: LEXICON_SCHEMA_VERSION, ...listing(lexicons) }, null, 2),
};

const STATS_RENDERERS = {
  text: ({ stats }: { stats: LexiconStats; failures: InputFailure[] }) => statsText(stats),
  json: ({ stats, failures }: { stats: LexiconStats; failures: InputFailure[] }) =>
    JSON.stringify({ schemaVersion: LEXICON_SCHEMA_VERSION, ...stats, failures }, null, 2),
};

export function registerLexicon(program: Command): void {
  const lexicon = program
    .command('lexicon')
    .summary('kontrollera, lista, mät och utvärdera lexikonen; föreslå termer')
    .description('Kontrollerar, listar och mäter lexikonen (ramverk, register, begrepp och standardfraser) och föreslår nya termer.');

  lexicon
    .command('check')
    .description('Validerar lexikonen; skriver varje fel som fil:rad:kolumn: meddelande (slutkod 2 vid fel).')
    .addOption(lexiconsOption())
    .action((flags: LexiconFlags) => {
      const problems = checkLexicons(flags.lexicons ?? defaultLexiconDir());
      for (const problem of problems) process.stdout.write(`${forTerminal(formatProblem(problem))}\n`);
      if (problems.length > 0) {
        process.stderr.write(`mrkoll: ${problems.length} fel i lexikonen\n`);
        process.exitCode = EXIT.fatal;
        return;
      }
      process.stdout.write(`${summary(load(flags))}\n`);
    });

  lexicon
    .command('list')
    .description('Listar ramverk och kategorier, register och grupper, begreppsgrupper och standardfraser.')
    .addOption(lexiconsOption())
    .addOption(formatOption())
    .action(async (flags: LexiconFlags) => {
      await chooseOutput(flags, LIST_RENDERERS, 'text').emit(load(flags));
    });

  const stats = lexicon
    .command('stats')
    .description('Visar hur ofta varje kategori och förvaltning slår till i dokumenten: aldrig, eller överallt.')
    .argument('<filer...>', 'filer, kataloger eller mönster (glob)')
    .addOption(lexiconsOption())
    .addOption(cityOption('fallback'))
    .addOption(formatOption());
  addInputOptions(stats).action(async (paths: string[], flags: LexiconFlags & InputFlags) => {
    const output = chooseOutput(flags, STATS_RENDERERS, 'text');
    const lexicons = load(flags);
    const { documents, failures } = await readInputs(paths, flags);
    const language = orFail(() => languageData(lexicons.dir));
    const matched = matchDocuments(documents, lexicons, (entries, options) => compileMatcher(entries, { ...options, language }));
    await output.emit({ stats: computeStats(matched.documents, matched.entries), failures });
    if (failures.length > 0) process.exitCode = EXIT.findings;
  });
  registerEval(lexicon);
  registerSuggest(lexicon);
}

interface EvalFlags extends LexiconFlags {
  split: Split;
  min?: string;
}

interface EvalResult {
  report: EvalReport;
  file: string;
  split: Split;
}

const EVAL_RENDERERS = {
  text: (r: EvalResult) => evalText(r),
  json: ({ report, file, split }: EvalResult) => JSON.stringify({ schemaVersion: LEXICON_SCHEMA_VERSION, file, split, ...report }, null, 2),
};

function registerEval(lexicon: Command): void {
  lexicon
    .command('eval')
    .description(
      'Mäter lexikonen mot annoterade meningar: precision, recall och F1 per kategori, avfärdanden och förväxlingar. ' +
        'Slutkod 1 när någon kategori ligger under --min.',
    )
    .argument('<annoteringar>', 'YAML-fil med meningar och väntade kategorier (se docs/accuracy.md)')
    .addOption(lexiconsOption())
    .addOption(formatOption())
    .addOption(new Option('--split <del>', 'vilka meningar: alla, utvecklingsdelen (dev) eller var tredje mening (test)').choices([...SPLITS]).default('all'))
    .addOption(new Option('--min <andel>', 'lägsta precision och recall per kategori, 0–1'))
    .action(async (file: string, flags: EvalFlags) => {
      const min = flags.min === undefined ? undefined : Number(flags.min);
      if (min !== undefined && !(min >= 0 && min <= 1)) fail(`--min ${forTerminal(flags.min!)}: ska vara ett tal mellan 0 och 1`);
      const output = chooseOutput(flags, EVAL_RENDERERS, 'text');
      const lexicons = load(flags);
      const known = orFail(() => municipalitiesFor(lexicons.dir));
      const sentences = orFail(() => readAnnotations(file, (city) => known.byId(city) !== undefined), file).filter((_, i) => inSplit(i, flags.split));
      const context = orFail(() => buildContext(lexicons));
      const report = evaluate({
        sentences,
        tag: (sentence) => tagDocument(sentenceDocument(sentence), context).passages[0].tags,
        scope: (city) => [...cityLexiconsFor(sentenceDocument({ id: '', text: '', city, expect: [] }), context).categories.values()],
      });
      await output.emit({ report, file, split: flags.split });
      const below = min === undefined ? [] : report.categories.filter((c) => (c.precision ?? 1) < min || (c.recall ?? 1) < min);
      if (below.length > 0) {
        process.stderr.write(`mrkoll: under ${min}: ${below.map((c) => c.id).join(', ')}\n`);
        process.exitCode = EXIT.findings;
      }
    });
}

interface SuggestFlags extends LexiconFlags, InputFlags {
  category: string;
  city?: string;
  limit: number;
  minCount: number;
}

interface SuggestResult {
  suggestions: Suggestions;
  category: string;
  failures: InputFailure[];
}

const SUGGEST_RENDERERS = {
  text: (r: SuggestResult) => suggestText(r),
  json: ({ suggestions, category, failures }: SuggestResult) =>
    JSON.stringify({ schemaVersion: LEXICON_SCHEMA_VERSION, category, ...suggestions, failures }, null, 2),
};

function registerSuggest(lexicon: Command): void {
  const suggest = lexicon
    .command('suggest')
    .description(
      'Föreslår termer för en kategori ur en korpus: ord och tvåordsfraser som står i samma mening som kategorins starka termer, ' +
        'rangordnade efter G² mot övriga meningar, med antal och två exempelmeningar. Förslagen är till för att granskas; inget läggs till i lexikonen.',
    )
    .argument('<filer...>', 'filer, kataloger eller mönster (glob)')
    .requiredOption('--category <id>', 'kategorin att föreslå termer för, t.ex. halsa eller P2')
    .addOption(lexiconsOption())
    .addOption(formatOption())
    .addOption(cityOption('fallback'))
    .addOption(countOption('--limit <n>', 'antal kandidater', DEFAULT_SUGGEST.limit))
    .addOption(countOption('--min-count <n>', 'minsta antal förekomster i kategorins meningar', DEFAULT_SUGGEST.minCount));
  addInputOptions(suggest).action(async (paths: string[], flags: SuggestFlags) => {
    const output = chooseOutput(flags, SUGGEST_RENDERERS, 'text');
    const lexicons = load(flags);
    const category = flags.category;
    if (!lexicons.frameworks.some((f) => f.categories.some((c) => c.id === category))) {
      fail(`--category ${forTerminal(category)}: ingen sådan kategori i lexikonen (se "mrkoll lexicon list")`);
    }
    const context = orFail(() => buildContext(lexicons));
    const { documents, failures } = await readInputs(paths, flags);
    const suggestions = suggestTerms(
      {
        documents,
        language: context.language,
        matches: (doc, passage, tokens) => {
          const city = cityLexiconsFor(doc, context);
          return city.categoryMatcher
            .matchTokens(passage.text, tokens)
            .filter((m) => m.key === category)
            .map((m) => ({ start: m.start, end: m.end, strong: !m.negated && city.weakFacet(category, m.term) === null }));
        },
      },
      { limit: flags.limit, minCount: flags.minCount },
    );
    await output.emit({ suggestions, category, failures });
    if (failures.length > 0) process.exitCode = EXIT.findings;
  });
}

function load(flags: LexiconFlags): Lexicons {
  try {
    return loadLexicons(flags.lexicons ?? defaultLexiconDir());
  } catch (error) {
    if (!(error instanceof LexiconError)) throw error;
    for (const problem of error.problems) process.stderr.write(`${forTerminal(formatProblem(problem))}\n`);
    return fail(`${error.problems.length} fel i lexikonen (kör "mrkoll lexicon check")`);
  }
}

function counts(lexicons: Lexicons) {
  const categories = lexicons.frameworks.flatMap((f) => f.categories);
  const administrations = lexicons.registries.flatMap((r) => r.administrations);
  return {
    frameworks: lexicons.frameworks.length,
    categories: categories.length,
    terms: categories.reduce((n, c) => n + c.terms.length, 0),
    registries: lexicons.registries.length,
    administrations: administrations.length,
    groups: lexicons.registries.reduce((n, r) => n + r.groups.length, 0),
    concepts: lexicons.concepts.length,
    boilerplate: lexicons.boilerplate.length,
    knownWords: lexicons.knownWords.length,
  };
}

function summary(lexicons: Lexicons): string {
  const c = counts(lexicons);
  return (
    `Lexikonen i ${lexicons.dir} är giltiga: ${c.frameworks} ramverk med ${c.categories} kategorier och ${c.terms} termer, ` +
    `${c.registries} register med ${c.administrations} förvaltningar, nämnder och bolag och ${c.groups} grupper, ` +
    `${c.concepts} begreppsgrupper, ${c.boilerplate} standardfraser, ${c.knownWords} kända ord.`
  );
}

function listing(lexicons: Lexicons) {
  return {
    dir: lexicons.dir,
    counts: counts(lexicons),
    frameworks: lexicons.frameworks.map((f) => ({
      id: f.id,
      city: f.city,
      default: f.default === true,
      title: f.title,
      kind: f.kind,
      categories: f.categories.map((c) => ({ id: c.id, label: c.label, terms: c.terms.length, exclude: c.exclude.length })),
    })),
    registries: lexicons.registries.map((r) => ({
      city: r.city,
      name: r.name,
      administrations: r.administrations.length,
      byKind: tally(r.administrations.map((a) => a.kind)),
      groups: r.groups.map((g) => ({ name: g.name, members: g.members.length })),
    })),
    concepts: lexicons.concepts.map((c) => ({ id: c.id, kind: c.kind, preferred: c.preferred, variants: c.variants })),
    boilerplate: lexicons.boilerplate.map((b) => ({ id: b.id, text: b.text })),
  };
}

function tally(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

const PLURAL: Record<string, string> = {
  nämnd: 'nämnder',
  förvaltning: 'förvaltningar',
  styrelse: 'styrelser',
  utskott: 'utskott',
  beredning: 'beredningar',
  revision: 'revisioner',
  stad: 'städer',
};

function listText(lexicons: Lexicons): string {
  const lines: string[] = [`Lexikon: ${lexicons.dir}`, '', 'Ramverk'];
  for (const f of lexicons.frameworks) {
    lines.push(`  ${f.id} (${f.default ? 'kommuner utan egna principer' : (f.city ?? 'alla städer')}): ${f.title}`);
    for (const c of f.categories) {
      const exclude = c.exclude.length > 0 ? `, ${c.exclude.length} undantag` : '';
      lines.push(`    ${c.id.padEnd(24)} ${String(c.terms.length).padStart(3)} termer${exclude}  ${c.label}`);
    }
  }
  lines.push('', 'Register');
  for (const r of lexicons.registries) {
    const kinds = Object.entries(tally(r.administrations.map((a) => a.kind)))
      .map(([kind, n]) => `${n} ${n === 1 ? kind : (PLURAL[kind] ?? kind)}`)
      .join(', ');
    lines.push(`  ${r.city}: ${r.name}, ${r.administrations.length} poster (${kinds})`);
    for (const g of r.groups) lines.push(`    grupp "${g.name}": ${g.members.length} medlemmar`);
  }
  lines.push('', 'Begreppsgrupper');
  for (const c of lexicons.concepts) lines.push(`  ${c.id} (${c.kind === 'title' ? 'titel' : 'begrepp'}): ${c.preferred}  ←  ${c.variants.join(' | ')}`);
  lines.push('', `Standardfraser: ${lexicons.boilerplate.length}`, `Kända ord: ${lexicons.knownWords.length}`, '');
  return lines.join('\n');
}

const percent = (share: number): string => `${Math.round(share * 100)} %`;

function statsLine(s: EntryStats): string {
  const terms = s.terms
    .slice(0, 5)
    .map((t) => `${t.term} ${t.count}`)
    .join(', ');
  const negated = s.negated > 0 ? `, ${s.negated} negerade` : '';
  return (
    `  ${s.key.padEnd(28)} ${String(s.matches).padStart(5)} ${s.matches === 1 ? 'träff' : 'träffar'}${negated}, ${s.passages} ${s.passages === 1 ? 'stycke' : 'stycken'} (${percent(s.passageShare)}), ` +
    `${s.documents} dokument (${percent(s.documentShare)})${terms ? `  [${terms}]` : ''}`
  );
}

function statsText(stats: LexiconStats): string {
  const administration = new Set(stats.entries.filter((s) => s.kind === 'administration').map((s) => s.key));
  const neverCategories = stats.never.filter((key) => !administration.has(key));
  const neverNamed = stats.never.filter((key) => administration.has(key));
  const lines = [
    `${stats.documents} dokument, ${stats.passages} stycken. "Överallt" = i mer än ${percent(stats.threshold)} av styckena eller dokumenten.`,
    '',
    'Kategorier',
    ...stats.entries.filter((s) => s.kind !== 'administration').map(statsLine),
    '',
    'Förvaltningar, nämnder och bolag (som nämns)',
    ...stats.entries.filter((s) => s.kind === 'administration' && s.matches > 0).map(statsLine),
    '',
    `Kategorier som aldrig slår till (${neverCategories.length}): ${neverCategories.join(', ') || '–'}`,
    `Förvaltningar, nämnder och bolag som aldrig nämns: ${neverNamed.length}${neverNamed.length > 0 ? ` (se --format json)` : ''}`,
    `Slår till överallt (${stats.everywhere.length}): ${stats.everywhere.join(', ') || '–'}`,
    '',
  ];
  return lines.join('\n');
}
