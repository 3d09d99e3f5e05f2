// A pool worker: extracts (and, when the run has lexicons, tags) the files it is given, with a
// context compiled on its first file and kept for the rest. Its files are parsed on a thread of its
// own (src/ingest/parse-thread.ts), so one that hangs is stopped without losing this worker.
import { threadId } from 'node:worker_threads';
import { workerData } from 'piscina';
import { readDataFileSnapshot } from '../../cache/data-files.js';
import type { CacheStats } from '../../cache/store.js';
import { useDataFileSnapshot } from '../../data-files/memo.js';
import { cacheStats, pack, threadState, readFileTask, type FileTask, type PackedDocument, type RunSettings, type ThreadState } from './task.js';

/**
 * The document packed for the trip, or why the file could not be read; with this worker's
 * running cache counts, which the main thread sums over workers at the end.
 */
export type WorkerReply = ({ ok: true; packed: PackedDocument } | { ok: false; reason: string }) & { thread: number; cache: CacheStats };

const settings = workerData as RunSettings;
// The language data each worker reads is the bundled files' as a rule: recalled from the build's
// snapshot like the main thread's (src/cli/data-file-memo.ts), not parsed once more per thread.
useDataFileSnapshot(() => readDataFileSnapshot());
let state: ThreadState | undefined;

export default async function analyzeInWorker(task: FileTask): Promise<WorkerReply> {
  state ??= threadState(settings);
  const outcome = await readFileTask(task, settings, state);
  const counts = { thread: threadId, cache: cacheStats(state) };
  return outcome.ok ? { ok: true, packed: pack(outcome.document, state.context !== null), ...counts } : { ...outcome, ...counts };
}
