// Exit codes shared by every command, so scripts can tell outcomes apart.
export const EXIT = {
  /** Everything read and nothing to report at error level. */
  ok: 0,
  /** The run finished but found errors (review) or some input files failed (batch commands). */
  findings: 1,
  /** Nothing could be done: bad usage, no readable input, unreadable lexicons or rules. */
  fatal: 2,
} as const;

/** Prints a one-line error to stderr and exits with `code`. */
export function fail(message: string, code: number = EXIT.fatal): never {
  process.stderr.write(`mrkoll: ${message}\n`);
  process.exit(code);
}
