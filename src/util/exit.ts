// Exit codes shared by every command, so scripts can tell outcomes apart (README, "Slutstatus").
import { forTerminal } from './terminal.js';
import { forTerminalLines } from './terminal-lines.js';

export const EXIT = {
  /** Everything read and nothing to report at error level. */
  ok: 0,
  /** The run finished but found errors (review) or some input files failed (batch commands). */
  findings: 1,
  /** Nothing could be done: bad usage, no readable input, unreadable lexicons or rules. */
  fatal: 2,
  /** The work was done but the result could not be written (--out: read-only folder, full disk, a folder). */
  write: 3,
  /** A bug in mrkoll: an error nothing above expected. */
  internal: 4,
  /** Stopped by Ctrl-C (128 + SIGINT). */
  interrupted: 130,
  /** Stopped by SIGTERM (128 + SIGTERM). */
  terminated: 143,
} as const;

/**
 * Prints an error to stderr and exits with `code`. The message may quote file names and document
 * text, so its control characters are made visible; its own line breaks (a list of problems) stay.
 */
export function fail(message: string, code: number = EXIT.fatal): never {
  process.stderr.write(`mrkoll: ${forTerminalLines(message)}\n`);
  process.exit(code);
}

/** A one-line warning on stderr, control characters made visible. */
export function warn(message: string): void {
  process.stderr.write(`mrkoll: varning: ${forTerminal(message)}\n`);
}
