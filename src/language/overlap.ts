// Overlap policy for matches (see the doc comment in matcher.ts): per key, overlapping matches
// collapse to the best one; across keys everything is kept and `dropNested` lets a caller resolve
// names inside longer names.
import type { TermMatch } from '../types.js';
import type { TermRef } from './compound.js';

/** A match before overlap resolution, on token indices. */
export interface Candidate {
  ref: TermRef;
  first: number;
  last: number;
  via: TermMatch['via'];
  dropped: boolean;
}

const VIA_RANK = { word: 0, compound: 1, coordination: 2 } as const;

/**
 * Per key, overlapping matches collapse to the best one (policy in matcher.ts): one sweep
 * in text order, each match competing with the one its key kept last.
 */
export function collapse(found: Candidate[]): Candidate[] {
  // One match or none (most passages): nothing to sort or collapse.
  if (found.length < 2) return found;
  nearlySorted(found, byPlace);
  const lastKept = keptScratch;
  lastKept.clear();
  let dropped = 0;
  for (const m of found) {
    const prev = lastKept.get(m.ref.key);
    if (prev !== undefined && m.first <= prev.last) {
      dropped++;
      if (better(m, prev) < 0) {
        prev.dropped = true;
        lastKept.set(m.ref.key, m);
      } else {
        m.dropped = true;
      }
    } else {
      lastKept.set(m.ref.key, m);
    }
  }
  lastKept.clear();
  // Nothing overlapped (most passages): the sorted list itself, no copy.
  return dropped === 0 ? found : found.filter((m) => !m.dropped);
}

/** `collapse`'s last kept match per key, one map for every call (cleared before and after). */
const keptScratch = new Map<string, Candidate>();

const byPlace = (a: Candidate, b: Candidate) => a.first - b.first || b.last - a.last || compareKeys(a.ref.key, b.ref.key);

/**
 * `list.sort(compare)` for a list nearly in order already, by insertion: the matcher finds
 * candidates by their first token (only the longer of one start and the coordinations' come
 * out of place), so it is close to one comparison per item, where `sort` made a work array per
 * passage. Stable, as `sort` is, so the order is the same. A list far out of order (many
 * coordinations) is handed to `sort` once the moves pass a few per item: the part sorted so far
 * keeps the original order of equals, so the stable `sort` ends with the same order.
 */
function nearlySorted<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  let moves = 4 * list.length;
  for (let i = 1; i < list.length; i++) {
    const item = list[i];
    let j = i - 1;
    for (; j >= 0 && compare(list[j], item) > 0; j--) list[j + 1] = list[j];
    list[j + 1] = item;
    moves -= i - 1 - j;
    if (moves < 0) return list.sort(compare);
  }
  return list;
}

const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Negative when a should be kept over b: longer, then word over compound over coordination, then the longer term. */
const better = (a: Candidate, b: Candidate) =>
  b.last - b.first - (a.last - a.first) ||
  VIA_RANK[a.via] - VIA_RANK[b.via] ||
  b.ref.term.text.length - a.ref.term.text.length ||
  a.first - b.first ||
  a.ref.id - b.ref.id;

const byStart = (a: TermMatch, b: TermMatch) => a.start - b.start || b.end - a.end;

/**
 * Drops matches that lie inside a longer match of another key when `shouldDrop(inner, outer)`
 * says so, e.g. the committee "socialnämnden" inside "arbetsmarknads- och socialnämnden".
 */
export function dropNested(matches: TermMatch[], shouldDrop: (inner: TermMatch, outer: TermMatch) => boolean = () => true): TermMatch[] {
  // A matcher's matches come in this order already.
  const order = nearlySorted(matches.slice(), byStart);
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
