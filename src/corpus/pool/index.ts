// Extraction and tagging on every core: a piscina pool of worker threads, one file per task, the
// results put back in input order. The documents and failures are the same, in the same order,
// as extracting with `extractDocuments` (corpus/extract.ts) and tagging one document after the other.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Piscina } from 'piscina';
import { SUPPORTED_EXTENSIONS } from '../../ingest/index.js';
import { collectInputs } from '../inputs.js';
import type { CacheStats } from '../../cache/store.js';
import { debug } from '../../cache/debug.js';
import { openCache } from '../../cache/extract.js';
import type { TaggingContext, TagResult } from '../../tag/index.js';
import type { Document, InputFailure, Lexicons } from '../../types.js';
import { Manifests } from '../manifest.js';
import { failureReason } from '../../ingest/errors.js';
import { DEFAULT_LIMITS, READ_HEAP_MB, fileTimeoutMs, formatDuration } from '../../ingest/limits.js';
import { fsPath, rawPathOf } from '../../ingest/file-names.js';
import { cacheStats, readFileTask, threadState, unpack, type FileOutcome, type FileTask, type PackedDocument, type RunSettings } from './task.js';
import { rememberPrint, type TextPrint } from '../same-text.js';
import { BYTES_PER_WORKER, chooseThreads, thisMachine, type Machine } from './threads.js';
import { limitHeapGrowthFor } from '../../util/heap-growth.js';
import type { WorkerReply } from './worker.js';
import { DIST_ROOT } from '../../paths.js';
import { extractionData } from '../../segment/index.js';
import { locateData, locateDataFor, type LocateData } from '../../locate/index.js';

export type { RunSettings } from './task.js';

/**
 * Young generation of a worker's heap, MB. At 8 MB a worker scavenged every few MB of a
 * document's tokens and spent 15–17 % of its time collecting garbage (two-worker profiles of 17
 * MB), against 7 % for one thread with V8's default; at 32 MB, 8–12 %, for at most 24 MB more
 * resident per worker.
 */
const WORKER_YOUNG_GENERATION_MB = 32;

export interface ParallelOptions extends Omit<RunSettings, 'locate'> {
  /** What documents are located with; default read from `lexicons` (or the folder `lexiconsDir`). */
  locate?: LocateData;
  /**
   * Worker threads. Default: chosen from the input's size and the free cores (threads.ts). 1 (or a
   * single file) reads everything in this thread.
   */
  workers?: number;
  /** The machine the default number of workers is chosen for; default this one, as it is now. */
  machine?: Machine;
  /**
   * Called with each document in input order, as soon as it and every file before it are done, so
   * that a caller can aggregate or write it and let it go.
   */
  onDocument?: (document: Document) => void;
  /** Called with each failure as it takes its place in `failures`, for writers that keep input order. */
  onFailure?: (failure: InputFailure) => void;
  /** False: documents go only to `onDocument`, and the result's `documents` is empty. Default true. */
  keep?: boolean;
  /** A context already compiled from the same lexicons and options, reused when no pool is started. */
  compiled?: TaggingContext;
  /** Called after each file, in completion order, for progress bars. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Picks the files to read from those collected, before any is read (the CLI leaves out its own reports). */
  screen?: (files: string[]) => string[];
}

export interface ParallelResult<D extends Document = TagResult> {
  /** Documents in input order: tagged (`TagResult`) when the run had lexicons. */
  documents: D[];
  failures: InputFailure[];
  /** Threads that read files: the pool's size, or 1 when they were read in this thread. */
  threads: number;
  /** Cache hits and misses of the run, summed over threads; absent when the cache is off. */
  cache?: CacheStats;
}

/**
 * Reads and tags every file under `paths` (files, directories, globs, as `extractDocuments`
 * takes them). Each worker compiles the lexicons once. This thread only collects: when it took
 * files too, the garbage of reading them piled up in its heap, next to every document read so
 * far, and the peak for 100 MB of text rose from 0.93 to 1.19 GB. Documents come back without a
 * second copy of their passages' text, repeated strings shared (`pack` and `unpack` in task.ts).
 */
export async function analyzeFilesInParallel(
  paths: string[],
  options: Omit<ParallelOptions, 'onDocument'> & { lexicons: Lexicons; onDocument?: (document: TagResult) => void },
): Promise<ParallelResult<TagResult>> {
  // With lexicons every document is tagged (task.ts).
  return (await readFilesInParallel(paths, options as ParallelOptions)) as ParallelResult<TagResult>;
}

/** Reads every file under `paths` as `analyzeFilesInParallel` does, without tagging: the documents `extractDocuments` gives. */
export async function extractFilesInParallel(
  paths: string[],
  options: Omit<ParallelOptions, 'lexicons' | 'context' | 'tag' | 'compiled'>,
): Promise<ParallelResult<Document>> {
  return readFilesInParallel(paths, { ...options, lexicons: undefined });
}

async function readFilesInParallel(paths: string[], options: ParallelOptions): Promise<ParallelResult<Document>> {
  // Bad language data fails the run here, with its file:line:col, not every file in a worker.
  extractionData(options.lexicons?.dir ?? options.lexiconsDir);
  const collected = collectInputs(paths, SUPPORTED_EXTENSIONS);
  const files = options.screen ? options.screen(collected.files) : collected.files;
  const failures: InputFailure[] = [];
  const failed = (failure: InputFailure) => {
    failures.push(failure);
    options.onFailure?.(failure);
  };
  collected.failures.forEach(failed);
  const manifests = new Manifests();
  const tasks: FileTask[] = files.map((file) => ({ file, manifest: manifests.entryFor(file), rawPath: rawPathOf(file) }));
  let settings = runSettings(options, options.locate ?? (options.lexicons ? locateData(options.lexicons) : locateDataFor(options.lexiconsDir)));
  // The cache folder is checked here, once (a worker would warn once per thread): without one
  // the run goes on uncached.
  if (settings.cache !== false && openCache(settings) === null) settings = { ...settings, cache: false };
  const worker = workerFile();
  const sizes = fileSizes(files);
  const bytes = sizes.reduce((a, b) => a + b, 0);
  limitHeapGrowthFor(bytes);
  const chosen = options.workers ?? chooseThreads(bytes, files.length, options.machine ?? thisMachine());
  const threads = worker === null ? 1 : Math.max(1, Math.min(chosen, files.length));
  // A file this large is read on a pool thread even alone: a thread with a heap and a deadline of
  // its own, so that a file too big for them fails alone and the run goes on.
  const pooled = worker !== null && (threads > 1 || (options.workers === undefined && sizes.some((size) => size >= BYTES_PER_WORKER)));
  debug('pool', `${files.length} ${files.length === 1 ? 'fil' : 'filer'} i ${threads} ${threads === 1 ? 'tråd' : 'trådar'}`);
  const keep = options.keep !== false;
  const documents: Document[] = [];
  // Outcomes wait here until every file before them is done; then they are handed on in input
  // order and let go.
  const outcomes: Array<FileOutcome | undefined> = new Array(tasks.length);
  let handed = 0;
  const workerCounts = new Map<number, CacheStats>();
  let done = 0;
  const finish = (i: number, outcome: FileOutcome) => {
    outcomes[i] = outcome;
    options.onProgress?.(++done, files.length, files[i]);
    for (; handed < tasks.length && outcomes[handed] !== undefined; handed++) {
      const ready = outcomes[handed]!;
      outcomes[handed] = undefined;
      if (!ready.ok) {
        failed({ path: files[handed], reason: ready.reason });
        continue;
      }
      manifests.problemsOnFirstUse(files[handed]).forEach(failed);
      options.onDocument?.(ready.document);
      if (keep) documents.push(ready.document);
    }
  };
  const state = pooled ? null : threadState(settings, options.compiled);

  if (state) {
    // Read here, the documents are already in the shape a worker's are unpacked to: passage
    // texts are slices of the document's text, so there is nothing to pack.
    for (const [i, task] of tasks.entries()) finish(i, await readFileTask(task, settings, state));
  } else {
    // Documents from workers share repeated strings (see `unpack`).
    const strings = new Map<string, string>();
    const pool = await startPool(worker!, threads, settings);
    const timeoutMs = fileTimeoutMs(settings.limits ?? DEFAULT_LIMITS);
    // As many files at a time as there are threads, so that each starts as it is handed over and
    // its deadline counts from then, not from when it was queued.
    let next = 0;
    // A reply is unpacked and handed on (variants, aggregation: tens of ms a file) only after its
    // worker has its next file: done in line, the worker idled through it (15 % of each worker's
    // time in a two-worker profile of 17 MB).
    let handing = Promise.resolve();
    let broken = false;
    const runner = async () => {
      while (next < tasks.length && !broken) {
        const i = next++;
        const reply = await runWithDeadline(pool, tasks[i], timeoutMs);
        if (reply.thread >= 0) workerCounts.set(reply.thread, maxCounts(workerCounts.get(reply.thread), reply.cache));
        handing = handing.then(() =>
          finish(i, reply.ok ? { ok: true, document: unpacked(reply.packed, reply.print, strings) } : { ok: false, reason: reply.reason }),
        );
        // A caller's throw ends the run (awaited below), not as an unhandled rejection meanwhile.
        handing.catch(() => (broken = true));
      }
    };
    try {
      await Promise.all(Array.from({ length: threads }, runner));
      await handing;
    } finally {
      await pool.destroy();
    }
  }

  if (settings.cache === false) return { documents, failures, threads };
  const cache = state ? cacheStats(state) : { hits: 0, misses: 0, rebuilt: 0 };
  for (const counts of workerCounts.values()) {
    cache.hits += counts.hits;
    cache.misses += counts.misses;
    cache.rebuilt += counts.rebuilt;
  }
  return { documents, failures, threads, cache };
}

/** A worker's document, with the print it made handed to the document's `documentPrint`. */
function unpacked(packed: PackedDocument, print: TextPrint | undefined, strings: Map<string, string>): Document {
  const document = unpack(packed, strings);
  if (print) rememberPrint(document, print);
  return document;
}

/** Each file's size in bytes (0 for one that cannot be read: ingest explains what is wrong with it). */
function fileSizes(files: string[]): number[] {
  return files.map((file) => {
    try {
      return statSync(fsPath(file)).size;
    } catch {
      return 0;
    }
  });
}

/** A worker's counts are running totals; replies may arrive out of order. */
function maxCounts(a: CacheStats | undefined, b: CacheStats): CacheStats {
  if (!a) return b;
  return { hits: Math.max(a.hits, b.hits), misses: Math.max(a.misses, b.misses), rebuilt: Math.max(a.rebuilt, b.rebuilt) };
}

async function startPool(filename: string, size: number, settings: RunSettings): Promise<Piscina> {
  const { Piscina } = await import('piscina'); // loaded only for a run on the pool
  return new Piscina({
    filename,
    minThreads: size,
    maxThreads: size,
    workerData: settings,
    // Atomics would park an idle worker in Atomics.wait, events of its PDF thread included;
    // tasks are whole files, so the message latency atomics save is nothing here.
    atomics: 'disabled',
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: READ_HEAP_MB },
  });
}

/** Only what the workers need, so nothing that cannot be cloned is sent to them. */
function runSettings(options: ParallelOptions, locate: LocateData): RunSettings {
  const { lexicons, lexiconsDir, context, tag, limits, cacheDir, cache, city, prints } = options;
  return { lexicons, lexiconsDir, locate, city, context, tag, limits, cacheDir, cache, prints };
}

/**
 * Reads one file on the pool, stopping its thread when it takes longer than `timeoutMs`. A
 * thread that is stopped or dies (out of memory, say) fails its file, not the run; the pool
 * starts another for the next file.
 */
async function runWithDeadline(pool: Piscina, task: FileTask, timeoutMs: number): Promise<WorkerReply> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await (pool.run(task, { signal: controller.signal }) as Promise<WorkerReply>);
  } catch (error) {
    const reason = controller.signal.aborted
      ? `tidsgränsen överskreds: filen tog mer än ${formatDuration(timeoutMs)} att läsa och tagga`
      : threadFailureReason(error);
    return { ok: false, reason, thread: -1, cache: { hits: 0, misses: 0, rebuilt: 0 } };
  } finally {
    clearTimeout(timer);
  }
}

function threadFailureReason(error: unknown): string {
  const outOfMemory =
    (error as NodeJS.ErrnoException)?.code === 'ERR_WORKER_OUT_OF_MEMORY' || /heap out of memory|memory limit/i.test(String((error as Error)?.message));
  return outOfMemory ? `filen är för stor att tolka inom minnesgränsen (${READ_HEAP_MB} MB)` : failureReason(error);
}

/**
 * The compiled worker module. Running from TypeScript sources (vitest) there is none next to
 * this file; the built one in dist/ is used if it is there, else everything runs in this thread.
 */
function workerFile(): string | null {
  const candidates = [fileURLToPath(new URL('./worker.js', import.meta.url)), path.join(DIST_ROOT, 'corpus', 'pool', 'worker.js')];
  for (const file of candidates) if (existsSync(file)) return pathToFileURL(file).href;
  return null;
}
