// The command line's side of reading: data files that fail end the run with their problems
// listed, the documents are read through src/corpus/read.ts with a progress bar on stderr, each
// file that fails gets one line there, and nothing readable at all ends the run (exit 2).
import { readDocuments, readTaggedDocuments, type ReadOptions, type ReadResult, type TaggingOptions } from '../corpus/read.js';
import { DataFileError } from '../data-files/validate.js';
import { LexiconError } from '../data-files/problems.js';
import { loadLexicons } from '../lexicon/load.js';
import { extractionData } from '../segment/index.js';
import { RuleError } from '../review/rule-files.js';
import { buildContext, contextCities, isKnownAdministration, type TaggingContext } from '../tag/context.js';
import type { TagResult } from '../tag/index.js';
import { createProgress } from '../util/progress.js';
import { EXIT, fail, warn } from '../util/exit.js';
import { forTerminal } from '../util/terminal.js';
import { limitsFrom, type InputFlags } from './options.js';
import { screenInputs } from './own-files.js';
import { ioReason } from './unexpected.js';
import type { Document, InputFailure, Lexicons } from '../types.js';

/** Errors in a data file the user can fix (lexicons, rules, manifests, cues): their message, exit 2. */
const DATA_FILE_ERRORS = [DataFileError, LexiconError, RuleError];

/**
 * Runs a loader; a broken data file ends the run with its problems listed, and one that cannot be
 * read (`--rules` naming a folder: EISDIR) with one line naming it (`file`, when the error does
 * not); anything else is a bug.
 */
export function orFail<T>(load: () => T, file?: string): T {
  try {
    return load();
  } catch (error) {
    if (DATA_FILE_ERRORS.some((kind) => error instanceof kind)) fail((error as Error).message);
    const { code, path = file } = error as NodeJS.ErrnoException;
    if (code && path) fail(`${path}: kan inte läsas (${ioReason(error, 'read')})`);
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

/** Tagging with --city, which must be a city the lexicons know, and --author (unknown: a warning, used as given). */
export function checkedTagging(lexicons: Lexicons, flags: { city?: string; author?: string }): TaggingOptions {
  const context = buildContextOrFail(lexicons, flags.city);
  if (flags.city && !contextCities(context).includes(flags.city)) {
    fail(`okänd stad "${flags.city}" (lexikonen känner ${contextCities(context).join(', ')})`);
  }
  if (flags.author && !isKnownAdministration(context, flags.author)) {
    warn(`--author ${flags.author} finns inte i något register; används som det står`);
  }
  return { lexicons, context: { defaultCity: flags.city }, tag: { author: flags.author }, compiled: context };
}

export interface ReadCheck {
  /** No readable document is not the end of the run: the command decides (review exits 2 on any failure). */
  allowNone?: boolean;
}

/** The documents under `paths`, extracted, not tagged. */
export async function readInputs(paths: string[], flags: InputFlags, check: ReadCheck = {}): Promise<ReadResult<Document>> {
  return reported(flags, check, (options) => readDocuments(paths, options));
}

/** The documents under `paths`, extracted and tagged. */
export async function readTaggedInputs(paths: string[], flags: InputFlags, tagging: TaggingOptions, check: ReadCheck = {}): Promise<ReadResult<TagResult>> {
  return reported(flags, check, (options) => readTaggedDocuments(paths, { ...options, ...tagging }));
}

async function reported<D extends Document>(
  flags: InputFlags,
  check: ReadCheck,
  read: (options: ReadOptions) => Promise<ReadResult<D>>,
): Promise<ReadResult<D>> {
  // Bad language data ends the run with its problems before any file is read.
  orFail(() => extractionData(flags.lexicons));
  const progress = createProgress(flags.progress !== false);
  const result = await read({
    lexiconsDir: flags.lexicons,
    limits: limitsFrom(flags),
    cacheDir: flags.cacheDir,
    cache: flags.cache,
    workers: flags.workers,
    onProgress: (done, total, file) => progress.update(done, total, file),
    screen: (files) => screenInputs(files, flags.out),
  });
  progress.stop();
  reportFailures(result.failures);
  if (result.documents.length === 0 && !check.allowNone) fail('inga dokument kunde läsas', EXIT.fatal);
  return result;
}

/** One line per failed file on stderr: `mrkoll: FILE: reason`. */
export function reportFailures(failures: InputFailure[]): void {
  for (const f of failures) process.stderr.write(`mrkoll: ${forTerminal(f.path)}: ${forTerminal(f.reason)}\n`);
}
