// One Swedish line for a file whose parsing failed other than by UnreadableContent: the parse
// thread ran out of time or memory or stopped, or the parser threw something nobody anticipated.
import { UnreadableContent, firstLine } from './errors.js';
import { formatDuration, type IngestLimits } from './limits.js';
import { THREAD_ERRORS } from './parse-thread.js';
import type { SourceFormat } from '../types.js';

/** The reason for an error a parse thread rejected with (UnreadableContent from the worker included). */
export function threadFailure(format: SourceFormat, error: unknown, limits: IngestLimits): UnreadableContent {
  const what = `${format.toUpperCase()}-filen`;
  switch ((error as Error)?.name) {
    case 'UnreadableContent':
      return new UnreadableContent((error as Error).message);
    case THREAD_ERRORS.timeout:
      return new UnreadableContent(`tidsgränsen överskreds: ${what} tog mer än ${formatDuration(limits.timeoutMs)} att läsa`);
    case THREAD_ERRORS.outOfMemory:
      return new UnreadableContent(`${what} är för stor att tolka inom minnesgränsen (${limits.parseHeapMb} MB)`);
    case THREAD_ERRORS.exit:
      return new UnreadableContent(`${what} går inte att läsa (tolkningen avbröts)`);
    default:
      return new UnreadableContent(unexpectedFailure(format, error));
  }
}

/** "MD-filen är för djupt nästlad…" for a stack overflow; else the error's first line, named as unexpected. */
export function unexpectedFailure(format: SourceFormat, error: unknown): string {
  const what = `${format.toUpperCase()}-filen`;
  const message = firstLine(error);
  // V8's words, on a parser's own thread or this one: a parser recursing once per nesting level.
  if (/call stack size/i.test(message)) return `${what} är för djupt nästlad för att läsas`;
  return `${what} går inte att läsa (${message})`;
}
