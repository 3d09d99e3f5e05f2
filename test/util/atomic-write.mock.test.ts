// Writing a report when the disk fills, the folder is read-only or a signal comes mid-write: the
// temporary file never stays behind and the real error is the one reported. The kernel's errors
// are simulated at the fs boundary (tests run as root, and no test fills a disk).
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeDirectories, writeOutputFile } from '../../src/util/atomic-write.js';
import { writeOutput } from '../../src/cli/output.js';
import { makeTempDir } from '../helpers/temp.js';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, writeFile: vi.fn(actual.writeFile), rename: vi.fn(actual.rename) };
});
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, rmSync: vi.fn(actual.rmSync), mkdirSync: vi.fn(actual.mkdirSync) };
});

afterEach(() => vi.restoreAllMocks());

const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

/** A writeFile that writes half of the data and then fails with `code`, as a full disk does. */
function failHalfway(code: string) {
  vi.mocked(fsp.writeFile).mockImplementationOnce(async (file, data) => {
    fs.writeFileSync(file as string, String(data).slice(0, 10));
    throw errno(code);
  });
}

const temps = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('writeOutputFile', () => {
  it('a full disk: the error is ENOSPC, the temp file is gone and the old report is untouched', async () => {
    const dir = makeTempDir('mrkoll-write-');
    const out = path.join(dir, 'rapport.md');
    fs.writeFileSync(out, 'förra rapporten');
    failHalfway('ENOSPC');
    await expect(writeOutputFile(out, 'x'.repeat(100))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(temps(dir)).toEqual([]);
    expect(fs.readFileSync(out, 'utf8')).toBe('förra rapporten');
  });

  it('a cleanup that fails too (a read-only folder) does not hide the write’s own error', async () => {
    const dir = makeTempDir('mrkoll-write-');
    failHalfway('EIO');
    vi.mocked(fs.rmSync).mockImplementationOnce(() => {
      throw errno('EROFS');
    });
    await expect(writeOutputFile(path.join(dir, 'rapport.md'), 'data')).rejects.toMatchObject({ code: 'EIO' });
  });

  it('a rename that fails (permission denied) leaves no temp file', async () => {
    const dir = makeTempDir('mrkoll-write-');
    vi.mocked(fsp.rename).mockRejectedValueOnce(errno('EACCES'));
    await expect(writeOutputFile(path.join(dir, 'rapport.md'), 'data')).rejects.toMatchObject({ code: 'EACCES' });
    expect(temps(dir)).toEqual([]);
  });

  it('keeps the permissions of the report it replaces', async () => {
    const dir = makeTempDir('mrkoll-write-');
    const out = path.join(dir, 'rapport.md');
    fs.writeFileSync(out, 'gammal', { mode: 0o600 });
    fs.chmodSync(out, 0o600);
    await writeOutputFile(out, 'ny');
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(out, 'utf8')).toBe('ny');
  });
});

describe('makeDirectories', () => {
  it('makes the missing folders one by one and throws the first failure instead of looping', () => {
    const dir = makeTempDir('mrkoll-mkdir-');
    makeDirectories(path.join(dir, 'a', 'b', 'c'));
    expect(fs.statSync(path.join(dir, 'a', 'b', 'c')).isDirectory()).toBe(true);
    vi.mocked(fs.mkdirSync).mockClear();
    vi.mocked(fs.mkdirSync).mockImplementation(() => {
      throw errno('ENOENT');
    });
    expect(() => makeDirectories(path.join(dir, 'x', 'y'))).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    expect(vi.mocked(fs.mkdirSync)).toHaveBeenCalledTimes(1);
  });

  it('refuses a path through a file', () => {
    const dir = makeTempDir('mrkoll-mkdir-');
    fs.writeFileSync(path.join(dir, 'fil'), '');
    expect(() => makeDirectories(path.join(dir, 'fil', 'under'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
  });
});

describe('writeOutput', () => {
  /** Runs `fn` with stderr captured and process.exit recorded; resolves when exit is called or `fn` ends. */
  async function run(fn: () => Promise<void>): Promise<{ stderr: string; exit: number | null }> {
    let stderr = '';
    let exit: number | null = null;
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
    await new Promise<void>((resolve) => {
      vi.spyOn(process, 'exit').mockImplementation((code) => {
        exit = Number(code);
        resolve();
        return undefined as never;
      });
      fn().then(resolve, resolve);
    });
    vi.restoreAllMocks();
    return { stderr, exit };
  }

  it('a full disk: one line naming the file and the reason, exit 3', async () => {
    const dir = makeTempDir('mrkoll-write-');
    const out = path.join(dir, 'rapport.json');
    failHalfway('ENOSPC');
    const result = await run(() => writeOutput('{}', out, 'json'));
    expect(result.exit).toBe(3);
    // (process.exit is only recorded here, so the function goes on after it: the first line is what a user sees.)
    expect(result.stderr.split('\n')[0]).toBe(`mrkoll: ${out}: kan inte skrivas (disken är full, ENOSPC)`);
    expect(temps(dir)).toEqual([]);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s while the file is written: the temp file removed, one line, exit %i', async (signal, code) => {
    const dir = makeTempDir('mrkoll-write-');
    const out = path.join(dir, 'rapport.json');
    const listeners = process.listenerCount(signal);
    // A write that has begun and does not end, as a large report on a slow disk.
    vi.mocked(fsp.writeFile).mockImplementationOnce(async (file) => {
      fs.writeFileSync(file as string, 'början');
      setImmediate(() => process.emit(signal));
      return new Promise<void>(() => {});
    });
    const result = await run(() => writeOutput('{}', out, 'json'));
    expect(result.exit).toBe(code);
    expect(result.stderr).toBe('mrkoll: avbruten; utdatafilen skrevs inte\n');
    expect(temps(dir)).toEqual([]);
    expect(fs.existsSync(out)).toBe(false);
    // The handlers are the write's only: a signal afterwards is the process's own business.
    expect(process.listenerCount(signal)).toBe(listeners);
  });
});
