// End to end: the binary is the bundle `npm run build` makes (scripts/bundle.mjs), a warm
// `review` of the seed memo loads nothing but the bundle's own chunks (every package that a
// warm review does not use stays unloaded: the pool, the DOCX reader's zip library, the
// stemmer, glob matching's second copy), and dist/code-hashes.json, which the cache keys use
// in place of reading every module, holds each compiled module's hash. A run without a cache
// neither parses nor validates the bundled data files: dist/data-files.json has them.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/cli.js';

const MEMO = path.join(ROOT, 'corpora/seeds/malmo-tjansteskrivelse-stk-2023-138-a.txt');
const DIST = path.join(ROOT, 'dist');

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'mrkoll-bundle-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test("package.json's bin is the bundle the tests run", () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  expect(path.join(ROOT, pkg.bin.mrkoll)).toBe(BIN);
  expect(path.relative(DIST, BIN)).toBe(path.join('bundle', 'mrkoll.js'));
});

/** Registers a loader hook that writes every module URL the run loads to stderr, one per line. */
const LOG_LOADS = `data:text/javascript,${encodeURIComponent(
  `import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(
  "import { writeSync } from 'node:fs'; export async function load(url, context, next) { writeSync(2, 'LOADED ' + url + '\\\\n'); return next(url, context); }"
));`,
)}`;

test('a warm review loads only the bundle: no package from node_modules, no module of dist/ outside it', () => {
  const cacheDir = path.join(tmp, 'cache');
  const review = () =>
    spawnSync(process.execPath, ['--import', LOG_LOADS, BIN, 'review', MEMO, '--cache-dir', cacheDir], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', MRKOLL_DEBUG: 'cache' },
      encoding: 'utf8',
    });
  expect(review().status).toBe(0); // cold: fills the cache
  const warm = review();
  expect(warm.status).toBe(0);
  expect(warm.stderr).toContain('cache: träff granskning av');
  const loaded = warm.stderr
    .split('\n')
    .filter((line) => line.startsWith('LOADED file:'))
    .map((line) => line.slice('LOADED '.length));
  expect(loaded.length).toBeGreaterThan(1);
  expect(loaded.filter((url) => !url.startsWith(new URL('bundle/', `file://${DIST}/`).href))).toEqual([]);
  // And the same findings as without any cache.
  expect(warm.stdout).toBe(runCli(['review', MEMO, '--no-cache']).stdout);
});

test('dist/code-hashes.json holds the SHA-256 of every compiled module outside the bundle', () => {
  const recorded = JSON.parse(readFileSync(path.join(DIST, 'code-hashes.json'), 'utf8')) as Record<string, string>;
  const modules = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.js') && !file.startsWith('bundle/'))
    .sort();
  expect(Object.keys(recorded).sort()).toEqual(modules);
  for (const file of modules)
    expect(recorded[file], file).toBe(
      createHash('sha256')
        .update(readFileSync(path.join(DIST, file)))
        .digest('hex'),
    );
});

const SEEDS = path.join(ROOT, 'corpora/seeds');

test.each([
  ['tag', [MEMO, '--format', 'jsonl'], 1],
  ['review', [MEMO], 1],
  // The pool's two workers read the snapshot too, each on its own thread.
  ['analyze', [SEEDS, '--workers', '2', '--format', 'json'], 3],
])('%s --no-cache takes the bundled data files from the build’s snapshot: the YAML parser and Ajv stay unloaded', (command, args, threads) => {
  // NODE_DEBUG=module notes every CommonJS module loaded (yaml and Ajv are; a loader hook does not see them).
  const run = spawnSync(process.execPath, [BIN, command, ...args, '--no-cache'], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', MRKOLL_DEBUG: 'snapshot', NODE_DEBUG: 'module' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  expect(run.status).toBe(0);
  const reads = run.stderr.split('\n').filter((line) => line === `snapshot: träff ${path.join(DIST, 'data-files.json')}`);
  expect(reads).toHaveLength(threads);
  const packages = new Set([...run.stderr.matchAll(/\/node_modules\/((?:@[^/]+\/)?[^/"']+)/g)].map((m) => m[1]));
  expect(packages.size).toBeGreaterThan(0);
  expect(packages).not.toContain('yaml');
  expect(packages).not.toContain('ajv');
});
