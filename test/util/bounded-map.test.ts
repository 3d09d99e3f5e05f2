import { describe, expect, it } from 'vitest';
import { BoundedMap } from '../../src/util/bounded-map.js';

describe('BoundedMap', () => {
  it('starts over when a new key would pass the limit', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1).set('b', 2);
    expect([...map.keys()]).toEqual(['a', 'b']);
    map.set('c', 3);
    expect([...map.entries()]).toEqual([['c', 3]]);
  });

  it('updates a key it holds without starting over', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1).set('b', 2).set('a', 5);
    expect([...map.entries()]).toEqual([
      ['a', 5],
      ['b', 2],
    ]);
  });
});
