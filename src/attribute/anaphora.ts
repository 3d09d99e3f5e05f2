// Anaphors: "nämnden", "bolaget", "förvaltningen", "styrelsen" refer back to the administration of
// a fitting kind named last, in the passage before the word, else earlier in the same section.
import type { AdministrationKind, Span } from '../types.js';
import type { AnaphorCue } from './cues.js';
import { overlapsAny, sortInPlace } from './words.js';

export interface AnaphorSite extends Span {
  text: string;
  kinds: AdministrationKind[];
  /** Kinds that go before a nearer antecedent of the others (`AnaphorCue.prefers`). */
  prefers: AdministrationKind[];
}

/** An administration named somewhere, as a candidate for anaphors after it. */
export interface Antecedent {
  id: string;
  kind: AdministrationKind | null;
  /** Offset in the passage; earlier passages' antecedents use -1. */
  start: number;
}

/**
 * Anaphor words outside `taken` (names and generic phrases), in text order. `found` holds, for
 * each word of `anaphorWords(cues).words` in order, where it occurs (`findPhrases`).
 */
export function findAnaphors(text: string, found: readonly (readonly Span[])[], cues: readonly AnaphorCue[], taken: readonly Span[]): AnaphorSite[] {
  const { kinds, prefers } = anaphorWords(cues);
  const sites: AnaphorSite[] = [];
  // Cue by cue, word by word, as the list is ordered: the sort below is stable.
  // Indexed loops and the span's two fields written out: `forEach`, `for … of` and a spread made objects per step.
  for (let i = 0; i < found.length; i++) {
    const spans = found[i];
    for (let k = 0; k < spans.length; k++) {
      const span = spans[k];
      if (!overlapsAny(span, taken))
        sites.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), kinds: kinds[i], prefers: prefers[i] });
    }
  }
  return sortInPlace(sites, (a, b) => a.start - b.start);
}

/** Every cue's words in one list (with each word's kinds), so one scan finds them all. */
export function anaphorWords(cues: readonly AnaphorCue[]): AnaphorWords {
  let flat = anaphorLists.get(cues);
  if (!flat) {
    flat = {
      words: cues.flatMap((c) => c.words),
      kinds: cues.flatMap((c) => c.words.map(() => c.kinds)),
      prefers: cues.flatMap((c) => c.words.map(() => c.prefers.filter((k) => c.kinds.includes(k)))),
    };
    anaphorLists.set(cues, flat);
  }
  return flat;
}

interface AnaphorWords {
  words: string[];
  kinds: AdministrationKind[][];
  /** Per word, the kinds it prefers that it can refer back to at all. */
  prefers: AdministrationKind[][];
}

const anaphorLists = new WeakMap<readonly AnaphorCue[], AnaphorWords>();

/**
 * The antecedent of `site`: the last one of a fitting kind before it in the passage, else the
 * last of a fitting kind in `earlier` (the section so far, oldest first), else the first of a
 * fitting kind in `fallback` (the organ the document is from and its office), else null. One of
 * the kinds the site prefers goes before a nearer one of the others within the passage; within
 * the section only the document's own (in `fallback`) does: "förvaltningen" two passages after a
 * partner's office is still the writer's. A plural (`barriers`: offsets in the passage) between
 * antecedent and anaphor makes the anaphor distributive, and it refers to no one in particular.
 */
export function resolveAnaphor(
  site: AnaphorSite,
  inPassage: readonly Antecedent[],
  earlier: readonly Antecedent[],
  barriers: readonly number[] = [],
  fallback: readonly Antecedent[] = [],
): Antecedent | null {
  const fits = (a: Antecedent) => a.kind !== null && site.kinds.includes(a.kind);
  const preferred = (a: Antecedent) => a.kind !== null && site.prefers.includes(a.kind);
  const open = (from: number) => !barriers.some((b) => b > from && b < site.start);
  // Antecedents resolved from earlier anaphors are appended as they are found: take the nearest.
  const nearest = (test: (a: Antecedent) => boolean) =>
    inPassage.filter((a) => a.start < site.start && test(a)).reduce<Antecedent | null>((best, a) => (best === null || a.start > best.start ? a : best), null);
  const last = nearest(fits);
  if (last !== null) {
    const chosen = site.prefers.length === 0 || preferred(last) ? last : (nearest(preferred) ?? last);
    return open(chosen.start) ? chosen : null;
  }
  if (site.prefers.length > 0) {
    for (let i = earlier.length - 1; i >= 0; i--) {
      const a = earlier[i];
      if (preferred(a) && fallback.some((own) => own.id === a.id)) return open(-1) ? a : null;
    }
  }
  for (let i = earlier.length - 1; i >= 0; i--) if (fits(earlier[i])) return open(-1) ? earlier[i] : null;
  const own = fallback.find(fits);
  return own && open(-1) ? own : null;
}
