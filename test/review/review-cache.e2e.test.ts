// End to end: `mrkoll review` serves an unchanged draft's findings from the cache
// (MRKOLL_DEBUG=cache), reviews an edited one again, rebuilds a damaged entry, and gives the same
// output every time as a run without any cache. A run served from the cache keeps the spelling
// verdicts and language data in the data-file memo (MRKOLL_DEBUG=memo: read, not written again
// without them), for the run after an edit.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const MEMO = path.join(ROOT, 'corpora/seeds/malmo-tjansteskrivelse-stk-2023-138-a.txt');
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'mrkoll-review-cache-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The first word of each debug note of `topic`: miss, sparad, träff, trasig. */
const notes = (stderr: string, topic: string, about = '') =>
  stderr
    .split('\n')
    .filter((l) => l.startsWith(`${topic}: `) && l.includes(about))
    .map((l) => l.split(' ')[1]);

test.each([['stylish'], ['sarif']])('review --format %s: findings from the cache are the ones a run without it gives', (format) => {
  const cacheDir = path.join(tmp, format);
  const draft = path.join(tmp, `${format}-utkast.txt`);
  copyFileSync(MEMO, draft);
  const args = ['review', draft, '--format', format];
  const env = { MRKOLL_DEBUG: 'cache,memo' };
  const uncached = runCli([...args, '--no-cache']);
  expect(uncached.stdout.length).toBeGreaterThan(500);

  const cold = runCli([...args, '--cache-dir', cacheDir], { env });
  expect(notes(cold.stderr, 'cache', 'granskning')).toEqual(['miss', 'sparad']);
  const warm = runCli([...args, '--cache-dir', cacheDir], { env });
  expect(notes(warm.stderr, 'cache', 'granskning')).toEqual(['träff']);
  // Nothing tagged or spelled, and still the memo is kept whole: read, not written.
  expect(notes(warm.stderr, 'memo')).toEqual(['träff']);

  const entries = path.join(cacheDir, 'v1', 'review');
  const [fan] = readdirSync(entries);
  const [entry] = readdirSync(path.join(entries, fan));
  writeFileSync(path.join(entries, fan, entry), '{"kind":"review","key":"x","value":{"findings":[],"places":"file","checksum":"0"}}');
  const damaged = runCli([...args, '--cache-dir', cacheDir], { env });
  expect(notes(damaged.stderr, 'cache', 'granskning')).toEqual(['trasig', 'sparad']);

  for (const run of [cold, warm, damaged]) {
    expect(run.status).toBe(uncached.status);
    expect(run.stdout).toBe(uncached.stdout);
  }

  // An edit (the text twice): reviewed again, from the memo the cached run kept.
  const text = readFileSync(MEMO, 'utf8');
  writeFileSync(draft, `${text}\n${text}`);
  const edited = runCli([...args, '--cache-dir', cacheDir], { env });
  expect(notes(edited.stderr, 'cache', 'granskning')).toEqual(['miss', 'sparad']);
  expect(notes(edited.stderr, 'memo')[0]).toBe('träff');
  const editedUncached = runCli([...args, '--no-cache']);
  expect(edited.stdout).toBe(editedUncached.stdout);
  expect(edited.stdout).not.toBe(uncached.stdout);
});
