// The command line's side of reading: data files that fail end the run with their problems
// listed, the documents are read through src/corpus/read.ts with a progress bar on stderr, each
// file that fails gets one line there, and nothing readable at all ends the run (exit 2).
import { readDocuments, readTaggedDocuments, type ReadOptions, type ReadResult, type TaggingOptions } from '../corpus/read.js';
import { DataFileError } from '../data-files/validate.js';
import { LexiconError } from '../data-files/problems.js';
import { loadLexicons } from '../lexicon/load.js';
import { extractionData } from '../segment/index.js';
import { RuleError } from '../review/rule-files.js';
import { buildContext, isKnownAdministration, type TaggingContext } from '../tag/context.js';
import { frameworkChoiceProblem } from '../lexicon/frameworks.js';
import { municipalitiesFor } from '../lexicon/municipalities.js';
import { locateDataFor, type LocateData } from '../locate/index.js';
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

/** The compiled matchers and cues for tagging, with --framework for every document when given. */
export function buildContextOrFail(lexicons: Lexicons, framework?: string): TaggingContext {
  return orFail(() => buildContext(lexicons, framework === undefined ? {} : { framework }));
}

/** --city must be a municipality's ID (of the lexicons' folder, layered): "lund", "region-skane". */
export function checkCity(city: string | undefined, lexiconsDir: string | undefined): void {
  if (city === undefined) return;
  const known = orFail(() => municipalitiesFor(lexiconsDir));
  if (known.byId(city)) return;
  const near = known.byName(city);
  fail(`okänd kommun "${city}": ange kommunens id i lexicons/sweden/municipalities.yaml${near ? ` (menas "${near.id}"?)` : ', t.ex. lund eller region-skane'}`);
}

/**
 * Tagging with --city (a municipality's ID), --framework (a principles framework) and --author
 * (unknown: a warning, used as given).
 */
export function checkedTagging(lexicons: Lexicons, flags: { city?: string; author?: string; framework?: string }): TaggingOptions {
  checkCity(flags.city, lexicons.dir);
  const problem = flags.framework === undefined ? null : frameworkChoiceProblem(lexicons, flags.framework);
  if (problem) fail(problem);
  const context = buildContextOrFail(lexicons, flags.framework);
  if (flags.author && !isKnownAdministration(context, flags.author)) {
    warn(`--author ${flags.author} finns inte i något register; används som det står`);
  }
  const options = flags.framework === undefined ? {} : { framework: flags.framework };
  return { lexicons, context: options, tag: { author: flags.author }, compiled: context };
}

export interface ReadCheck {
  /** No readable document is not the end of the run: the command decides (review exits 2 on any failure). */
  allowNone?: boolean;
}

/** A tagging run that hands each document on as it is read, in input order, instead of keeping them all. */
export interface Streaming {
  onDocument: (document: TagResult) => void;
  /** Each failure in its place among the documents (also reported on stderr at the end, as ever). */
  onFailure?: (failure: InputFailure) => void;
  /** The documents' same-text prints are read (variants set aside): made on the pool's threads. */
  prints?: boolean;
}

/** The documents under `paths`, extracted and located, not tagged. */
export async function readInputs(paths: string[], flags: InputFlags, check: ReadCheck = {}, known?: LocateData): Promise<ReadResult<Document>> {
  // Locating reads the registries (unless the caller has read them); bad lexicons end the run here with their problems.
  const locate = known ?? orFail(() => locateDataFor(flags.lexicons));
  return reported(flags, check, (options) => readDocuments(paths, { ...options, locate }));
}

/** The documents under `paths`, extracted and tagged. */
export async function readTaggedInputs(paths: string[], flags: InputFlags, tagging: TaggingOptions, check: ReadCheck = {}): Promise<ReadResult<TagResult>> {
  return reported(flags, check, (options) => readTaggedDocuments(paths, { ...options, ...tagging }));
}

/**
 * The documents under `paths`, extracted and tagged, each handed to `streaming` and let go; `read`
 * says how many there were (none is the caller's to end the run with, after its own cleanup).
 */
export async function streamTaggedInputs(
  paths: string[],
  flags: InputFlags,
  tagging: TaggingOptions,
  streaming: Streaming,
): Promise<{ failures: InputFailure[]; read: number }> {
  let read = 0;
  const onDocument = (document: TagResult) => {
    read++;
    streaming.onDocument(document);
  };
  const result = await reported(flags, { allowNone: true }, (options) =>
    readTaggedDocuments(paths, { ...options, ...tagging, onDocument, onFailure: streaming.onFailure, keep: false, prints: streaming.prints }),
  );
  return { failures: result.failures, read };
}

async function reported<D extends Document>(
  flags: InputFlags,
  check: ReadCheck,
  read: (options: ReadOptions) => Promise<ReadResult<D>>,
): Promise<ReadResult<D>> {
  // Bad language data ends the run with its problems before any file is read.
  orFail(() => extractionData(flags.lexicons));
  checkCity(flags.city, flags.lexicons);
  const progress = createProgress(flags.progress !== false);
  const result = await read({
    lexiconsDir: flags.lexicons,
    city: flags.city,
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
