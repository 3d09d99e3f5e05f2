import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { checkLexicons, defaultLexiconDir } from '../../src/lexicon/load.js';
import { formatProblem } from '../../src/data-files/problems.js';

describe('the bundled lexicons', () => {
  it('are found from the module and pass every check', () => {
    expect(defaultLexiconDir()).toBe(path.resolve(import.meta.dirname, '../../lexicons'));
    expect(checkLexicons().map((p) => formatProblem(p))).toEqual([]);
  });
});
