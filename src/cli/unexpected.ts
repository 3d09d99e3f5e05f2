// What the command line does with what no command handles: an error nothing caught (a bug) becomes
// one Swedish line and exit 4, never a stack trace unless MRKOLL_DEBUG asks for it; a closed pipe
// on stdout (`mrkoll … | head`) ends the run quietly.
import { EXIT } from '../util/exit.js';
import { forTerminal } from '../util/terminal.js';
import { debugEnabled } from '../cache/debug.js';

/** V8's and Node's own words for running out of a resource, in Swedish. */
const RESOURCE_ERRORS: Array<[RegExp, string]> = [
  [/Maximum call stack size exceeded/, 'stacken tog slut (för djup nästling)'],
  [/Invalid string length|Cannot create a string longer than/, 'en text blev längre än JavaScript kan hålla'],
  [/Array buffer allocation failed|Invalid array length|out of memory|ERR_WORKER_OUT_OF_MEMORY/i, 'minnet tog slut'],
];

/** One line that says what went wrong, in Swedish where the wording is known. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const known = RESOURCE_ERRORS.find(([pattern]) => pattern.test(message));
  if (known) return known[1];
  const code = (error as NodeJS.ErrnoException)?.code;
  const firstLine = message.split('\n')[0].trim() || (error instanceof Error ? error.name : 'okänt fel');
  return code && !firstLine.includes(code) ? `${firstLine} (${code})` : firstLine;
}

/** Why a file (or stdout) could not be written, in Swedish: the system's error code named. */
const IO_REASONS: Record<string, string> = {
  EACCES: 'åtkomst nekad',
  EPERM: 'åtkomst nekad',
  EROFS: 'filsystemet är skrivskyddat',
  ENOSPC: 'disken är full',
  EDQUOT: 'diskkvoten är slut',
  EFBIG: 'filen blir för stor',
  EISDIR: 'det är en katalog',
  ENOTDIR: 'en del av sökvägen är inte en katalog',

  ELOOP: 'för många symboliska länkar',
  ENAMETOOLONG: 'namnet är för långt',
  ENXIO: 'ingen läser i andra änden',
  EIO: 'in- eller utmatningsfel',
  EBUSY: 'filen är upptagen',
  ETXTBSY: 'filen är upptagen',
};

/** Why `error` kept a file from being read or written, in Swedish, with the system's code. */
export function ioReason(error: unknown, doing: 'read' | 'write' = 'write'): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  const reason = code === 'ENOENT' ? (doing === 'read' ? 'finns inte' : 'katalogen finns inte och kan inte skapas') : code && IO_REASONS[code];
  return reason ? `${reason}, ${code}` : describeError(error);
}

/** An error nothing expected: one line (the stack only with MRKOLL_DEBUG=stack), exit 4. */
export function reportInternalError(error: unknown): never {
  const where = 'rapportera det med kommandoraden du körde (se docs/security.md); MRKOLL_DEBUG=stack visar var det uppstod';
  try {
    process.stderr.write(`mrkoll: internt fel: ${forTerminal(describeError(error))}. ${where}\n`);
    if (debugEnabled('stack') && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  } catch {
    // stderr itself is gone: the exit code is all that is left to say it.
  }
  process.exit(EXIT.internal);
}

/**
 * Routes every uncaught error and rejection to `reportInternalError`, and stops quietly when the
 * reader of stdout goes away (EPIPE): the run's exit code as it stands, no stack, nothing more
 * written. A broken stderr is ignored: there is nowhere left to report to.
 */
export function installProcessHandlers(): void {
  process.on('uncaughtException', reportInternalError);
  process.on('unhandledRejection', reportInternalError);
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    try {
      process.stderr.write(`mrkoll: standard ut kan inte skrivas (${ioReason(error)})\n`);
    } finally {
      process.exit(EXIT.write);
    }
  });
  process.stderr.on('error', () => {});
}
