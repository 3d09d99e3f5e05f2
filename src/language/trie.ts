// The multi-word terms' trie (matcher.ts), built as objects keyed by strings and then flattened
// into numbers: nodes are numbered (the root is 0), keys are numbered, and a step is one probe of
// an open-addressed Int32Array by (node, key number). The matcher walks it from some 600,000
// tokens of 17 MB (common words start terms: "för", "med", "det"), nearly every walk ending after
// one step; a `Map` per node and an object per step cost more than the walk itself.
import type { TermRef } from './compound.js';

/** A trie node while the trie is built. */
export interface TrieBuildNode {
  next: Map<string, TrieBuildNode>;
  refs: TermRef[];
}

export const newTrieNode = (): TrieBuildNode => ({ next: new Map(), refs: [] });

const NO_REFS: readonly TermRef[] = [];
/** Cells per slot of the transition table: node, key number, child (node -1: an empty slot). */
const SLOT = 3;

export class FlatTrie {
  /** Every key of the trie, numbered. */
  readonly keyNumbers = new Map<string, number>();
  /** The terms that end at each node, by node number. */
  readonly refs: (readonly TermRef[])[] = [];
  /** 1 when the node has a child: a walk at a leaf stops without a probe. */
  readonly hasChildren: Uint8Array;
  /** 1 when a child of the node is keyed by one of the verb particles' stems (matcher.ts, particleAfterGap). */
  readonly byParticle: Uint8Array;
  private readonly table: Int32Array;
  private readonly mask: number;

  constructor(root: TrieBuildNode, particleStems: ReadonlySet<string> = new Set()) {
    const nodes: TrieBuildNode[] = [];
    const number = new Map<TrieBuildNode, number>();
    // Depth first from the root, children in insertion order: the numbering does not change a result, only where it is stored.
    const visit = (node: TrieBuildNode) => {
      number.set(node, nodes.length);
      nodes.push(node);
      for (const [key, child] of node.next) {
        if (!this.keyNumbers.has(key)) this.keyNumbers.set(key, this.keyNumbers.size);
        visit(child);
      }
    };
    visit(root);
    let edges = 0;
    for (const node of nodes) edges += node.next.size;
    let slots = 16;
    while (slots < 2 * edges) slots *= 2;
    this.mask = slots - 1;
    this.table = new Int32Array(SLOT * slots).fill(-1);
    this.hasChildren = new Uint8Array(nodes.length);
    this.byParticle = new Uint8Array(nodes.length);
    for (const [n, node] of nodes.entries()) {
      this.refs.push(node.refs.length === 0 ? NO_REFS : node.refs);
      if (node.next.size > 0) this.hasChildren[n] = 1;
      for (const [key, child] of node.next) {
        if (particleStems.has(key)) this.byParticle[n] = 1;
        this.place(n, this.keyNumbers.get(key)!, number.get(child)!);
      }
    }
  }

  /** The child of `node` by the key numbered `key`, or -1. */
  child(node: number, key: number): number {
    const table = this.table;
    for (let at = SLOT * (slotOf(node, key) & this.mask); table[at] !== -1; at = at + SLOT === table.length ? 0 : at + SLOT) {
      if (table[at] === node && table[at + 1] === key) return table[at + 2];
    }
    return -1;
  }

  /** The child of `node` by the key `key` (a string), or -1. */
  childByKey(node: number, key: string): number {
    const number = this.keyNumbers.get(key);
    return number === undefined ? -1 : this.child(node, number);
  }

  private place(node: number, key: number, child: number): void {
    const table = this.table;
    let at = SLOT * (slotOf(node, key) & this.mask);
    while (table[at] !== -1) at = at + SLOT === table.length ? 0 : at + SLOT;
    table[at] = node;
    table[at + 1] = key;
    table[at + 2] = child;
  }
}

/** A slot for (node, key): the two numbers mixed, since both are small and dense. */
const slotOf = (node: number, key: number) => {
  const h = Math.imul(node, 0x9e3779b1) ^ Math.imul(key, 0x85ebca6b);
  return h ^ (h >>> 16);
};
