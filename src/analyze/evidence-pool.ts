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

export class EvidencePool {
  /** Every item offered, kept or not. */
  total = 0;
  private readonly kept: Array<{ rank: EvidenceRank; ref: EvidenceRef }> = [];
  /** Index in `kept` of the worst item, once the pool is full. */
  private worst = -1;
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
    this.total++;
    if (item.document !== this.lastDocument) [this.lastDocument, this.inDocument] = [item.document, 0];
    const rank = { ...item, inDocument: this.inDocument++ };
    if (this.kept.length < this.limit) {
      this.kept.push({ rank, ref: make() });
      if (this.kept.length === this.limit) this.findWorst();
      return;
    }
    if (this.limit === 0 || compareRanks(rank, this.kept[this.worst].rank) >= 0) return;
    this.kept.splice(this.worst, 1);
    this.kept.push({ rank, ref: make() });
    this.findWorst();
  }

  /** The kept items, in the order they arrived. */
  items(): EvidenceRef[] {
    return this.kept.map((k) => k.ref);
  }

  private findWorst(): void {
    this.worst = 0;
    for (let i = 1; i < this.kept.length; i++) if (compareRanks(this.kept[i].rank, this.kept[this.worst].rank) > 0) this.worst = i;
  }
}
