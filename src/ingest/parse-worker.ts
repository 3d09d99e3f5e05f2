// The parse thread's module (started by document-thread.ts): parses one file at a time with
// `parseContent`, on a heap of its own, and posts the content back. UnreadableContent keeps its
// Swedish reason across the thread; anything else its name and first line.
import { parentPort } from 'node:worker_threads';
import { parseContent, type DocumentFormat } from './content.js';
import { UnreadableContent, firstLine } from './errors.js';
import type { IngestLimits } from './limits.js';

interface Request {
  id: number;
  format: DocumentFormat;
  data: Uint8Array;
  limits: IngestLimits;
}

parentPort?.on('message', async ({ id, format, data, limits }: Request) => {
  try {
    const result = await parseContent(format, Buffer.from(data.buffer, data.byteOffset, data.byteLength), limits);
    parentPort!.postMessage({ id, result });
  } catch (error) {
    const reason = error instanceof UnreadableContent ? error.reason : firstLine(error);
    parentPort!.postMessage({ id, error: { name: (error as Error)?.name ?? 'Error', message: reason } });
  }
});
