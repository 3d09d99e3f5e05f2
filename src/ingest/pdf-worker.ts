// pdf.js runs on a worker thread. In Node it parses on whatever thread calls it and never yields to
// the event loop while it works (measured: getText on an 11-page PDF, 80 ms, zero timer ticks), so
// no timer on that thread could interrupt a PDF that takes forever. On its own thread it can be
// stopped: on timeout the thread is terminated and the next PDF gets a new one. A PDF that eats
// memory exhausts that thread's heap, not the process's.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** pdf-parse's CommonJS entry, resolved from here so the worker finds it wherever mrkoll runs from. */
const PDF_PARSE_ENTRY = createRequire(import.meta.url).resolve('pdf-parse');
/** Heap for the worker: generous for a 200 MB PDF, but a bound. */
const WORKER_HEAP_MB = 2048;

// Plain CommonJS evaluated in the worker: it needs nothing from mrkoll, only pdf-parse.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { PDFParse } = require(workerData.pdfParse);
parentPort.on('message', async ({ id, data }) => {
  const parser = new PDFParse({ data, verbosity: 0 });
  try {
    const result = await parser.getText();
    const pages = [...result.pages].sort((a, b) => a.num - b.num).map((page) => page.text);
    parentPort.postMessage({ id, pages });
  } catch (error) {
    parentPort.postMessage({ id, error: { name: String(error && error.name), message: String(error && error.message) } });
  } finally {
    await parser.destroy().catch(() => undefined);
  }
});
`;

interface Job {
  id: number;
  resolve: (pages: string[]) => void;
  reject: (error: Error) => void;
}

/** A worker thread and the PDF it is working on. Events of a retired thread touch only its own job. */
interface PdfThread {
  worker: Worker;
  job: Job | null;
}

let active: PdfThread | null = null;
let nextId = 0;
/** One PDF at a time, so a timeout kills only the PDF that caused it. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * The text of each page, in order. Rejects with an Error named after pdf.js's exception
 * (PasswordException, InvalidPDFException, …), or PdfTimeout, PdfOutOfMemory, PdfWorkerExit.
 */
export function extractPageTexts(bytes: Uint8Array, timeoutMs: number): Promise<string[]> {
  const job = queue.then(() => run(bytes, timeoutMs));
  queue = job.catch(() => undefined);
  return job;
}

/** Stops the worker thread, if one is running; the next PDF starts a new one. */
export async function stopPdfWorker(): Promise<void> {
  if (active) await stopThread(active);
}

function run(bytes: Uint8Array, timeoutMs: number): Promise<string[]> {
  const thread = active ?? startThread();
  // A copy, moved to the worker without another copy: the caller's buffer stays usable.
  const data = new Uint8Array(bytes);
  let timer: NodeJS.Timeout | undefined;
  return new Promise<string[]>((resolve, reject) => {
    const job: Job = { id: ++nextId, resolve, reject };
    thread.job = job;
    timer = setTimeout(() => {
      reject(named('PdfTimeout', `no result in ${timeoutMs} ms`));
      void stopThread(thread);
    }, timeoutMs);
    thread.worker.ref();
    thread.worker.postMessage({ id: job.id, data }, [data.buffer]);
  }).finally(() => {
    clearTimeout(timer);
    thread.job = null;
    // An idle worker must not keep the process alive.
    thread.worker.unref();
  });
}

function startThread(): PdfThread {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { pdfParse: PDF_PARSE_ENTRY },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  const thread: PdfThread = { worker, job: null };
  worker.unref();
  worker.on('message', (reply: { id: number; pages?: string[]; error?: { name: string; message: string } }) => {
    const job = thread.job;
    if (!job || reply.id !== job.id) return;
    if (reply.pages) job.resolve(reply.pages);
    else job.reject(named(reply.error?.name ?? 'Error', reply.error?.message ?? ''));
  });
  worker.on('error', (error: NodeJS.ErrnoException) => {
    retire(thread);
    thread.job?.reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? named('PdfOutOfMemory', error.message) : error);
  });
  worker.on('exit', () => {
    retire(thread);
    thread.job?.reject(named('PdfWorkerExit', 'the PDF worker stopped'));
  });
  active = thread;
  return thread;
}

function retire(thread: PdfThread): void {
  if (active === thread) active = null;
}

async function stopThread(thread: PdfThread): Promise<void> {
  retire(thread);
  await thread.worker.terminate();
}

function named(name: string, message: string): Error {
  return Object.assign(new Error(message), { name });
}
