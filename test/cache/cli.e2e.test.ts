// End to end: the built binary caches extraction on disk. A second run over an unchanged corpus
// parses nothing (MRKOLL_DEBUG=cache says "träff" for every file), gives the same output, and a
// run killed half-way leaves a cache that the next run can use or repair.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/cli.js';

const FIXTURES = path.join(ROOT, 'corpora/fixtures');
const FILES = readdirSync(FIXTURES).filter((f) => /\.(pdf|docx)$/.test(f));
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'mrkoll-cache-cli-'));
}, 180_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const debugLines = (stderr: string, word: string) => stderr.split('\n').filter((l) => l.startsWith(`cache: ${word} `));

describe('mrkoll with the extraction cache (built binary)', () => {
  test('the second run over the PDF and DOCX fixtures skips parsing', () => {
    const env = { XDG_CACHE_HOME: path.join(tmp, 'xdg'), MRKOLL_DEBUG: 'cache' };
    const first = runCli(['extract', FIXTURES, '--format', 'json'], { env });
    const second = runCli(['extract', FIXTURES, '--format', 'json'], { env });
    expect(first.status).toBe(0);
    expect(debugLines(first.stderr, 'miss')).toHaveLength(FILES.length);
    expect(debugLines(second.stderr, 'träff')).toHaveLength(FILES.length);
    expect(debugLines(second.stderr, 'miss')).toEqual([]);
    expect(second.stdout).toBe(first.stdout);
  });

  test('--cache-dir puts the cache where asked, --no-cache uses none', () => {
    const cacheDir = path.join(tmp, 'egen');
    const withCache = runCli(['extract', FIXTURES, '--cache-dir', cacheDir, '--format', 'json'], { env: { MRKOLL_DEBUG: 'cache' } });
    expect(debugLines(withCache.stderr, 'sparad').length).toBe(FILES.length);
    expect(readdirSync(cacheDir)).toEqual(['v1']);
    const without = runCli(['extract', FIXTURES, '--cache-dir', cacheDir, '--no-cache', '--format', 'json'], { env: { MRKOLL_DEBUG: 'cache' } });
    expect(without.stderr).not.toMatch(/^cache:/m);
    expect(without.stdout).toBe(withCache.stdout);
  });

  test('a run killed half-way leaves only whole entries, and the next run uses them and finishes the rest', async () => {
    const cacheDir = path.join(tmp, 'avbruten');
    const child = spawn(process.execPath, [BIN, 'extract', FIXTURES, '--cache-dir', cacheDir, '--format', 'json'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, MRKOLL_DEBUG: 'cache' },
    });
    // Killed right after the first entry is stored, while the next file is being parsed.
    child.stderr.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('cache: sparad')) child.kill('SIGKILL');
    });
    await new Promise((resolve) => child.on('exit', resolve));
    const entries = readdirSync(cacheDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.length).toBeLessThan(FILES.length);
    for (const e of entries) {
      expect(e.name).toMatch(/^[0-9a-f]{64}\.json$/);
      expect(() => JSON.parse(readFileSync(path.join(e.parentPath, e.name), 'utf8'))).not.toThrow();
    }
    const resumed = runCli(['extract', FIXTURES, '--cache-dir', cacheDir, '--format', 'json'], { env: { MRKOLL_DEBUG: 'cache' } });
    const fresh = runCli(['extract', FIXTURES, '--no-cache', '--format', 'json']);
    expect(resumed.status).toBe(0);
    expect(debugLines(resumed.stderr, 'träff')).toHaveLength(entries.length);
    expect(resumed.stdout).toBe(fresh.stdout);
  });
});
