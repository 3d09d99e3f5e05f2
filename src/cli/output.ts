// How every command writes its result: a table of renderers by format, the format chosen by
// --format, else by the --out file's extension, else the command's default; the text written
// atomically to --out, else to stdout. And whether the terminal gets colour.
import path from 'node:path';
import { writeFileAtomic } from '../util/atomic-write.js';
import { fail } from '../util/exit.js';

export interface OutputFlags {
  format?: string;
  out?: string;
}

/** Format → the function that renders a command's result in it. */
export type Renderers<F extends string, D> = Readonly<Record<F, (data: D) => string>>;

export interface Output<F extends string, D> {
  readonly format: F;
  /** Renders `data` in the chosen format and writes it. */
  emit(data: D): void;
}

/** The format an --out file's extension names; `.txt` names the command's terminal format (its default). */
const BY_EXTENSION: Record<string, string> = {
  '.json': 'json',
  '.md': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.csv': 'csv',
  '.sarif': 'sarif',
};

/**
 * The output a command's flags ask for, checked before any work: an unknown format ends the run
 * (exit 2). The renderers' order is the order --help lists the formats in.
 */
export function chooseOutput<F extends string, D>(flags: OutputFlags, renderers: Renderers<F, D>, fallback: NoInfer<F>): Output<F, D> {
  const format = resolveFormat(flags, Object.keys(renderers) as F[], fallback);
  return { format, emit: (data) => writeOutput(renderers[format](data), flags.out) };
}

/** The format named by --format, else by the --out file's extension, else `fallback`. */
export function resolveFormat<F extends string>(flags: OutputFlags, allowed: readonly F[], fallback: F): F {
  const extension = flags.out ? path.extname(flags.out).toLowerCase() : '';
  const byExtension = extension === '.txt' ? fallback : BY_EXTENSION[extension];
  const chosen = flags.format ?? byExtension ?? fallback;
  if (!(allowed as readonly string[]).includes(chosen)) fail(`okänt format "${chosen}" (välj ${allowed.join(', ')})`);
  return chosen as F;
}

/** Writes to `out` atomically (and says so on stderr), or to stdout; the text ends with a newline. */
export function writeOutput(content: string, out: string | undefined): void {
  const text = content.endsWith('\n') ? content : `${content}\n`;
  if (out) {
    writeFileAtomic(out, text);
    process.stderr.write(`mrkoll: skrev ${out}\n`);
  } else {
    process.stdout.write(text);
  }
}

/** Colour only for a terminal: not into an --out file, not into a pipe, never with NO_COLOR set (no-color.org). */
export function useColor(flags: Pick<OutputFlags, 'out'>, stream: { isTTY?: boolean } = process.stdout, env: NodeJS.ProcessEnv = process.env): boolean {
  return !flags.out && Boolean(stream.isTTY) && !env.NO_COLOR;
}
