// Synchronous work with a deadline. A regular expression that backtracks catastrophically cannot be
// interrupted from JavaScript, and moving it to a worker would mean sending the document and the
// review context there; node:vm's `timeout` stops it where it runs: a watchdog thread terminates
// the script after `ms` (V8 checks for termination inside its regex engine too) and the caller gets
// null instead of a hang. The work itself may be any function of this realm. A call costs about
// 0.1 ms (the watchdog thread).
import vm from 'node:vm';

const idle = (): unknown => undefined;
const context = vm.createContext({ work: idle });
const script = new vm.Script('work()', { filename: 'mrkoll-time-budget' });

/** `work()`'s value, or null when it ran past `ms` milliseconds and was stopped. */
export function runWithin<T>(ms: number, work: () => T): { value: T } | null {
  (context as { work: () => unknown }).work = work;
  try {
    return { value: script.runInContext(context, { timeout: Math.max(1, Math.round(ms)) }) as T };
  } catch (error) {
    if ((error as NodeJS.ErrnoException | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return null;
    throw error;
  } finally {
    (context as { work: () => unknown }).work = idle;
  }
}
