// Shared by the ingest tests: temporary files, the exact shape of an InputError, and a check that
// ingesting leaves the input file untouched.
import { createHash } from 'node:crypto';
import { copyFile, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { makeTempDir } from './temp.js';
import { InputError } from '../../src/ingest/errors.js';
import { ingestFile } from '../../src/ingest/index.js';
import type { RawDocument } from '../../src/types.js';

/** A fresh directory under the OS temp dir, removed after the test file has run. */
export async function tempDir(prefix = 'mrkoll-ingest-'): Promise<string> {
  return makeTempDir(prefix);
}

/** Asserts `work` rejects with an InputError for `file` whose reason is exactly `reason`, on one line. */
export async function expectInputError(work: Promise<unknown>, file: string, reason: string): Promise<void> {
  const error = await work.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(InputError);
  const inputError = error as InputError;
  expect(inputError.reason).toBe(reason);
  expect(inputError.path).toBe(file);
  expect(inputError.message).toBe(`${file}: ${reason}`);
  expect(inputError.message).not.toMatch(/\n|\s+at\s/);
}

/**
 * The real documents the tests read: the seeds and fixtures of the project's shared material, as
 * the repository carries them in corpora/ (the same bytes), so that a clone anywhere runs the suite.
 */
export const SHARED = fileURLToPath(new URL('../../corpora/', import.meta.url));

/** Writes `bytes` to `name` in `dir` and returns the path. */
export async function writeTemp(dir: string, name: string, bytes: string | Buffer): Promise<string> {
  const target = path.join(dir, name);
  await writeFile(target, bytes);
  return target;
}

/** Deterministic "random" bytes, so a failure can be reproduced. */
export function noise(length: number, seed = 1): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

/**
 * Ingests a writable copy of `source` made in `dir`, and checks that reading left the copy's bytes
 * and mtime alone and that size and SHA-256 are reported right.
 */
export async function ingestCopyOf(source: string, dir: string): Promise<RawDocument> {
  const copy = path.join(dir, path.basename(source));
  await copyFile(source, copy);
  const before = { bytes: await readFile(copy), mtime: (await stat(copy)).mtimeMs };
  const doc = await ingestFile(copy);
  expect(await readFile(copy)).toEqual(before.bytes);
  expect((await stat(copy)).mtimeMs).toBe(before.mtime);
  expect(doc.path).toBe(copy);
  expect(doc.bytes).toBe(before.bytes.length);
  expect(doc.sha256).toBe(createHash('sha256').update(before.bytes).digest('hex'));
  return doc;
}

/** Blocks without the spans their readers record (test/normalize/source-map checks those): what the structure tests compare. */
export function withoutSpans<T extends { spans?: number[] }>(blocks: T[]): Omit<T, 'spans'>[] {
  return blocks.map(({ spans: _spans, ...rest }) => rest);
}

/** A PDF as the reader hands it on: one string per page, each page given as its lines. */
export function pdfRaw(...pages: string[][]): RawDocument {
  return { path: 'x.pdf', format: 'pdf', bytes: 0, sha256: '', warnings: [], pages: pages.map((lines) => lines.join('\n')) };
}
