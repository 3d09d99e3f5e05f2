// Flags and output handling shared by the commands that read documents.
import { Option, type Command } from 'commander';
import path from 'node:path';
import { DEFAULT_LIMITS, type IngestLimits } from '../ingest/index.js';
import { extractDocuments, type ExtractResult } from '../corpus/extract.js';
import { extractionData } from '../segment/index.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { createProgress } from '../util/progress.js';
import { EXIT, fail } from '../util/exit.js';
import { DataFileError } from '../data-files/validate.js';
import { LexiconError } from '../data-files/problems.js';
import { loadLexicons } from '../lexicon/load.js';
import { RuleError } from '../review/rule-files.js';
import { buildContext, type TaggingContext } from '../tag/context.js';
import type { InputFailure, Lexicons } from '../types.js';

export interface InputFlags {
  maxFileSize: number;
  progress?: boolean;
  /** --cache-dir: where extracted documents and indexes are cached. */
  cacheDir?: string;
  /** false with --no-cache. */
  cache?: boolean;
  /** --lexicons, for the commands that take it: extraction reads its language data. */
  lexicons?: string;
}

/** Adds the flags every document-reading command understands. */
export function addInputOptions(command: Command): Command {
  return command
    .addOption(
      new Option('--max-file-size <MB>', 'största tillåtna filstorlek i MB (skydd mot jättefiler)')
        .default(DEFAULT_LIMITS.maxFileBytes / 1_000_000)
        .argParser(parsePositive),
    )
    .option('--no-progress', 'visa ingen förloppsindikator')
    .option('--cache-dir <katalog>', 'cachekatalog för tolkade dokument och index (standard: $XDG_CACHE_HOME/mrkoll eller ~/.cache/mrkoll)')
    .option('--no-cache', 'tolka alla filer på nytt och läs eller skriv ingen cache');
}

export function limitsFrom(flags: InputFlags): IngestLimits {
  const maxFileBytes = flags.maxFileSize * 1_000_000;
  return { ...DEFAULT_LIMITS, maxFileBytes, maxUnpackedBytes: Math.max(DEFAULT_LIMITS.maxUnpackedBytes, maxFileBytes * 2) };
}

/** Runs extraction with a progress bar on stderr (only on a terminal) and reports failures. */
export async function readInputs(paths: string[], flags: InputFlags): Promise<ExtractResult> {
  // Bad language data ends the run with its problems before any file is read.
  orFail(() => extractionData(flags.lexicons));
  const progress = createProgress(flags.progress !== false);
  const result = await extractDocuments(paths, {
    lexiconsDir: flags.lexicons,
    limits: limitsFrom(flags),
    cacheDir: flags.cacheDir,
    cache: flags.cache,
    onProgress: (done, total, file) => progress.update(done, total, file),
  });
  progress.stop();
  reportFailures(result.failures);
  if (result.documents.length === 0) fail('inga dokument kunde läsas', EXIT.fatal);
  return result;
}

/** One line per failed file on stderr: `mrkoll: FILE: reason`. */
export function reportFailures(failures: InputFailure[]): void {
  for (const f of failures) process.stderr.write(`mrkoll: ${f.path}: ${f.reason}\n`);
}

/** The format named by --format, else by the --out file's extension, else the default. */
export function resolveFormat<T extends string>(format: string | undefined, out: string | undefined, allowed: readonly T[], fallback: T): T {
  const byExtension: Record<string, string> = {
    '.json': 'json',
    '.md': 'md',
    '.html': 'html',
    '.htm': 'html',
    '.csv': 'csv',
    '.txt': 'text',
    '.sarif': 'sarif',
  };
  const chosen = format ?? (out ? byExtension[path.extname(out).toLowerCase()] : undefined) ?? fallback;
  if (!(allowed as readonly string[]).includes(chosen)) fail(`okänt format "${chosen}" (välj ${allowed.join(', ')})`);
  return chosen as T;
}

/** Writes to --out atomically, or to stdout. */
export function emit(content: string, out: string | undefined): void {
  const text = content.endsWith('\n') ? content : `${content}\n`;
  if (out) {
    writeFileAtomic(out, text);
    process.stderr.write(`mrkoll: skrev ${out}\n`);
  } else {
    process.stdout.write(text);
  }
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) fail(`ogiltigt tal: "${value}"`);
  return n;
}

/** Errors in a data file the user can fix (lexicons, rules, manifests, cues): their message, exit 2. */
const DATA_FILE_ERRORS = [DataFileError, LexiconError, RuleError];

/** Runs a loader; a broken data file ends the run with its problems listed, anything else is a bug. */
export function orFail<T>(load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (DATA_FILE_ERRORS.some((kind) => error instanceof kind)) fail((error as Error).message);
    throw error;
  }
}

/** Lexicons from --lexicons or the package. */
export function readLexicons(dir: string | undefined): Lexicons {
  return orFail(() => loadLexicons(dir));
}

/** The compiled matchers and cues for tagging, with --city as the fallback city. */
export function buildContextOrFail(lexicons: Lexicons, city: string | undefined): TaggingContext {
  return orFail(() => buildContext(lexicons, { defaultCity: city }));
}
