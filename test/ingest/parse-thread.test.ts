// The parse thread every format is parsed on above a size: a job that runs out of heap or time
// fails alone, in one Swedish line, and the next job gets a new thread.
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { UnreadableContent } from '../../src/ingest/errors.js';
import { ParseThread, THREAD_ERRORS } from '../../src/ingest/parse-thread.js';
import { DEFAULT_LIMITS } from '../../src/ingest/limits.js';
import { threadFailure, unexpectedFailure } from '../../src/ingest/thread-failure.js';

// A worker that answers "ok", or hoards memory, or never answers, as it is told.
const SOURCE = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, job }) => {
  if (job === 'hoard') { const hoard = []; for (;;) hoard.push(new Array(1e6).fill(hoard.length)); }
  if (job === 'spin') for (;;);
  if (job === 'fail') return parentPort.postMessage({ id, error: { name: 'UnreadableContent', message: 'trasig fil' } });
  parentPort.postMessage({ id, result: 'ok' });
});
`;

const thread = () => new ParseThread({ heapMb: 64, start: (resourceLimits) => new Worker(SOURCE, { eval: true, resourceLimits }) });
const rejection = async (work: Promise<unknown>): Promise<Error> =>
  work.then(
    () => expect.fail('should have failed'),
    (error: Error) => error,
  );

describe('ParseThread', () => {
  it('a job that exhausts the heap fails alone; the next gets a new thread', async () => {
    const parse = thread();
    const error = await rejection(parse.run({ job: 'hoard' }, 30_000));
    expect(error.name).toBe(THREAD_ERRORS.outOfMemory);
    expect(threadFailure('docx', error, DEFAULT_LIMITS).reason).toBe('DOCX-filen är för stor att tolka inom minnesgränsen (2048 MB)');
    expect(await parse.run({ job: 'ok' }, 30_000)).toBe('ok');
  });

  it('a job that never ends is stopped at its deadline', async () => {
    const parse = thread();
    const started = Date.now();
    const error = await rejection(parse.run({ job: 'spin' }, 300));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(threadFailure('md', error, { ...DEFAULT_LIMITS, timeoutMs: 300 }).reason).toBe('tidsgränsen överskreds: MD-filen tog mer än 300 ms att läsa');
    expect(await parse.run({ job: 'ok' }, 30_000)).toBe('ok');
  });

  it("a reader's own Swedish reason crosses the thread unchanged", async () => {
    const error = await rejection(thread().run({ job: 'fail' }, 30_000));
    expect(threadFailure('html', error, DEFAULT_LIMITS).reason).toBe('trasig fil');
  });
});

describe('unexpected failures', () => {
  it('a stack overflow (deep nesting) is named in Swedish', () => {
    expect(unexpectedFailure('md', new RangeError('Maximum call stack size exceeded'))).toBe('MD-filen är för djupt nästlad för att läsas');
    expect(threadFailure('md', new RangeError('Maximum call stack size exceeded'), DEFAULT_LIMITS)).toBeInstanceOf(UnreadableContent);
  });
});
