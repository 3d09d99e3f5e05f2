// Text, Markdown, HTML and DOCX files above IN_THREAD_MAX_BYTES are parsed on a parse thread
// (parse-thread.ts) running parse-worker.js, with the run's heap and time limits. The worker is
// tsc's compiled module in dist/ingest, also for the bundled binary (whose chunks are elsewhere);
// run from the TypeScript sources (unit tests) there is none, and files are parsed on the calling
// thread as small ones are.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { CODE_ROOT } from '../paths.js';
import type { Content, DocumentFormat } from './content.js';
import type { IngestLimits } from './limits.js';
import { ParseThread } from './parse-thread.js';

const WORKER_FILE = path.join(CODE_ROOT, 'ingest', 'parse-worker.js');

let compiled: boolean | undefined;
/** One thread per heap size asked for (in practice one: the run's limits). */
const threads = new Map<number, ParseThread>();

/** Whether files can be parsed on a thread of their own here (false when run from the sources). */
export function canParseOnThread(): boolean {
  compiled ??= existsSync(WORKER_FILE);
  return compiled;
}

function threadFor(heapMb: number): ParseThread {
  let thread = threads.get(heapMb);
  if (!thread) {
    thread = new ParseThread({ heapMb, start: (resourceLimits) => new Worker(WORKER_FILE, { resourceLimits }) });
    threads.set(heapMb, thread);
  }
  return thread;
}

/**
 * Parses on the parse thread; rejects as the worker failed (an Error named UnreadableContent
 * carries the Swedish reason as its message) or with one of THREAD_ERRORS.
 */
export function parseOnThread(format: DocumentFormat, bytes: Uint8Array, limits: IngestLimits): Promise<Content> {
  const data = new Uint8Array(bytes);
  return threadFor(limits.parseHeapMb).run<Content>({ format, data, limits }, limits.timeoutMs, [data.buffer]);
}
