// One parsing job at a time on a worker thread of its own, with a deadline and a heap of its own.
// A parser in Node never yields while it works, so no timer on its own thread could stop it; on a
// worker it can be stopped: on timeout the thread is terminated and the next job gets a new one.
// A job that eats memory exhausts that thread's heap (resourceLimits), not the process's. The
// thread is kept between jobs (starting one and loading its parser costs more than most files
// take to parse) and unref'd while idle, so it never keeps the process alive.
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** Names of the errors a job rejects with when the thread, not the parser, failed. */
export const THREAD_ERRORS = { timeout: 'ParseTimeout', outOfMemory: 'ParseOutOfMemory', exit: 'ParseWorkerExit' } as const;

/** What the worker posts back: `{ id, result }` or `{ id, error: { name, message } }`. */
interface Reply {
  id: number;
  result?: unknown;
  error?: { name: string; message: string };
}

interface Job {
  id: number;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

/** A worker thread and the job it is working on. Events of a retired thread touch only its own job. */
interface Running {
  worker: Worker;
  job: Job | null;
}

export interface ParseThreadOptions {
  /** Starts the worker: a file URL, or source with `eval`. */
  start: (resourceLimits: ResourceLimits) => Worker;
  /** Heap of the thread, MB. */
  heapMb: number;
}

export class ParseThread {
  private active: Running | null = null;
  private nextId = 0;
  /** One job at a time, so a timeout stops only the job that caused it. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: ParseThreadOptions) {}

  /**
   * Posts `message` (with `id` added; `transfer` moved, not copied) and settles with the worker's
   * result, or rejects: with an Error named as the worker named it, or one of THREAD_ERRORS.
   */
  run<T>(message: Record<string, unknown>, timeoutMs: number, transfer: ArrayBuffer[] = []): Promise<T> {
    const job = this.queue.then(() => this.post(message, timeoutMs, transfer));
    this.queue = job.catch(() => undefined);
    return job as Promise<T>;
  }

  /** Stops the thread, if one is running; the next job starts a new one. */
  async stop(): Promise<void> {
    if (this.active) await this.terminate(this.active);
  }

  private post(message: Record<string, unknown>, timeoutMs: number, transfer: ArrayBuffer[]): Promise<unknown> {
    const running = this.active ?? this.startThread();
    let timer: NodeJS.Timeout | undefined;
    return new Promise<unknown>((resolve, reject) => {
      const job: Job = { id: ++this.nextId, resolve, reject };
      running.job = job;
      timer = setTimeout(() => {
        reject(named(THREAD_ERRORS.timeout, `no result in ${timeoutMs} ms`));
        void this.terminate(running);
      }, timeoutMs);
      running.worker.ref();
      running.worker.postMessage({ ...message, id: job.id }, transfer);
    }).finally(() => {
      clearTimeout(timer);
      running.job = null;
      running.worker.unref();
    });
  }

  private startThread(): Running {
    const worker = this.options.start({ maxOldGenerationSizeMb: this.options.heapMb });
    const running: Running = { worker, job: null };
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const job = running.job;
      if (!job || reply.id !== job.id) return;
      if (reply.error) job.reject(named(reply.error.name, reply.error.message));
      else job.resolve(reply.result);
    });
    worker.on('error', (error: NodeJS.ErrnoException) => {
      this.retire(running);
      running.job?.reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? named(THREAD_ERRORS.outOfMemory, error.message) : error);
    });
    worker.on('exit', () => {
      this.retire(running);
      running.job?.reject(named(THREAD_ERRORS.exit, 'the parsing thread stopped'));
    });
    this.active = running;
    return running;
  }

  private retire(running: Running): void {
    if (this.active === running) this.active = null;
  }

  private async terminate(running: Running): Promise<void> {
    this.retire(running);
    await running.worker.terminate();
  }
}

export function named(name: string, message: string): Error {
  return Object.assign(new Error(message), { name });
}
