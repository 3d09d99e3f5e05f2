// The two ways reading a file fails. Format readers do not know the file's path, so they throw
// UnreadableContent; `ingestFile` turns it into an InputError that names the path.

/** A file that cannot be read, with one line of Swedish saying why. Never carries a stack to the user. */
export class InputError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'InputError';
  }
}

/** The bytes were read but are not a usable document of their format: `reason` is the Swedish line. */
export class UnreadableContent extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'UnreadableContent';
  }
}

/** The first line of whatever was thrown, for the rare error nobody anticipated. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].trim() || 'okänt fel';
}

/** What a batch reports for a file that failed: the InputError's reason, else one line of the unexpected error. */
export function failureReason(error: unknown): string {
  if (error instanceof InputError) return error.reason;
  return `oväntat fel: ${firstLine(error)}`;
}
