// Limits that keep one bad file from hanging or exhausting the process, and how they are worded.

export interface IngestLimits {
  /** Largest file read at all. The CLI's --max-file-size sets it (in MB of 1 000 000 bytes). */
  maxFileBytes: number;
  /** Largest total a DOCX (a ZIP archive) may declare it unpacks to. */
  maxUnpackedBytes: number;
  /** Longest time parsing one PDF or DOCX may take. */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: IngestLimits = Object.freeze({
  maxFileBytes: 200_000_000,
  maxUnpackedBytes: 500_000_000,
  timeoutMs: 120_000,
});

/** "512 byte", "12,5 kB", "200 MB", "1,1 GB": decimal units, as the --max-file-size flag counts. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} byte`;
  const units: Array<[number, string]> = [
    [1e9, 'GB'],
    [1e6, 'MB'],
    [1e3, 'kB'],
  ];
  const [size, unit] = units.find(([size]) => bytes >= size)!;
  return `${decimal(bytes / size)} ${unit}`;
}

/** "250 ms", "2 s", "1,5 s". */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${decimal(ms / 1000)} s`;
}

function decimal(value: number): string {
  return value.toFixed(1).replace(/\.0$/, '').replace('.', ',');
}

/**
 * Settles like `work`, or rejects with `onTimeout()` after `ms`. The work itself is not stopped
 * (callers release its resources), and a failure it reports after the timeout is swallowed so it
 * never surfaces as an unhandled rejection.
 */
export async function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  work.catch(() => undefined);
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
