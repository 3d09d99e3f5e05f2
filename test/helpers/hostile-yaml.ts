// YAML built to hurt a parser, for the tests of every loader of data files.

/** "Billion laughs": each level nine aliases of the one before, 9^7 values from seven lines; the first alias is at 2:8. */
export const ALIAS_BOMB = [
  'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  ...'bcdefg'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`),
  '',
].join('\n');
