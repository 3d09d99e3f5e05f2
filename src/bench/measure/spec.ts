// What the benchmark asks a measuring child process to do, and what it answers. One child per
// measurement, so each starts with a clean heap and its own peak-memory mark.
import type { CorpusFormat } from '../corpus/generate.js';

/** Each stage run over the same files, one after the other, on one thread. */
export interface StagesSpec {
  kind: 'stages';
  format: CorpusFormat;
  files: string[];
  /** The parts of tagging timed alone read the first documents up to this many MB of text. */
  partsMb: number;
  /** Write the segmented text here, for the grep baseline over the same text. */
  dumpText?: string;
  /** Write CPU profiles of the tagging stage and of normalize + segment to these files. */
  profile?: { tag: string; extract: string };
}

/** Files → tagged documents → analysis, as `mrkoll analyze` does it, with or without the pool. */
export interface EndToEndSpec {
  kind: 'e2e';
  files: string[];
  /** Threads that read files, the measuring one included (the `workers` option of the pool); 'auto': the pool chooses. */
  threads: number | 'auto';
  /** Extraction cache directory, or null for no cache. */
  cacheDir: string | null;
}

/**
 * The machine's own parallel capacity, for judging the pool: the same single-threaded work
 * (ingest, normalize, segment, tag) run by one process alone and by several at once.
 */
export interface CapacitySpec {
  kind: 'capacity';
  files: string[];
}

export type MeasureSpec = StagesSpec | EndToEndSpec | CapacitySpec;

export interface StageRow {
  format: CorpusFormat;
  stage: string;
  files: number;
  /** UTF-8 MB of the segmented text: the one measure of size every stage is rated by. */
  textMb: number;
  /** PDF pages, for PDF ingestion. */
  pages?: number;
  wallMs: number;
  /** CPU time of the process, all threads: above wallMs when threads ran at once. */
  cpuMs: number;
  mbPerS: number;
  pagesPerS?: number;
  /** Peak resident memory of the process during the stage (what earlier stages left included). */
  peakRssMb: number;
  /** Resident memory when the stage started. */
  startRssMb: number;
}

export interface EndToEndRow {
  corpus: string;
  files: number;
  textMb: number;
  pages?: number;
  /** Threads that read files, main thread included; null for the CLI, which decides for itself. */
  threads: number | null;
  /** The pool chose `threads` itself, from the input's size and the free cores (no `workers`). */
  auto?: true;
  cache: 'off' | 'cold' | 'warm';
  /**
   * in-process: the library calls in a measuring process; cli: the `mrkoll analyze` binary, start-up
   * included; tag-jsonl: `mrkoll tag --format jsonl`; analyze-1: `mrkoll analyze` in one thread, uncached;
   * html-1: the same with `--format html` (the names section included).
   */
  via: 'in-process' | 'cli' | 'tag-jsonl' | 'analyze-1' | 'html-1';
  wallMs: number;
  /** CPU time, all threads (null for the CLI, which is timed from outside). */
  cpuMs: number | null;
  mbPerS: number;
  peakRssMb: number;
  documents: number;
  failures: number;
}

export interface StagesResult {
  kind: 'stages';
  rows: StageRow[];
}

export interface EndToEndResult {
  kind: 'e2e';
  row: Omit<EndToEndRow, 'corpus' | 'cache' | 'via'> & { threads: number };
}

export interface CapacityResult {
  kind: 'capacity';
  /** Wall time of the work, module loading excluded. */
  wallMs: number;
}

export type MeasureResult = StagesResult | EndToEndResult | CapacityResult;

/** One process alone against `processes` at once, each doing the same single-threaded work. */
export interface ParallelCapacity {
  processes: number;
  /** The work done by one process alone (the best of the rounds). */
  aloneMs: number;
  /** The slowest of the processes run at once (the best of the rounds). */
  togetherMs: number;
  /** processes × aloneMs ÷ togetherMs: how many threads' worth of work the machine did at once. */
  capacity: number;
}

export const MB = 1_000_000;

/** CPU time this process has used so far, all threads, in ms. */
export const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return Math.round((user + system) / 1000);
};

export const rate = (amount: number, ms: number) => (ms > 0 ? Math.round((amount / (ms / 1000)) * 100) / 100 : 0);
