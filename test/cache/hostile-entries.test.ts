// Cache entries are untrusted: one of the wrong shape, a symlink to /dev/zero, a FIFO, a folder
// where an entry should be are each set aside and rebuilt, quickly and without error; a cache
// folder that cannot be made gives one warning and the run goes on without a cache.
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { extractThroughCache, openCache } from '../../src/cache/extract.js';
import { DiskCache, makeDirectories } from '../../src/cache/store.js';
import { extractDocument } from '../../src/corpus/extract.js';
import { DEFAULT_LIMITS } from '../../src/ingest/limits.js';
import { extractionData } from '../../src/segment/index.js';

const SEED = path.resolve('corpora/seeds/malmo-protokollsutdrag-ksau-2024-04-29.md');
const BUNDLED = { limits: DEFAULT_LIMITS, data: extractionData() };

let dir: string;
let cacheDir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mrkoll-hostile-cache-'));
  cacheDir = path.join(dir, 'cache');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Extracts SEED once through a fresh cache and returns the one entry file it wrote. */
async function writtenEntry(): Promise<string> {
  await extractThroughCache(SEED, BUNDLED, new DiskCache(cacheDir), extractDocument);
  const entries = readdirSync(cacheDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  expect(entries).toHaveLength(1);
  return path.join(entries[0].parentPath, entries[0].name);
}

/** A second extraction through a new cache over the same folder: rebuilt, and the same document as parsing gives. */
async function expectRebuilt(entry: string): Promise<void> {
  const cache = new DiskCache(cacheDir);
  const started = Date.now();
  const doc = await extractThroughCache(SEED, BUNDLED, cache, extractDocument);
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(cache.stats).toEqual({ hits: 0, misses: 1, rebuilt: 1 });
  expect(doc).toEqual(await extractDocument(SEED));
  // Rebuilt as a regular file of the right shape: the next run is a hit.
  expect(lstatSync(entry).isFile()).toBe(true);
  const again = new DiskCache(cacheDir);
  await extractThroughCache(SEED, BUNDLED, again, extractDocument);
  expect(again.stats.hits).toBe(1);
}

describe('a cache entry that is not what it should be', () => {
  test.each([
    ['a passage that is an empty object', (doc: Record<string, unknown>) => ({ ...doc, passages: [{}] })],
    ['sentences past the end of the text', (doc: Record<string, unknown>) => ({ ...doc, text: '' })],
    ['metadata without case numbers', (doc: Record<string, unknown>) => ({ ...doc, metadata: { ...(doc.metadata as object), caseNumbers: 'STK' } })],
    ['warnings that are not text', (doc: Record<string, unknown>) => ({ ...doc, warnings: [1] })],
  ])('valid JSON of the wrong shape (%s) is rebuilt, not a failure on every run', async (_, spoil) => {
    const entry = await writtenEntry();
    const envelope = JSON.parse(readFileSync(entry, 'utf8'));
    writeFileSync(entry, JSON.stringify({ ...envelope, value: spoil(envelope.value) }));
    await expectRebuilt(entry);
  });

  test('a symlink to /dev/zero is not followed', async () => {
    const entry = await writtenEntry();
    rmSync(entry);
    symlinkSync('/dev/zero', entry);
    await expectRebuilt(entry);
  });

  test('a FIFO does not hang the read', async () => {
    const entry = await writtenEntry();
    rmSync(entry);
    execFileSync('mkfifo', [entry]);
    await expectRebuilt(entry);
  });

  test('a folder where the entry should be is no error', async () => {
    const entry = await writtenEntry();
    rmSync(entry);
    mkdirSync(entry);
    const cache = new DiskCache(cacheDir);
    expect(await extractThroughCache(SEED, BUNDLED, cache, extractDocument)).toEqual(await extractDocument(SEED));
    expect(cache.stats.rebuilt).toBe(1);
  });
});

describe('a cache folder that cannot be made', () => {
  test.runIf(existsSync('/proc/self'))('--cache-dir /proc/…: one warning, no cache, no spinning', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const started = Date.now();
      expect(openCache({ cacheDir: '/proc/mrkoll-test' })).toBeNull();
      expect(openCache({ cacheDir: '/proc/mrkoll-test' })).toBeNull();
      expect(Date.now() - started).toBeLessThan(2000);
      const lines = write.mock.calls.map(([chunk]) => String(chunk));
      expect(lines).toEqual(['mrkoll: varning: cachekatalogen /proc/mrkoll-test kan inte användas (ENOENT); körs utan cache\n']);
    } finally {
      write.mockRestore();
    }
  });

  test('a file in the way of the folder', () => {
    writeFileSync(path.join(dir, 'fil'), '');
    expect(() => makeDirectories(path.join(dir, 'fil', 'cache'))).toThrow(/ENOTDIR|EEXIST/);
    makeDirectories(path.join(dir, 'a', 'b', 'c'));
    expect(lstatSync(path.join(dir, 'a', 'b', 'c')).isDirectory()).toBe(true);
  });
});
