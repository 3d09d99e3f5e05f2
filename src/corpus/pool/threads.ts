// How many threads read a run's files: enough input to earn each worker's start-up, and no more
// workers than the machine has cores that nothing else is using.
import { availableParallelism, loadavg } from 'node:os';

/**
 * Input each worker must have to earn its start-up: about a second of CPU before its first file
 * (modules, the compiled context, a cold JIT), which 1 MB of text does not earn back (measured:
 * 1.4 s alone, 1.8 s with two workers) and 10 MB does on free cores (9.3 → 7.3 s).
 */
export const BYTES_PER_WORKER = 4_000_000;

export interface Machine {
  /** `os.availableParallelism()`. */
  cores: number;
  /** `os.loadavg()[0]`: runnable processes over the last minute, this one not yet among them. */
  load: number;
}

export function thisMachine(): Machine {
  return { cores: availableParallelism(), load: loadavg()[0] };
}

/**
 * Workers for `bytes` of input in `files` files: one per `BYTES_PER_WORKER`, at most one per free
 * core, at most one per file, and 1 (this thread) when that is all there is. A core counts as
 * taken when the load average says something else runs on it: on a busy two-core machine the pool
 * was slower than one thread (10 MB: 13.6 s against 11.5 s) and cost a second of CPU per worker.
 */
export function chooseThreads(bytes: number, files: number, machine: Machine): number {
  const free = Math.max(1, machine.cores - Math.round(machine.load));
  const earned = Math.max(1, Math.floor(bytes / BYTES_PER_WORKER));
  return Math.max(1, Math.min(free, earned, files));
}
