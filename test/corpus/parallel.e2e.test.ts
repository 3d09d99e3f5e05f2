// The worker pool gives exactly what extracting with src/corpus/extract.ts and tagging one document
// after the other gives: the same documents, deep-equal, in input order, and the same failures in
// the same order. Needs the built worker (`npm run build`); the tests check that it was used.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFilesInParallel, extractFilesInParallel } from '../../src/corpus/pool/index.js';
import { extractDocuments } from '../../src/corpus/extract.js';
import { documentPrint, type TextPrint } from '../../src/corpus/same-text.js';
import { loadLexicons } from '../../src/lexicon/load.js';
import { buildContext, tagDocument, type TagOptions } from '../../src/tag/index.js';
import type { Lexicons } from '../../src/types.js';

const SEEDS = 'corpora/seeds';
const FIXTURES = 'corpora/fixtures';
const RAPPORT_PDF = 'test/fixtures/pdf/rapport-hyphenated.pdf';

let lexicons: Lexicons;
let scratch: string;

beforeAll(() => {
  lexicons = loadLexicons();
  scratch = mkdtempSync(path.join(os.tmpdir(), 'mrkoll-parallel-'));
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The single-threaded reference: the pipeline's extraction, then tagging document by document. */
async function sequential(paths: string[], tag: TagOptions = {}, city?: string) {
  const { documents, failures } = await extractDocuments(paths, { cache: false, city });
  const context = buildContext(lexicons);
  return { documents: documents.map((doc) => tagDocument(doc, context, tag)), failures };
}

describe('analyzeFilesInParallel', { timeout: 120_000 }, () => {
  it('tags the seeds and fixtures exactly as the sequential pipeline does, in input order', async () => {
    const paths = [RAPPORT_PDF, SEEDS, FIXTURES];
    const expected = await sequential(paths);
    const result = await analyzeFilesInParallel(paths, { lexicons, cache: false, workers: 2 });
    expect(result.threads).toBe(2);
    expect(result.documents.map((d) => d.path)).toEqual(expected.documents.map((d) => d.path));
    expect(result.documents).toStrictEqual(expected.documents);
    expect(result.failures).toStrictEqual(expected.failures);
    // Byte-identical as JSON too: reports serialize documents, so key order matters.
    expect(JSON.stringify(result.documents)).toBe(JSON.stringify(expected.documents));
  });

  it('passes the author override and --city to every worker', async () => {
    // A folder without a manifest: --city then decides every document's city.
    const bare = path.join(scratch, 'bare');
    mkdirSync(bare);
    for (const name of ['malmo-protokollsutdrag-ksau-2024-04-29.md', 'stockholm-remissvar-servicenamnden-2025.txt'])
      copyFileSync(path.join(SEEDS, name), path.join(bare, name));
    const tag = { author: 'malmo/kulturnamnden' };
    const expected = await sequential([bare], tag, 'lund');
    const result = await analyzeFilesInParallel([bare], { lexicons, cache: false, workers: 2, tag, city: 'lund' });
    expect(result.documents).toStrictEqual(expected.documents);
    expect(result.documents.every((d) => d.author === 'malmo/kulturnamnden')).toBe(true);
    expect(result.documents.map((d) => d.metadata.city)).toEqual(['lund', 'lund']);
  });

  it('reports unreadable files and a broken manifest where the sequential pipeline does', async () => {
    const broken = path.join(scratch, 'broken');
    mkdirSync(broken);
    copyFileSync(path.join(SEEDS, 'malmo-protokollsutdrag-ksau-2024-04-29.md'), path.join(broken, 'protokoll.md'));
    writeFileSync(path.join(broken, 'empty.txt'), '');
    writeFileSync(path.join(broken, 'manifest.yaml'), 'corpus: broken\ndocuments:\n  - file: protokoll.md\n    year: nittonhundra\n');
    const paths = [
      'test/fixtures/pdf/encrypted.pdf',
      path.join(SEEDS, 'stockholm-remissvar-servicenamnden-2025.txt'),
      'test/fixtures/pdf/blank.pdf',
      broken,
      path.join(scratch, 'finns-inte.pdf'),
      path.join(scratch, '*.docx'),
    ];
    const expected = await sequential(paths);
    const result = await analyzeFilesInParallel(paths, { lexicons, cache: false, workers: 2 });
    expect(expected.failures.length).toBeGreaterThanOrEqual(5);
    expect(expected.failures.some((f) => f.path.endsWith('manifest.yaml'))).toBe(true);
    expect(result.failures).toStrictEqual(expected.failures);
    expect(result.documents).toStrictEqual(expected.documents);
  });

  it('gives the same documents through the cache, cold and warm, and counts hits and misses', async () => {
    const cacheDir = path.join(scratch, 'cache');
    const expected = await sequential([FIXTURES]);
    const cold = await analyzeFilesInParallel([FIXTURES], { lexicons, cacheDir, workers: 2 });
    const warm = await analyzeFilesInParallel([FIXTURES], { lexicons, cacheDir, workers: 2 });
    expect(cold.cache).toEqual({ hits: 0, misses: 6, rebuilt: 0 });
    expect(warm.cache).toEqual({ hits: 6, misses: 0, rebuilt: 0 });
    expect(cold.documents).toStrictEqual(expected.documents);
    expect(warm.documents).toStrictEqual(expected.documents);
  });

  it('runs in this thread for one worker, one file or a small input, with the same result', async () => {
    const expected = await sequential([SEEDS]);
    const solo = await analyzeFilesInParallel([SEEDS], { lexicons, cache: false, workers: 1 });
    expect(solo.threads).toBe(1);
    expect(solo.documents).toStrictEqual(expected.documents);
    // The seeds are 170 kB: by default not worth a worker's start-up.
    const small = await analyzeFilesInParallel([SEEDS], { lexicons, cache: false });
    expect(small.threads).toBe(1);
    expect(small.documents).toStrictEqual(expected.documents);
    const one = await analyzeFilesInParallel([RAPPORT_PDF], { lexicons, cache: false, workers: 2 });
    expect(one.threads).toBe(1);
    expect(one.documents).toStrictEqual((await sequential([RAPPORT_PDF])).documents);
  });

  it('extracts without tagging, as extractDocuments does, when the run has no lexicons', async () => {
    const paths = [RAPPORT_PDF, SEEDS, FIXTURES, path.join(scratch, 'finns-inte.pdf')];
    const expected = await extractDocuments(paths, { cache: false });
    const result = await extractFilesInParallel(paths, { cache: false, workers: 2 });
    expect(result.threads).toBe(2);
    expect(result.documents).toStrictEqual(expected.documents);
    expect(result.failures).toStrictEqual(expected.failures);
    expect(JSON.stringify(result.documents)).toBe(JSON.stringify(expected.documents));
  });

  it('hands each document on in input order, failures in place, and keeps none when asked', async () => {
    const paths = [FIXTURES, path.join(scratch, 'finns-inte.pdf'), SEEDS];
    const expected = await analyzeFilesInParallel(paths, { lexicons, cache: false, workers: 2 });
    const handed: string[] = [];
    const streamed = await analyzeFilesInParallel(paths, {
      lexicons,
      cache: false,
      workers: 2,
      keep: false,
      onDocument: (doc) => handed.push(JSON.stringify(doc)),
    });
    expect(streamed.documents).toStrictEqual([]);
    expect(streamed.failures).toStrictEqual(expected.failures);
    expect(handed).toStrictEqual(expected.documents.map((doc) => JSON.stringify(doc)));
  });

  it('sends the same-text print of each document when asked: the print this thread makes of it', async () => {
    const prints: Array<[TextPrint, TextPrint, boolean]> = [];
    const result = await analyzeFilesInParallel([SEEDS], {
      lexicons,
      cache: false,
      workers: 2,
      prints: true,
      onDocument: (doc) => {
        // Made here, from a copy the worker's print is not attached to.
        const here = documentPrint({ passages: doc.passages });
        // Without its passages the document can only give the print the worker made of them.
        const passages = doc.passages;
        doc.passages = [];
        prints.push([documentPrint(doc), here, Boolean(doc.metadata.variantOf)]);
        doc.passages = passages;
      },
    });
    expect(result.threads).toBe(2);
    expect(prints.length).toBe(result.documents.length);
    // None for a document its manifest marks as a variant: it is set aside without one.
    expect(prints.filter(([, , marked]) => marked).length).toBe(1);
    for (const [made, here, marked] of prints) {
      if (marked) expect(made.shingles.length).toBe(0);
      else expect(made).toStrictEqual(here);
    }
  });

  it('ends the run with the error of a caller that throws on a document', async () => {
    const run = analyzeFilesInParallel([SEEDS], {
      lexicons,
      cache: false,
      workers: 2,
      onDocument: () => {
        throw new Error('kastat av anroparen');
      },
    });
    await expect(run).rejects.toThrow('kastat av anroparen');
  });

  it('reports progress once per file', async () => {
    const seen: string[] = [];
    const result = await analyzeFilesInParallel([FIXTURES], {
      lexicons,
      cache: false,
      workers: 2,
      onProgress: (done, total, file) => {
        expect(total).toBe(6);
        expect(done).toBe(seen.length + 1);
        seen.push(file);
      },
    });
    expect(seen.sort()).toEqual(result.documents.map((d) => d.path).sort());
  });
});
