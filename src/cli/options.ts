// The flags several commands share, one builder each, so a flag reads and parses the same
// everywhere. A command adds them in the order its --help lists them.
import { Option, type Command } from 'commander';
import { DEFAULT_LIMITS, type IngestLimits } from '../ingest/index.js';
import { fail } from '../util/exit.js';
import type { CompoundMode } from '../types.js';

// ---------------------------------------------------------------------------------------------
// Reading documents: every command that takes files, directories and globs

export interface InputFlags {
  maxFileSize: number;
  progress?: boolean;
  /** --cache-dir: where extracted documents and indexes are cached. */
  cacheDir?: string;
  /** false with --no-cache. */
  cache?: boolean;
  /** --workers: threads that read (and tag) files. */
  workers?: number;
  /** --lexicons, for the commands that take it: extraction reads its language data, location its municipalities and registries. */
  lexicons?: string;
  /** --city, for the commands that take it: the city of every document whose manifest names none. */
  city?: string;
  /** --out, for the commands that take it: never read as an input, and never one of them. */
  out?: string;
}

/** Adds the flags every document-reading command understands; `tags`: its threads tag the files too. */
export function addInputOptions(command: Command, { tags = false } = {}): Command {
  const threads = `trådar som ${tags ? 'läser och taggar' : 'läser'} filer (standard: efter korpusens storlek och lediga kärnor; 1 = ingen trådpool)`;
  return command
    .addOption(new Option('--workers <antal>', threads).argParser(parseWorkers))
    .addOption(
      new Option('--max-file-size <MB>', 'största tillåtna filstorlek i MB (skydd mot jättefiler)')
        .default(DEFAULT_LIMITS.maxFileBytes / 1_000_000)
        .argParser(parsePositive),
    )
    .option('--no-progress', 'visa ingen förloppsindikator')
    .option('--cache-dir <katalog>', 'cachekatalog för tolkade dokument och index (standard: $XDG_CACHE_HOME/mrkoll eller ~/.cache/mrkoll)')
    .option('--no-cache', 'tolka alla filer på nytt och läs eller skriv ingen cache');
}

export function limitsFrom(flags: Pick<InputFlags, 'maxFileSize'>): IngestLimits {
  const maxFileBytes = flags.maxFileSize * 1_000_000;
  return { ...DEFAULT_LIMITS, maxFileBytes, maxUnpackedBytes: Math.max(DEFAULT_LIMITS.maxUnpackedBytes, maxFileBytes * 2) };
}

// ---------------------------------------------------------------------------------------------
// Output

/** `-f, --format`: the formats a command renders (its renderer table's keys) and the default. */
export function formatOption(formats: readonly string[], fallback: string): Option {
  return new Option('-f, --format <format>', `utdataformat: ${formats.join(', ')} (standard: ${fallback}, eller efter --out)`);
}

export function outOption(): Option {
  return new Option('-o, --out <fil>', 'skriv till fil (atomiskt) i stället för standard ut');
}

// ---------------------------------------------------------------------------------------------
// Lexicons, rules, city, author

export function lexiconsOption(description = 'läs även lexikon från denna katalog: dess filer lägger till och ersätter paketets efter id'): Option {
  return new Option('--lexicons <katalog>', description);
}

/**
 * What --city means: the municipality of every document whose manifest names none, instead of the
 * one the document names itself; for analyze and names also whose registry is expected, for review
 * the registry a draft is checked against.
 */
const CITY_HELP = {
  fallback:
    'kommunens id (lexicons/sweden/municipalities.yaml, t.ex. lund, region-skane) för alla dokument vars manifest inte anger någon, i stället för den dokumentet själv anger',
  corpus:
    'kommunens id (t.ex. lund, region-skane) för alla dokument vars manifest inte anger någon, i stället för den dokumentet själv anger, och vars register som förväntas (standard: korpusens vanligaste)',
  review: 'kommunens id (t.ex. lund) för dokumentet, i stället för den det själv anger, och vars register det granskas mot',
} as const;

export function cityOption(meaning: keyof typeof CITY_HELP): Option {
  return new Option('--city <kommun>', CITY_HELP[meaning]);
}

/** `--framework <id>`: another principles framework for every document than its city's own or the national default. */
export function frameworkOption(): Option {
  return new Option('--framework <id>', 'principramverk för alla dokument i stället för kommunens eget eller SKR:s nationella, t.ex. malmo-mr-policy');
}

export function authorOption(): Option {
  return new Option('--author <id>', 'författande förvaltning för alla dokument, t.ex. malmo/kulturnamnden');
}

/** `--rules <fil>`: the analysis thresholds and cue words. */
export function analysisRulesOption(): Option {
  return new Option('--rules <fil>', 'läs tröskelvärden och signalord från denna fil i stället för rules/analysis.yaml');
}

/** `--rules <katalog>`: review rules, added to the bundled ones. */
export function reviewRulesOption(): Option {
  return new Option('--rules <katalog>', 'läs även regler från denna katalog (kan upprepas; samma id ersätter)').argParser(append).default([]);
}

/** The flags of the commands that analyse a tagged corpus (analyze, names). */
export function addCorpusOptions(command: Command): Command {
  return command
    .addOption(lexiconsOption())
    .addOption(analysisRulesOption())
    .addOption(cityOption('corpus'))
    .addOption(frameworkOption())
    .addOption(authorOption());
}

// ---------------------------------------------------------------------------------------------
// Views and filters

export function byOption(): Option {
  return new Option('--by <vy>', 'mention: stycken som nämner förvaltningen; author: stycken i förvaltningens egna dokument')
    .choices(['mention', 'author'])
    .default('mention');
}

export const COMPOUND_MODES: readonly CompoundMode[] = ['any', 'head', 'modifier', 'none'];

/** `--compound`; `subject` names what is looked for ("sökord", "termen"). */
export function compoundOption(subject: string): Option {
  return new Option('--compound <läge>', `${subject} i sammansättningar: any, head, modifier, none (standard: any för ord med minst sex bokstäver)`).choices(
    COMPOUND_MODES,
  );
}

/** `--type`, repeatable; `example` is shown in the help. */
export function typeFilterOption(example?: string): Option {
  return new Option('--type <typ>', `bara dokument av typen${example ? `, t.ex. ${example}` : ''} (upprepbar)`).argParser(collect);
}

export function yearFilterOption(): Option {
  return new Option('--year <år>', 'bara dokument från året (upprepbar)').argParser(collectYears);
}

/** A positive whole number with a default, e.g. `--limit <n>`. */
export function countOption(flags: string, description: string, fallback: number): Option {
  return new Option(flags, description).default(fallback).argParser(parseCount);
}

// ---------------------------------------------------------------------------------------------
// Parsers: a bad value ends the run with a one-line error (exit 2)

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

/** Repeatable option taken as given (paths may hold commas). */
function append(value: string, previous: string[]): string[] {
  return [...previous, value];
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

/** A number ≥ 0; a decimal comma is accepted. */
export function parseNumber(value: string): number {
  const n = Number(value.replace(',', '.'));
  if (!Number.isFinite(n) || n < 0) fail(`ogiltigt tal: "${value}"`);
  return n;
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) fail(`ogiltigt tal: "${value}"`);
  return n;
}

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`ogiltigt antal trådar: "${value}"`);
  return n;
}
