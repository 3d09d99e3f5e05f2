import { describe, expect, it } from 'vitest';
import type { TermRef } from '../../src/language/compound.js';
import { FlatTrie, newTrieNode, type TrieBuildNode } from '../../src/language/trie.js';

const ref = (id: number): TermRef => ({
  id,
  key: `k${id}`,
  term: { text: `t${id}` } as TermRef['term'],
  shortCompound: false,
  words: [],
  surface: [],
  letters: 0,
});

/** A trie of `paths` (keys joined by spaces), the path's index as its ref's id. */
function build(paths: string[]): TrieBuildNode {
  const root = newTrieNode();
  for (const [id, path] of paths.entries()) {
    let node = root;
    for (const key of path.split(' ')) {
      let child = node.next.get(key);
      if (child === undefined) node.next.set(key, (child = newTrieNode()));
      node = child;
    }
    node.refs.push(ref(id));
  }
  return root;
}

/** The ids of the refs at the end of walking `keys` from the root, or null when the walk stops. */
function walk(trie: FlatTrie, keys: string[]): number[] | null {
  let node = 0;
  for (const key of keys) {
    node = trie.childByKey(node, key);
    if (node === -1) return null;
  }
  return trie.refs[node].map((r) => r.id);
}

describe('FlatTrie', () => {
  it('walks every path of the trie it was built from by numbers, and no other', () => {
    const paths = ['följ upp', 'följ', 'barn rätt', 'barn rätt perspektiv', 'rätt barn', 'upp'];
    const trie = new FlatTrie(build(paths));
    expect(walk(trie, ['följ', 'upp'])).toEqual([0]);
    expect(walk(trie, ['följ'])).toEqual([1]);
    expect(walk(trie, ['barn'])).toEqual([]);
    expect(walk(trie, ['barn', 'rätt'])).toEqual([2]);
    expect(walk(trie, ['barn', 'rätt', 'perspektiv'])).toEqual([3]);
    expect(walk(trie, ['rätt', 'barn'])).toEqual([4]);
    expect(walk(trie, ['upp'])).toEqual([5]);
    // Keys that exist elsewhere in the trie, but not below this node.
    expect(walk(trie, ['rätt', 'upp'])).toBeNull();
    expect(walk(trie, ['upp', 'barn'])).toBeNull();
    expect(walk(trie, ['barn', 'barn'])).toBeNull();
    expect(walk(trie, ['okänd'])).toBeNull();
    expect(trie.hasChildren[trie.childByKey(0, 'upp')]).toBe(0);
    expect(trie.hasChildren[trie.childByKey(0, 'barn')]).toBe(1);
  });

  it('keeps many edges apart in its table (collisions probe on)', () => {
    const paths: string[] = [];
    for (let a = 0; a < 60; a++) for (let b = 0; b < 60; b += 7) paths.push(`a${a} b${b}`);
    const trie = new FlatTrie(build(paths));
    for (const [id, path] of paths.entries()) expect(walk(trie, path.split(' '))).toEqual([id]);
    expect(walk(trie, ['a3', 'b1'])).toBeNull();
    expect(walk(trie, ['b7'])).toBeNull();
  });

  it('marks the nodes a verb particle continues', () => {
    const trie = new FlatTrie(build(['följ upp', 'följ', 'ta fram', 'ta']), new Set(['upp']));
    expect(trie.byParticle[trie.childByKey(0, 'följ')]).toBe(1);
    expect(trie.byParticle[trie.childByKey(0, 'ta')]).toBe(0);
    expect(trie.byParticle[0]).toBe(0);
  });
});
