// The spelling memo: with the cache on, a second checker over the same words answers from the
// memo without Hunspell (nothing missed), with Hunspell's own verdicts and suggestions; a word
// the memo does not know is missed until `load`, and then answered by Hunspell.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { dataFileMemoStore } from '../../src/cache/data-files.js';
import { DiskCache } from '../../src/cache/store.js';
import { saveDataFileMemo, useDataFileMemo } from '../../src/data-files/memo.js';
import { createRememberingSpellChecker, createSpellChecker } from '../../src/language/hunspell.js';

const WORDS = ['kommunen', 'förvaltnignen', 'Malmöbon', 'tjänsteskrivelse'];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mrkoll-spell-memo-'));
});
afterEach(() => {
  useDataFileMemo(null);
  rmSync(dir, { recursive: true, force: true });
});

const on = () => useDataFileMemo(dataFileMemoStore(new DiskCache(dir), 'review'));
const answers = (checker: { correct(w: string): boolean; suggest(w: string): string[] }) => WORDS.map((w) => [checker.correct(w), checker.suggest(w)]);

test('a second run answers from the memo, as Hunspell did, without loading it', async () => {
  const hunspell = await createSpellChecker(['Malmöbon']);
  const expected = answers(hunspell);
  hunspell.dispose();
  expect(expected[1][0]).toBe(false);

  on();
  const first = await createRememberingSpellChecker(['Malmöbon']);
  answers(first);
  expect(first.missed).toBe(true);
  await first.load();
  expect(answers(first)).toEqual(expected);
  expect(first.missed).toBe(false);
  first.dispose();
  saveDataFileMemo();

  on();
  const second = await createRememberingSpellChecker(['Malmöbon']);
  expect(answers(second)).toEqual(expected);
  expect(second.missed).toBe(false);
  // Other known words are another dictionary: nothing of the first is recalled.
  const other = await createRememberingSpellChecker(['förvaltnignen']);
  other.correct('kommunen');
  expect(other.missed).toBe(true);
});

test('with the memo off, Hunspell is loaded at once and nothing is missed', async () => {
  const checker = await createRememberingSpellChecker();
  expect(checker.correct('förvaltnignen')).toBe(false);
  expect(checker.missed).toBe(false);
  checker.dispose();
});
