// How every command writes its result: a table of renderers by format, the format chosen by
// --format, else by the --out file's extension, else the command's default; the text written
// atomically to --out, else to stdout. And whether the terminal gets colour.
import { fstatSync } from 'node:fs';
import path from 'node:path';
import { openOutputStream, removeTempFiles, writeOutputFile, writeTarget, type OutputStream } from '../util/atomic-write.js';
import { EXIT, fail } from '../util/exit.js';
import { forTerminal } from '../util/terminal.js';
import { forTerminalLines } from '../util/terminal-lines.js';
import { keepOwnStyles } from '../report/format/ansi.js';
import { markReport } from '../report/format/signature.js';
import { packageVersion } from '../paths.js';
import { ioReason } from './unexpected.js';

export interface OutputFlags {
  format?: string;
  out?: string;
}

/** Format → the function that renders a command's result in it. */
export type Renderers<F extends string, D> = Readonly<Record<F, (data: D) => string>>;

export interface Output<F extends string, D> {
  readonly format: F;
  /** Renders `data` in the chosen format and writes it. */
  emit(data: D): Promise<void>;
}

/** The format an --out file's extension names; `.txt` names the command's terminal format (its default). */
const BY_EXTENSION: Record<string, string> = {
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.csv': 'csv',
  '.sarif': 'sarif',
  '.yaml': 'yaml',
  '.yml': 'yaml',
};

/** The formats read as plain text in a terminal: their control characters are made visible on the way out. */
const TERMINAL_FORMATS = new Set(['text', 'stylish']);

/**
 * The output a command's flags ask for, checked before any work: an unknown format, or an --out
 * file whose extension the command writes no format for (`rapport.docx`), ends the run (exit 2).
 * The renderers' order is the order --help lists the formats in.
 */
export function chooseOutput<F extends string, D>(flags: OutputFlags, renderers: Renderers<F, D>, fallback: NoInfer<F>): Output<F, D> {
  const format = resolveFormat(flags, Object.keys(renderers) as F[], fallback);
  return { format, emit: (data) => writeOutput(renderers[format](data), flags.out, format) };
}

/** The format named by --format, else by the --out file's extension, else `fallback`. */
export function resolveFormat<F extends string>(flags: OutputFlags, allowed: readonly F[], fallback: F): F {
  const extension = flags.out ? path.extname(flags.out).toLowerCase() : '';
  const byExtension = extension === '.txt' ? fallback : BY_EXTENSION[extension];
  if (extension && (!byExtension || !(allowed as readonly string[]).includes(byExtension))) refuseExtension(flags.out!, extension, allowed);
  const chosen = flags.format ?? byExtension ?? fallback;
  if (!(allowed as readonly string[]).includes(chosen)) fail(`okänt format "${chosen}" (välj ${allowed.join(', ')})`);
  return chosen as F;
}

/** An --out file that would hold a format its extension does not name: a report in a .docx, say. */
function refuseExtension(out: string, extension: string, allowed: readonly string[]): never {
  const extensions = ['.txt', ...Object.keys(BY_EXTENSION).filter((e) => allowed.includes(BY_EXTENSION[e]))];
  return fail(`--out ${out}: kommandot skriver inga ${extension}-filer (välj ${extensions.join(', ')} eller ingen filändelse)`);
}

/**
 * Writes to `out` atomically (and says so on stderr), or to stdout; the text ends with a newline.
 * A report bound for a regular file is marked as mrkoll's (report/format/signature.ts), so a later
 * run does not read it as a document. A failed write is one line and exit 3; a signal while the
 * file is written removes the temporary file (exit 130 or 143).
 */
export async function writeOutput(content: string, out: string | undefined, format = 'text'): Promise<void> {
  const text = content.endsWith('\n') ? content : `${content}\n`;
  const shown = TERMINAL_FORMATS.has(format) ? keepOwnStyles(text, (plain) => forTerminalLines(plain)) : text;
  if (!out) {
    process.stdout.write(stdoutIsFile() ? markReport(format, shown, packageVersion()) : shown);
    return;
  }
  try {
    const marked = writeTarget(out).inPlace ? shown : markReport(format, shown, packageVersion());
    await removingTempFileOnSignal(() => writeOutputFile(out, marked));
  } catch (error) {
    // `--out /dev/stdout | head`: the reader has gone, as with stdout itself (unexpected.ts).
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    fail(`${out}: kan inte skrivas (${ioReason(error)})`, EXIT.write);
  }
  process.stderr.write(`mrkoll: skrev ${forTerminal(out)}\n`);
}

/**
 * `writeOutput` for a result made piece by piece (`tag --format jsonl` and `json`): each piece goes
 * out as it is made, to `out` (atomically) or to stdout, so that no one string holds all of it.
 * `produce` writes the pieces and says whether the result is worth keeping: when it is not (no
 * document could be read), `out` is left as it was. Only for formats without a report marker.
 */
export async function streamOutput(out: string | undefined, produce: (write: (text: string) => void) => Promise<boolean>): Promise<boolean> {
  if (!out) return produce((text) => process.stdout.write(text));
  let stream: OutputStream | null = null;
  const failed = (error: unknown): never => {
    stream?.abort();
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    return fail(`${out}: kan inte skrivas (${ioReason(error)})`, EXIT.write);
  };
  try {
    stream = openOutputStream(out);
  } catch (error) {
    failed(error);
  }
  let keep = false;
  await removingTempFileOnSignal(async () => {
    let writeError: unknown = null;
    keep = await produce((text) => {
      if (writeError !== null) return;
      try {
        stream!.write(text);
      } catch (error) {
        writeError = error;
      }
    });
    if (writeError !== null) failed(writeError);
    if (!keep) return stream!.abort();
    await stream!.commit().catch(failed);
  });
  if (keep) process.stderr.write(`mrkoll: skrev ${forTerminal(out)}\n`);
  return keep;
}

/** Standard out redirected to a file (`> rapport.txt`): a report is bound for a file there too. */
function stdoutIsFile(): boolean {
  try {
    return fstatSync(1).isFile();
  } catch {
    return false;
  }
}

const SIGNAL_EXIT: Record<'SIGINT' | 'SIGTERM', number> = { SIGINT: EXIT.interrupted, SIGTERM: EXIT.terminated };

/** Runs `write` with SIGINT and SIGTERM handled: the temporary file removed, one line, exit 130 or 143. */
async function removingTempFileOnSignal(write: () => Promise<void>): Promise<void> {
  const signals = Object.keys(SIGNAL_EXIT) as Array<keyof typeof SIGNAL_EXIT>;
  const handlers = signals.map((signal) => () => {
    uninstall();
    removeTempFiles();
    process.stderr.write('mrkoll: avbruten; utdatafilen skrevs inte\n');
    process.exit(SIGNAL_EXIT[signal]);
  });
  const uninstall = () => signals.forEach((signal, i) => process.off(signal, handlers[i]));
  signals.forEach((signal, i) => process.on(signal, handlers[i]));
  try {
    await write();
  } finally {
    uninstall();
  }
}

/** Colour only for a terminal: not into an --out file, not into a pipe, never with NO_COLOR set (no-color.org). */
export function useColor(flags: Pick<OutputFlags, 'out'>, stream: { isTTY?: boolean } = process.stdout, env: NodeJS.ProcessEnv = process.env): boolean {
  return !flags.out && Boolean(stream.isTTY) && !env.NO_COLOR;
}
