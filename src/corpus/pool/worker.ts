// A pool worker: extracts (and, when the run has lexicons, tags) the files it is given, with a
// context compiled on its first file and kept for the rest. Its files are parsed on a thread of its
// own (src/ingest/parse-thread.ts), so one that hangs is stopped without losing this worker.
import { threadId } from 'node:worker_threads';
import { workerData } from 'piscina';
import { readDataFileSnapshot } from '../../cache/data-files.js';
import type { CacheStats } from '../../cache/store.js';
import { useDataFileSnapshot } from '../../data-files/memo.js';
import { documentPrint, type TextPrint } from '../same-text.js';
import { cacheStats, pack, threadState, readFileTask, type FileTask, type PackedDocument, type RunSettings, type ThreadState } from './task.js';

/**
 * The document packed for the trip (with its same-text print when the run asks for one), or why
 * the file could not be read; with this worker's running cache counts, which the main thread sums
 * over workers at the end.
 */
export type WorkerReply = ({ ok: true; packed: PackedDocument; print?: TextPrint } | { ok: false; reason: string }) & { thread: number; cache: CacheStats };

const settings = workerData as RunSettings;
// The language data each worker reads is the bundled files' as a rule: recalled from the build's
// snapshot like the main thread's (src/cli/data-file-memo.ts), not parsed once more per thread.
useDataFileSnapshot(() => readDataFileSnapshot());
let state: ThreadState | undefined;

export default async function analyzeInWorker(task: FileTask): Promise<WorkerReply> {
  state ??= threadState(settings);
  const outcome = await readFileTask(task, settings, state);
  const counts = { thread: threadId, cache: cacheStats(state) };
  if (!outcome.ok) return { ...outcome, ...counts };
  const { document } = outcome;
  const print = settings.prints && !document.metadata.variantOf ? documentPrint(document) : undefined;
  return { ok: true, packed: pack(document, state.context !== null), print, ...counts };
}
