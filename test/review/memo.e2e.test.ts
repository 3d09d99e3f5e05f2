// End to end: `mrkoll review` with the cache remembers the lexicons and rules it parsed and
// validated and the spelling verdicts (MRKOLL_DEBUG=memo). The second run reads them back and
// writes nothing, a damaged memo is rebuilt without a word on stdout, and every run's output is
// the same as one without any cache, in SARIF as in the default format.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const MEMO = path.join(ROOT, 'corpora/seeds/malmo-tjansteskrivelse-stk-2023-138-a.txt');
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'mrkoll-review-memo-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const notes = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('memo: '));

test.each([['stylish'], ['sarif']])('review --format %s: the same output cold, warm and from a damaged memo', (format) => {
  const cacheDir = path.join(tmp, format);
  const args = ['review', MEMO, '--format', format];
  const env = { MRKOLL_DEBUG: 'memo' };
  const uncached = runCli([...args, '--no-cache'], { env });
  expect(notes(uncached.stderr)).toEqual([]);

  const cold = runCli([...args, '--cache-dir', cacheDir], { env });
  expect(notes(cold.stderr).map((l) => l.split(' ')[1])).toEqual(['miss', 'sparad']);
  const warm = runCli([...args, '--cache-dir', cacheDir], { env });
  expect(notes(warm.stderr).map((l) => l.split(' ')[1])).toEqual(['träff']);

  const dir = path.join(cacheDir, 'v1', 'data-files');
  const [fan] = readdirSync(dir);
  const [entry] = readdirSync(path.join(dir, fan));
  writeFileSync(path.join(dir, fan, entry), '{"kind":"data-files","key":"x","value":{"entries":[],"checksum":"0"}}');
  const damaged = runCli([...args, '--cache-dir', cacheDir], { env });
  expect(notes(damaged.stderr).map((l) => l.split(' ')[1])).toEqual(['trasig', 'sparad']);

  for (const run of [cold, warm, damaged]) {
    expect(run.status).toBe(uncached.status);
    expect(run.stdout).toBe(uncached.stdout);
  }
  expect(uncached.stdout.length).toBeGreaterThan(500);
});
