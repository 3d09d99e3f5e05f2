// The one output path every command takes: the format from --format, else from --out's extension,
// else the command's default; rendering by the command's table; writing to stdout or a file; and
// the one colour decision.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { chooseOutput, resolveFormat, useColor, writeOutput } from '../../src/cli/output.js';
import { packageVersion } from '../../src/paths.js';

const dir = mkdtempSync(path.join(tmpdir(), 'mrkoll-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** Runs `fn` (and waits for it) with stdout and stderr captured and process.exit turned into a throw. */
async function captured(fn: () => unknown): Promise<{ stdout: string; stderr: string; exit: number | null }> {
  let stdout = '';
  let stderr = '';
  let exit: number | null = null;
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  vi.spyOn(process, 'exit').mockImplementation((code) => {
    throw new Error(`exit ${code}`);
  });
  try {
    await fn();
  } catch (error) {
    const code = /^exit (\d+)$/.exec((error as Error).message);
    if (!code) throw error;
    exit = Number(code[1]);
  }
  vi.restoreAllMocks();
  return { stdout, stderr, exit };
}

const ALL = ['text', 'md', 'html', 'json', 'csv'] as const;
const REVIEW = ['stylish', 'json', 'sarif', 'md'] as const;

describe('resolveFormat', () => {
  it.each([
    // flags, allowed, default → chosen
    [{}, ALL, 'text', 'text'],
    [{ format: 'json' }, ALL, 'text', 'json'],
    [{ out: 'rapport.html' }, ALL, 'text', 'html'],
    [{ out: 'rapport.HTM' }, ALL, 'text', 'html'],
    [{ out: 'rapport.md' }, ALL, 'text', 'md'],
    [{ out: 'rapport.markdown' }, ALL, 'text', 'md'],
    [{ out: 'data.csv' }, ALL, 'text', 'csv'],
    [{ out: 'data.json' }, ALL, 'text', 'json'],
    [{ out: 'utan-ändelse' }, ALL, 'text', 'text'],
    [{ out: '/dev/stdout' }, ALL, 'text', 'text'],
    [{ format: 'csv', out: 'rapport.html' }, ALL, 'text', 'csv'],
    // .txt is the command's terminal format: text, or stylish for review
    [{ out: 'rapport.txt' }, ALL, 'text', 'text'],
    [{ out: 'granskning.txt' }, REVIEW, 'stylish', 'stylish'],
    [{ out: 'granskning.sarif' }, REVIEW, 'stylish', 'sarif'],
  ] as const)('%o of %o (default %s) → %s', (flags, allowed, fallback, expected) => {
    expect(resolveFormat(flags, allowed, fallback)).toBe(expected);
  });

  it('ends the run (exit 2) on a format the command does not render, naming the choices', async () => {
    const flag = await captured(() => resolveFormat({ format: 'xml' }, ['text', 'json'], 'text'));
    expect(flag.exit).toBe(2);
    expect(flag.stderr).toBe('mrkoll: okänt format "xml" (välj text, json)\n');
  });

  it.each([
    // out, allowed, --format: an extension no format of the command writes
    ['rapport.docx', ALL, undefined],
    ['okänd.xyz', ALL, undefined],
    ['lexikon.yaml', ALL, 'text'],
    ['rapport.html', ['text', 'json'], undefined],
    ['rapport.html', ['text', 'json'], 'json'],
  ] as const)('refuses --out %s when the command writes %o (--format %s): one line, exit 2, nothing written', async (out, allowed, format) => {
    const run = await captured(() => resolveFormat({ out, format }, allowed, 'text'));
    expect(run.exit).toBe(2);
    const extension = path.extname(out);
    expect(run.stderr).toMatch(new RegExp(`^mrkoll: --out ${out}: kommandot skriver inga \\${extension}-filer \\(välj \\.txt, .*\\)\\n$`));
  });
});

describe('chooseOutput', () => {
  const renderers = {
    text: (n: number) => `talet ${n}`,
    json: (n: number) => JSON.stringify({ n }),
  };

  it('resolves the format from the renderer table before any work, then renders and writes to stdout with a final newline', async () => {
    const output = chooseOutput({ format: 'json' }, renderers, 'text');
    expect(output.format).toBe('json');
    expect((await captured(() => output.emit(7))).stdout).toBe('{"n":7}\n');
    // A text report gets a marker line when stdout is a file (as under some test runners): the end is the report.
    expect((await captured(() => chooseOutput({}, renderers, 'text').emit(7))).stdout).toMatch(/(^|\n)talet 7\n$/);
  });

  it('checks the format against the table', async () => {
    expect((await captured(() => chooseOutput({ format: 'csv' }, renderers, 'text'))).exit).toBe(2);
  });

  it('writes --out as a file, says so on stderr and leaves stdout alone', async () => {
    const out = path.join(dir, 'ut', 'tal.json');
    const run = await captured(() => chooseOutput({ out }, renderers, 'text').emit(3));
    expect(readFileSync(out, 'utf8')).toBe('{"n":3}\n');
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`mrkoll: skrev ${out}\n`);
  });

  it('marks a text or Markdown report written to a file as mrkoll’s, and not JSON', async () => {
    const text = path.join(dir, 'tal.txt');
    await captured(() => chooseOutput({ out: text }, renderers, 'text').emit(3));
    expect(readFileSync(text, 'utf8')).toBe(`Skapad av mrkoll ${packageVersion()}\n\ntalet 3\n`);
    const md = path.join(dir, 'tal.md');
    await captured(() => writeOutput('# Rubrik', md, 'md'));
    expect(readFileSync(md, 'utf8')).toBe(`<!-- Skapad av mrkoll ${packageVersion()} -->\n\n# Rubrik\n`);
  });

  it('does not add a second newline', async () => {
    expect((await captured(() => writeOutput('rad\n', undefined, 'json'))).stdout).toBe('rad\n');
  });

  it('shows a document’s control characters in a terminal report, and keeps its own colours', async () => {
    const report = '\u001b[1mrubrik\u001b[22m fil\u001b]0;titel\u0007.txt\n\tindrag\n';
    const shown = (await captured(() => writeOutput(report, undefined, 'stylish'))).stdout;
    expect(shown).toContain('\u001b[1mrubrik\u001b[22m fil\\x1b]0;titel\\x07.txt\n\tindrag\n');
    expect((await captured(() => writeOutput(report, undefined, 'json'))).stdout).toContain(report);
  });
});

describe('useColor', () => {
  const tty = { isTTY: true };
  it.each([
    // out, stream, NO_COLOR → colour
    [undefined, tty, undefined, true],
    [undefined, tty, '', true],
    [undefined, tty, '1', false],
    [undefined, { isTTY: false }, undefined, false],
    [undefined, {}, undefined, false],
    ['rapport.txt', tty, undefined, false],
  ] as const)('out %s, stream %o, NO_COLOR %s → %s', (out, stream, noColor, expected) => {
    const env = noColor === undefined ? {} : { NO_COLOR: noColor };
    expect(useColor({ out }, stream, env)).toBe(expected);
  });
});
