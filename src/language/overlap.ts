// Overlap policy for matches (see the doc comment in matcher.ts): per key, overlapping matches
// collapse to the best one; across keys everything is kept and `dropNested` lets a caller resolve
// names inside longer names.
import type { TermMatch } from '../types.js';
import type { TermRef } from './compound.js';

/** How a candidate matched, as a number that is also its rank (word over compound over coordination). */
export const VIA_WORD = 0;
export const VIA_COMPOUND = 1;
export const VIA_COORDINATION = 2;
export const VIAS: readonly TermMatch['via'][] = ['word', 'compound', 'coordination'];

/**
 * Matches before overlap resolution, on token indices, as columns: one scratch the matcher clears
 * for each passage, so that a candidate is no object (a passage with a match has six on average,
 * and most become a `TermMatch` anyway; an object each was garbage at once).
 */
export class Candidates {
  refs: TermRef[] = [];
  first = new Int32Array(64);
  last = new Int32Array(64);
  via = new Uint8Array(64);
  length = 0;

  push(ref: TermRef, first: number, last: number, via: number): void {
    if (this.length === this.first.length) this.grow();
    const k = this.length++;
    this.refs[k] = ref;
    this.first[k] = first;
    this.last[k] = last;
    this.via[k] = via;
  }

  private grow(): void {
    const size = 2 * this.first.length;
    const first = new Int32Array(size);
    const last = new Int32Array(size);
    const via = new Uint8Array(size);
    first.set(this.first);
    last.set(this.last);
    via.set(this.via);
    [this.first, this.last, this.via] = [first, last, via];
  }
}

/** The candidate each key kept last in `collapse`'s sweep (a scratch, cleared per call). */
const lastKept = new Map<string, number>();

/**
 * Per key, overlapping matches collapse to the best one (policy in matcher.ts): one sweep
 * in text order, each match competing with the one its key kept last. Returns the kept
 * candidates' indices in text order (first token, then the longer, then by key).
 */
export function collapse(c: Candidates): number[] {
  const n = c.length;
  const order: number[] = [];
  for (let k = 0; k < n; k++) order.push(k);
  // One match or none (most passages): nothing to sort or collapse.
  if (n < 2) return order;
  // A stable sort of the indices in insertion order: ties keep the order they were found in.
  order.sort((a, b) => c.first[a] - c.first[b] || c.last[b] - c.last[a] || compareKeys(c.refs[a].key, c.refs[b].key));
  const dropped = new Uint8Array(n);
  lastKept.clear();
  for (const m of order) {
    const key = c.refs[m].key;
    const prev = lastKept.get(key);
    if (prev !== undefined && c.first[m] <= c.last[prev]) {
      if (better(c, m, prev) < 0) {
        dropped[prev] = 1;
        lastKept.set(key, m);
      } else {
        dropped[m] = 1;
      }
    } else {
      lastKept.set(key, m);
    }
  }
  return order.filter((m) => dropped[m] === 0);
}

const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Negative when candidate a should be kept over b: longer, then word over compound over coordination, then the longer term. */
const better = (c: Candidates, a: number, b: number) =>
  c.last[b] - c.first[b] - (c.last[a] - c.first[a]) ||
  c.via[a] - c.via[b] ||
  c.refs[b].term.text.length - c.refs[a].term.text.length ||
  c.first[a] - c.first[b] ||
  c.refs[a].id - c.refs[b].id;

/**
 * Drops matches that lie inside a longer match of another key when `shouldDrop(inner, outer)`
 * says so, e.g. the committee "socialnämnden" inside "arbetsmarknads- och socialnämnden".
 */
export function dropNested(matches: TermMatch[], shouldDrop: (inner: TermMatch, outer: TermMatch) => boolean = () => true): TermMatch[] {
  const order = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const dropped = new Set<TermMatch>();
  let open: TermMatch[] = [];
  for (const inner of order) {
    open = open.filter((outer) => outer.end > inner.start);
    for (const outer of open) {
      const longer = outer.end - outer.start > inner.end - inner.start;
      if (longer && outer.key !== inner.key && outer.end >= inner.end && shouldDrop(inner, outer)) {
        dropped.add(inner);
        break;
      }
    }
    open.push(inner);
  }
  return matches.filter((m) => !dropped.has(m));
}
