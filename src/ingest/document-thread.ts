// Text, Markdown, HTML and DOCX files above IN_THREAD_MAX_BYTES are parsed on a parse thread
// (parse-thread.ts) running parse-worker.js, with PARSE_HEAP_MB of heap and the run's time limit.
// The worker is the compiled module next to this one; run from the TypeScript sources (unit
// tests) there is none, and files are parsed on the calling thread as small ones are.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Content, DocumentFormat } from './content.js';
import { PARSE_HEAP_MB, type IngestLimits } from './limits.js';
import { ParseThread } from './parse-thread.js';

const WORKER_URL = new URL('./parse-worker.js', import.meta.url);

let thread: ParseThread | null | undefined;

/** The parse thread, or null when there is no compiled worker to run on it. */
function parseThread(): ParseThread | null {
  thread ??= existsSync(fileURLToPath(WORKER_URL))
    ? new ParseThread({ heapMb: PARSE_HEAP_MB, start: (resourceLimits) => new Worker(WORKER_URL, { resourceLimits }) })
    : null;
  return thread;
}

/** Whether files can be parsed on a thread of their own here (false when run from the sources). */
export function canParseOnThread(): boolean {
  return parseThread() !== null;
}

/**
 * Parses on the parse thread; rejects as the worker failed (an Error named UnreadableContent
 * carries the Swedish reason as its message) or with one of THREAD_ERRORS.
 */
export function parseOnThread(format: DocumentFormat, bytes: Uint8Array, limits: IngestLimits): Promise<Content> {
  const data = new Uint8Array(bytes);
  return parseThread()!.run<Content>({ format, data, limits }, limits.timeoutMs, [data.buffer]);
}

/** Stops the parse thread, if one is running. */
export async function stopDocumentThread(): Promise<void> {
  await thread?.stop();
}
