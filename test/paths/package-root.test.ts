// The package root is found from wherever the code runs: src/ (tests), dist/ (tsc's output, the
// worker threads) and dist/bundle/ (the binary's chunks), so that the bundled lexicons and rules
// are found from each.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CODE_ROOT, PACKAGE_ROOT, packageRootAbove } from '../../src/paths.js';

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'mrkoll-paths-'));
  writeFileSync(path.join(root, 'package.json'), '{}');
  for (const folder of ['src', 'dist/bundle', 'dist/corpus/pool']) mkdirSync(path.join(root, folder), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

test.each([['src'], ['dist'], ['dist/bundle'], ['dist/corpus/pool']])('from %s the package root is the folder with package.json', (folder) => {
  expect(packageRootAbove(path.join(root, folder))).toBe(root);
});

test('a folder is never its own package root, even with a package.json in it', () => {
  writeFileSync(path.join(root, 'dist', 'package.json'), '{}');
  try {
    expect(packageRootAbove(path.join(root, 'dist'))).toBe(root);
    expect(packageRootAbove(path.join(root, 'dist', 'bundle'))).toBe(path.join(root, 'dist'));
  } finally {
    rmSync(path.join(root, 'dist', 'package.json'));
  }
});

test('run from the sources: the repository and its src/', () => {
  expect(path.basename(CODE_ROOT)).toBe('src');
  expect(CODE_ROOT).toBe(path.join(PACKAGE_ROOT, 'src'));
});
