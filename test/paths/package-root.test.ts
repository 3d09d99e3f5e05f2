// The package root is found from wherever the code runs: src/ (tests), dist/ (tsc's output, the
// worker threads) and dist/bundle/ (the binary's chunks), so that the bundled lexicons and rules
// are found from each.
import path from 'node:path';
import { expect, test } from 'vitest';
import { CODE_ROOT, PACKAGE_ROOT, packageRootOf } from '../../src/paths.js';

const root = path.resolve('/opt/mrkoll');

test.each([['src'], ['dist'], ['dist/bundle']])('from %s the package root is the folder above src/ or dist/', (folder) => {
  expect(packageRootOf(path.join(root, folder))).toBe(root);
});

test('a folder named bundle elsewhere is not the bundle', () => {
  expect(packageRootOf(path.join(root, 'src', 'bundle'))).toBe(path.join(root, 'src'));
});

test('run from the sources: the repository and its src/', () => {
  expect(CODE_ROOT).toBe(path.join(PACKAGE_ROOT, 'src'));
  expect(path.basename(PACKAGE_ROOT)).not.toBe('src');
});
