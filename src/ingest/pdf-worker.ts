// pdf.js runs on a parse thread of its own (parse-thread.ts). In Node it parses on whatever thread
// calls it and never yields to the event loop while it works (measured: getText on an 11-page PDF,
// 80 ms, zero timer ticks), so only a thread can be stopped when a PDF takes forever. Its source
// is plain CommonJS evaluated in the worker: it needs nothing from mrkoll, only pdf-parse, and so
// runs the same from the TypeScript sources (tests) as from dist/.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { IngestLimits } from './limits.js';
import { ParseThread } from './parse-thread.js';

let pdfParseEntry: string | undefined;
/** pdf-parse's CommonJS entry, resolved from here so the worker finds it wherever mrkoll runs from; on the first PDF, not at start. */
const pdfParseModule = (): string => (pdfParseEntry ??= createRequire(import.meta.url).resolve('pdf-parse'));

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
// pdf-parse's bundle and pdf.js's worker module (which pdf.js runs on this same thread in Node)
// each install core-js polyfills, among them a JavaScript Array.prototype.push in place of V8's
// (core-js distrusts V8's for lengths near 2^53, which pdf.js never reaches). pdf.js pushes once
// per glyph and token: the polyfill was a fifth of the parse time. So the worker module is loaded
// here, before the first PDF (pdf.js uses globalThis.pdfjsWorker when set instead of importing
// it), and V8's push is put back once both have loaded. Should the import fail, pdf.js imports the
// module itself at the first PDF and reports the failure for it.
const nativePush = Array.prototype.push;
const { PDFParse } = require(workerData.pdfParse);
const ready = import(pathToFileURL(path.join(path.dirname(workerData.pdfParse), 'pdf.worker.mjs')).href)
  .then((pdfjsWorker) => {
    globalThis.pdfjsWorker = pdfjsWorker;
    Object.defineProperty(Array.prototype, 'push', { value: nativePush, writable: true, enumerable: false, configurable: true });
  })
  .catch(() => undefined);
// Each text item is prefixed with a mark of its size: U+E001 for small print (under 95 % of the
// page's main text size, by characters), U+E000 otherwise. pdf.ts reads the marks (footnotes are
// small print) and removes them; the text is otherwise pdf-parse's.
function markSizes(content) {
  const weight = new Map();
  for (const item of content.items) {
    if (!('str' in item) || !item.str.trim()) continue;
    const size = Math.round(Math.hypot(item.transform[2], item.transform[3]) * 10) / 10;
    weight.set(size, (weight.get(size) || 0) + item.str.length);
  }
  let main = 0;
  let most = -1;
  for (const [size, n] of weight) if (n > most) [main, most] = [size, n];
  for (const item of content.items) {
    if (!('str' in item) || !item.str) continue;
    const size = Math.hypot(item.transform[2], item.transform[3]);
    item.str = (main > 0 && size < main * 0.95 ? '\uE001' : '\uE000') + item.str;
  }
  return content;
}
parentPort.on('message', async ({ id, data }) => {
  await ready;
  const parser = new PDFParse({ data, verbosity: 0 });
  try {
    const doc = await parser.load();
    const getPage = doc.getPage.bind(doc);
    doc.getPage = async (n) => {
      const page = await getPage(n);
      const getTextContent = page.getTextContent.bind(page);
      page.getTextContent = async (options) => markSizes(await getTextContent(options));
      return page;
    };
    const result = await parser.getText();
    const pages = [...result.pages].sort((a, b) => a.num - b.num).map((page) => page.text);
    parentPort.postMessage({ id, result: pages });
  } catch (error) {
    parentPort.postMessage({ id, error: { name: String(error && error.name), message: String(error && error.message) } });
  } finally {
    await parser.destroy().catch(() => undefined);
  }
});
`;

/** One thread per heap size asked for (in practice one: the run's limits). */
const threads = new Map<number, ParseThread>();

function threadFor(heapMb: number): ParseThread {
  let thread = threads.get(heapMb);
  if (!thread) {
    thread = new ParseThread({
      heapMb,
      start: (resourceLimits) => new Worker(WORKER_SOURCE, { eval: true, workerData: { pdfParse: pdfParseModule() }, resourceLimits }),
    });
    threads.set(heapMb, thread);
  }
  return thread;
}

/**
 * The text of each page, in order. Rejects with an Error named after pdf.js's exception
 * (PasswordException, InvalidPDFException, …), or one of THREAD_ERRORS (parse-thread.ts).
 */
export function extractPageTexts(bytes: Uint8Array, limits: Pick<IngestLimits, 'timeoutMs' | 'parseHeapMb'>): Promise<string[]> {
  // A copy, moved to the worker without another copy: the caller's buffer stays usable.
  const data = new Uint8Array(bytes);
  return threadFor(limits.parseHeapMb).run<string[]>({ data }, limits.timeoutMs, [data.buffer]);
}

/** Stops the worker threads, if any is running; the next PDF starts a new one. */
export async function stopPdfWorker(): Promise<void> {
  await Promise.all([...threads.values()].map((thread) => thread.stop()));
}
