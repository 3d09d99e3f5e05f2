// The one output path every command takes: the format from --format, else from --out's extension,
// else the command's default; rendering by the command's table; writing to stdout or a file; and
// the one colour decision.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { chooseOutput, resolveFormat, useColor, writeOutput } from '../../src/cli/output.js';

const dir = mkdtempSync(path.join(tmpdir(), 'mrkoll-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** Runs `fn` with stdout and stderr captured and process.exit turned into a throw. */
function captured(fn: () => void): { stdout: string; stderr: string; exit: number | null } {
  let stdout = '';
  let stderr = '';
  let exit: number | null = null;
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  vi.spyOn(process, 'exit').mockImplementation((code) => {
    throw new Error(`exit ${code}`);
  });
  try {
    fn();
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
    [{ out: 'data.csv' }, ALL, 'text', 'csv'],
    [{ out: 'data.json' }, ALL, 'text', 'json'],
    [{ out: 'utan-ändelse' }, ALL, 'text', 'text'],
    [{ out: 'okänd.xyz' }, ALL, 'text', 'text'],
    [{ format: 'csv', out: 'rapport.html' }, ALL, 'text', 'csv'],
    // .txt is the command's terminal format: text, or stylish for review
    [{ out: 'rapport.txt' }, ALL, 'text', 'text'],
    [{ out: 'granskning.txt' }, REVIEW, 'stylish', 'stylish'],
    [{ out: 'granskning.sarif' }, REVIEW, 'stylish', 'sarif'],
  ] as const)('%o of %o (default %s) → %s', (flags, allowed, fallback, expected) => {
    expect(resolveFormat(flags, allowed, fallback)).toBe(expected);
  });

  it('ends the run (exit 2) on a format the command does not render, naming the choices', () => {
    const flag = captured(() => resolveFormat({ format: 'xml' }, ['text', 'json'], 'text'));
    expect(flag.exit).toBe(2);
    expect(flag.stderr).toBe('mrkoll: okänt format "xml" (välj text, json)\n');
    const byExtension = captured(() => resolveFormat({ out: 'rapport.html' }, ['text', 'json'], 'text'));
    expect(byExtension.exit).toBe(2);
    expect(byExtension.stderr).toContain('okänt format "html"');
  });
});

describe('chooseOutput', () => {
  const renderers = {
    text: (n: number) => `talet ${n}`,
    json: (n: number) => JSON.stringify({ n }),
  };

  it('resolves the format from the renderer table before any work, then renders and writes to stdout with a final newline', () => {
    const output = chooseOutput({ format: 'json' }, renderers, 'text');
    expect(output.format).toBe('json');
    expect(captured(() => output.emit(7)).stdout).toBe('{"n":7}\n');
    expect(captured(() => chooseOutput({}, renderers, 'text').emit(7)).stdout).toBe('talet 7\n');
  });

  it('checks the format against the table', () => {
    expect(captured(() => chooseOutput({ format: 'csv' }, renderers, 'text')).exit).toBe(2);
  });

  it('writes --out as a file, says so on stderr and leaves stdout alone', () => {
    const out = path.join(dir, 'ut', 'tal.json');
    const run = captured(() => chooseOutput({ out }, renderers, 'text').emit(3));
    expect(readFileSync(out, 'utf8')).toBe('{"n":3}\n');
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`mrkoll: skrev ${out}\n`);
  });

  it('does not add a second newline', () => {
    expect(captured(() => writeOutput('rad\n', undefined)).stdout).toBe('rad\n');
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
