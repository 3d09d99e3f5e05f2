// The extraction cache: hits skip parsing, a moved file is still a hit, changed bytes are a miss,
// corrupt or half-written entries are deleted and rebuilt, and an unwritable cache is no error.
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { extractThroughCache } from '../../src/cache/extract.js';
import { DiskCache, defaultCacheDir } from '../../src/cache/store.js';
import { DEFAULT_LIMITS } from '../../src/ingest/limits.js';
import { extractDocument, extractDocuments } from '../../src/corpus/extract.js';
import { extractionData, type ExtractionData } from '../../src/segment/index.js';
import type { Document } from '../../src/types.js';
import { BUNDLED_LEXICONS_DIR } from '../../src/paths.js';

const SEED = path.resolve('corpora/seeds/malmo-protokollsutdrag-ksau-2024-04-29.md');
const PDF = path.resolve('test/fixtures/pdf/rapport-hyphenated.pdf');
/** The default limits and the bundled language data. */
const BUNDLED = { limits: DEFAULT_LIMITS, data: extractionData() };

let dir: string;
let cacheDir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mrkoll-cache-'));
  cacheDir = path.join(dir, 'cache');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** extractDocument, counting how often it really parses. */
function countingExtract() {
  const calls: string[] = [];
  const extract = async (file: string, limits = DEFAULT_LIMITS, data?: ExtractionData): Promise<Document> => {
    calls.push(file);
    return extractDocument(file, limits, data);
  };
  return { calls, extract };
}

function entryFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

describe('extractThroughCache', () => {
  test('a second extraction of the same bytes is a hit and does not parse', async () => {
    const cache = new DiskCache(cacheDir);
    const { calls, extract } = countingExtract();
    const first = await extractThroughCache(SEED, BUNDLED, cache, extract);
    const second = await extractThroughCache(SEED, BUNDLED, cache, extract);
    expect(calls).toEqual([SEED]);
    expect(second).toEqual(first);
    expect(cache.stats).toEqual({ hits: 1, misses: 1, rebuilt: 0 });
  });

  test('a copied file is a hit and gets its own path back', async () => {
    const cache = new DiskCache(cacheDir);
    const { calls, extract } = countingExtract();
    await extractThroughCache(SEED, BUNDLED, cache, extract);
    const copy = path.join(dir, 'kopia.md');
    copyFileSync(SEED, copy);
    const doc = await extractThroughCache(copy, BUNDLED, cache, extract);
    expect(calls).toEqual([SEED]);
    expect(doc.path).toBe(copy);
  });

  test('changed bytes, another extension or other limits are a miss', async () => {
    const cache = new DiskCache(cacheDir);
    const { calls, extract } = countingExtract();
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, 'Kulturnämnden arbetar med klarspråk.\n');
    await extractThroughCache(file, BUNDLED, cache, extract);
    writeFileSync(file, 'Kulturnämnden arbetar inte med klarspråk.\n');
    await extractThroughCache(file, BUNDLED, cache, extract);
    const asMarkdown = path.join(dir, 'a.md');
    copyFileSync(file, asMarkdown);
    await extractThroughCache(asMarkdown, BUNDLED, cache, extract);
    await extractThroughCache(file, { ...BUNDLED, limits: { ...DEFAULT_LIMITS, timeoutMs: 5000 } }, cache, extract);
    expect(calls).toHaveLength(4);
  });

  test("another lexicons folder's language data is a miss; the same texts in another folder are a hit", async () => {
    const cache = new DiskCache(cacheDir);
    const { calls, extract } = countingExtract();
    await extractThroughCache(SEED, BUNDLED, cache, extract);
    const own = path.join(dir, 'lexikon');
    mkdirSync(path.join(own, 'language'), { recursive: true });
    writeFileSync(path.join(own, 'language', 'section-headings.yaml'), '- Kalasplanering\n');
    const doc = await extractThroughCache(SEED, { limits: DEFAULT_LIMITS, data: extractionData(own) }, cache, extract);
    expect(calls).toHaveLength(2);
    expect(doc).toEqual(await extractDocument(SEED, DEFAULT_LIMITS, extractionData(own)));
    const copy = path.join(dir, 'kopia');
    cpSync(path.join(BUNDLED_LEXICONS_DIR, 'language'), path.join(copy, 'language'), { recursive: true });
    await extractThroughCache(SEED, { limits: DEFAULT_LIMITS, data: extractionData(copy) }, cache, extract);
    expect(calls).toHaveLength(2);
    expect(cache.stats).toEqual({ hits: 1, misses: 2, rebuilt: 0 });
  });

  test.each([
    ['not JSON', '{"kind":"documents","key":'],
    ['half an entry', ''],
    ['the wrong shape', '{"kind":"documents","key":"KEY","value":{"text":42}}'],
  ])('an entry that is %s is deleted and rebuilt', async (_, content) => {
    const cache = new DiskCache(cacheDir);
    const { calls, extract } = countingExtract();
    const expected = await extractThroughCache(SEED, BUNDLED, cache, extract);
    const [entry] = entryFiles(cacheDir);
    writeFileSync(entry, content.replace('KEY', path.basename(entry, '.json')));
    const rebuilt = await extractThroughCache(SEED, BUNDLED, cache, extract);
    expect(rebuilt).toEqual(expected);
    expect(calls).toHaveLength(2);
    expect(cache.stats.rebuilt).toBe(1);
    // …and the rebuilt entry is whole again.
    const again = await extractThroughCache(SEED, BUNDLED, cache, extract);
    expect(again).toEqual(expected);
    expect(calls).toHaveLength(2);
  });

  test('writes leave no temporary files behind', async () => {
    const cache = new DiskCache(cacheDir);
    await extractThroughCache(SEED, BUNDLED, cache, extractDocument);
    expect(entryFiles(cacheDir).map((f) => path.basename(f))).toEqual([expect.stringMatching(/^[0-9a-f]{64}\.json$/)]);
  });

  test('an unwritable cache directory only turns the cache off', async () => {
    const blocker = path.join(dir, 'fil');
    writeFileSync(blocker, 'inte en katalog');
    const cache = new DiskCache(path.join(blocker, 'cache'));
    const doc = await extractThroughCache(SEED, BUNDLED, cache, extractDocument);
    expect(doc.passages.length).toBeGreaterThan(0);
  });

  test('files that cannot be read go straight to extraction, which explains them', async () => {
    const cache = new DiskCache(cacheDir);
    await expect(extractThroughCache(path.join(dir, 'saknas.txt'), BUNDLED, cache, extractDocument)).rejects.toThrow();
    expect(entryFiles(cacheDir)).toEqual([]);
  });
});

describe('extractDocuments with the cache', () => {
  test('the second run over a PDF reports only hits and gives the same documents', async () => {
    const first = await extractDocuments([PDF], { cacheDir });
    const second = await extractDocuments([PDF], { cacheDir });
    expect(first.cache).toEqual({ hits: 0, misses: 1, rebuilt: 0 });
    expect(second.cache).toEqual({ hits: 1, misses: 0, rebuilt: 0 });
    expect(second.documents).toEqual(first.documents);
  });

  test('cache: false reads and writes nothing', async () => {
    const result = await extractDocuments([SEED], { cacheDir, cache: false });
    expect(result.cache).toBeUndefined();
    expect(existsSync(cacheDir)).toBe(false);
  });
});

describe('defaultCacheDir', () => {
  test('is $XDG_CACHE_HOME/mrkoll, else ~/.cache/mrkoll', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/var/cache/anna' })).toBe('/var/cache/anna/mrkoll');
    expect(defaultCacheDir({})).toBe(path.join(os.homedir(), '.cache', 'mrkoll'));
    // The XDG spec says a relative value is to be ignored.
    expect(defaultCacheDir({ XDG_CACHE_HOME: 'relativ' })).toBe(path.join(os.homedir(), '.cache', 'mrkoll'));
  });
});
