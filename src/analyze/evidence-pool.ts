// A cell's evidence kept while the corpus streams past: the true total, and at most `limit`
// items, the best by rank. Why a bound: analyze holds no document, so what a report quotes is
// all it keeps of the text, and a cell over a national corpus has thousands of passages.
//
// The rank, best first: the cell's first passage in a document before its second in the same
// document (one voice per document before a second from any); then the stronger passage (more
// distinct terms); then the document's path and the passage's place in it. Every part is known
// when the item arrives and never changes, so which items win does not depend on the order the
// documents arrive in or the threads that tagged them. The kept items stay in arrival order
// (input order): below the bound the list is every item in the order it had before the bound.
import type { EvidenceRef } from '../corpus/evidence.js';

/** What ranks one item: see the file's comment. */
export interface EvidenceRank {
  /** How many items of this cell came before it from the same document (0 for the first). */
  inDocument: number;
  /** Higher is stronger: distinct terms, or whatever the caller weighs. */
  strength: number;
  document: string;
  /** The passage's offset in its document. */
  offset: number;
}

/** Negative when `a` ranks before `b`. Paths compare by code unit: the same on every machine and locale. */
export function compareRanks(a: EvidenceRank, b: EvidenceRank): number {
  if (a.inDocument !== b.inDocument) return a.inDocument - b.inDocument;
  if (a.strength !== b.strength) return b.strength - a.strength;
  if (a.document !== b.document) return a.document < b.document ? -1 : 1;
  return a.offset - b.offset;
}

interface Kept extends EvidenceRank {
  /** The item's place among all the pool was offered: the kept are listed in this order. */
  arrival: number;
  ref: EvidenceRef;
}

/**
 * Whether kept item `a` goes before `b`: the worse rank, and of two equal ranks the one that
 * came first (so the pool drops what a scan for the first worst item would drop).
 */
const goesFirst = (a: Kept, b: Kept): boolean => {
  const order = compareRanks(a, b);
  return order > 0 || (order === 0 && a.arrival < b.arrival);
};

export class EvidencePool {
  /** Every item offered, kept or not. */
  total = 0;
  /**
   * The kept items as a heap with the worst on top: an offer that cannot enter costs one
   * comparison with it, one that enters a few more (a scan of all kept for the next worst was
   * most of the pool's time).
   */
  private readonly kept: Kept[] = [];
  /** The document of the last item offered, and how many of its items came before. */
  private lastDocument: string | null = null;
  private inDocument = 0;

  constructor(readonly limit: number) {}

  /**
   * Counts one item and keeps it if it ranks among the best `limit`; a document's items are
   * offered together, in order. `make` builds the item only when it is kept: a quote costs more
   * than the comparison.
   */
  offer(item: Omit<EvidenceRank, 'inDocument'>, make: () => EvidenceRef): void {
    const arrival = this.total++;
    if (item.document !== this.lastDocument) {
      this.lastDocument = item.document;
      this.inDocument = 0;
    }
    const inDocument = this.inDocument++;
    const kept = this.kept;
    if (kept.length < this.limit) {
      kept.push({ inDocument, strength: item.strength, document: item.document, offset: item.offset, arrival, ref: make() });
      // Without a bound nothing is ever dropped: no heap to keep.
      if (this.limit !== Infinity) this.up(kept.length - 1);
      return;
    }
    if (this.limit === 0) return;
    const worst = kept[0];
    // A later item of a document ranks below an earlier one of any: no other field is read.
    if (inDocument > worst.inDocument) return;
    const candidate: Kept = { inDocument, strength: item.strength, document: item.document, offset: item.offset, arrival, ref: worst.ref };
    if (compareRanks(candidate, worst) >= 0) return;
    candidate.ref = make();
    kept[0] = candidate;
    this.down(0);
  }

  /** The kept items, in the order they arrived. */
  items(): EvidenceRef[] {
    return [...this.kept].sort((a, b) => a.arrival - b.arrival).map((k) => k.ref);
  }

  private up(i: number): void {
    const kept = this.kept;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!goesFirst(kept[i], kept[parent])) return;
      const item = kept[i];
      kept[i] = kept[parent];
      kept[parent] = item;
      i = parent;
    }
  }

  private down(i: number): void {
    const kept = this.kept;
    for (;;) {
      let first = i;
      const left = 2 * i + 1;
      if (left < kept.length && goesFirst(kept[left], kept[first])) first = left;
      if (left + 1 < kept.length && goesFirst(kept[left + 1], kept[first])) first = left + 1;
      if (first === i) return;
      const item = kept[i];
      kept[i] = kept[first];
      kept[first] = item;
      i = first;
    }
  }
}
