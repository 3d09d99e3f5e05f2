// memoizeByObject: what is derived from a loaded object is built once per object, not once per call.
import { expect, test } from 'vitest';
import { memoizeByObject } from '../../src/util/memo.js';

test('builds once per key object, again for another object, and keeps undefined results', () => {
  const built: string[][] = [];
  const joined = memoizeByObject((words: string[]) => {
    built.push(words);
    return words.length > 0 ? words.join(' ') : undefined;
  });
  const a = ['barnets', 'bästa'];
  const empty: string[] = [];
  expect([joined(a), joined(a), joined(['barnets', 'bästa']), joined(empty), joined(empty)]).toEqual([
    'barnets bästa',
    'barnets bästa',
    'barnets bästa',
    undefined,
    undefined,
  ]);
  expect(built).toEqual([a, ['barnets', 'bästa'], empty]);
});
