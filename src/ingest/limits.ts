// Limits that keep one bad file from hanging or exhausting the process, and how they are worded.
// Every number of the policy is here (README, "Gränser"): a file over one fails alone, with one
// Swedish line, and the rest of the batch is read.

export interface IngestLimits {
  /** Largest file read at all. The CLI's --max-file-size sets it (in MB of 1 000 000 bytes). */
  maxFileBytes: number;
  /** Largest total a DOCX (a ZIP archive) may declare it unpacks to. */
  maxUnpackedBytes: number;
  /** Longest time parsing one file may take, whatever its format. */
  timeoutMs: number;
  /** Heap of the thread a file is parsed on, MB. */
  parseHeapMb: number;
}

/**
 * The defaults. `parseHeapMb`: the heap of the thread that parses one file (pdf.js for a PDF,
 * mammoth for a DOCX, micromark or htmlparser2 for Markdown and HTML), generous for a 200 MB PDF
 * but a bound: a file that needs more fails alone, and the process and the other files are not
 * touched.
 */
export const DEFAULT_LIMITS: IngestLimits = Object.freeze({
  maxFileBytes: 200_000_000,
  maxUnpackedBytes: 500_000_000,
  timeoutMs: 120_000,
  parseHeapMb: 2048,
});

/**
 * Heap of a thread that reads files for a large input (src/corpus/pool), MB: one file at a time is
 * parsed (on its parse thread), normalized, segmented and tagged there. A 100 MB text needs
 * about 1.3 GB; a file that needs more than this fails alone.
 */
export const READ_HEAP_MB = 3072;

/**
 * Longest time a pool thread may spend on one file end to end (parse, normalize, segment, tag):
 * twice the parse limit, since the later stages are linear in the text and take about as long
 * as parsing it (docs/performance.md).
 */
export function fileTimeoutMs(limits: IngestLimits): number {
  return 2 * limits.timeoutMs;
}

/**
 * Text, HTML and DOCX files up to this size (a DOCX: unpacked) are parsed on the thread that
 * reads them, larger ones on a parse thread with the heap and time limits above: small files
 * parse in milliseconds, and a thread costs its start once (20–70 ms with the parser's modules)
 * and then about 15 ms per MB of result cloned back (measured on 1 kB–1 MB of HTML, Markdown and
 * text), which a run of small files or `mrkoll review` of one memo need not pay. Their parsers are
 * linear (HTML's nesting is capped below), so a small file cannot take long. PDF and Markdown
 * always go to a parse thread: pdf.js can spend long on a few kB, and micromark is quadratic in
 * nested block quotes and unclosed links (measured: 4 kB of "> " took 1 s, 32 kB of "[a](" 2 s).
 */
export const IN_THREAD_MAX_BYTES = 1_000_000;

/** Deepest nesting of HTML elements (also in Markdown and in a DOCX's HTML) read at all. */
export const MAX_HTML_DEPTH = 5_000;

/**
 * Longest passage, in characters. Real paragraphs stay under a few thousand (the bundled corpora:
 * 2 082); a longer block (a file of one line, a table flattened into one cell) is cut into
 * passages at sentence ends, else at spaces, so that no later stage ever sees more at once.
 */
export const MAX_PASSAGE_CHARS = 10_000;

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
