// Looking up an administration's name as a memo writes it: the canonical name or an alias, a
// known misspelling from the registry, a variant in capitals only, or a near miss by a letter or
// two (Kulturnämden). The first letter's case never counts: lists and sentences capitalize it.
import type { Registry } from '../types.js';
import { damerauLevenshtein } from '../util/distance.js';
import { memoizeByObject } from '../util/memo.js';

export type NameForm = 'canonical' | 'misspelling' | 'case' | 'near';

export interface NameResolution {
  /** Administration ID, or `group:<name>` for a group noun (utbildningsnämnderna). */
  id: string;
  form: NameForm;
  /** The canonical name to suggest. */
  canonical: string;
}

export interface NameLookup {
  resolve(name: string): NameResolution | null;
  /** Every registry misspelling with its administration, for scanning running text. */
  misspellings: Array<{ text: string; id: string; canonical: string }>;
}

/** Collapses white space and lower-cases the first letter, so only real differences remain. */
export function nameKey(name: string): string {
  const collapsed = name
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.])/g, '$1')
    .trim();
  return collapsed.charAt(0).toLowerCase() + collapsed.slice(1);
}

/** A near miss may differ by one edit per six letters, at most two. */
function nearEnough(distance: number, length: number): boolean {
  return distance > 0 && distance <= Math.min(2, Math.floor(length / 6));
}

/** The lookup for `registry`, built once per registry: every rule reads it for every document. */
export function nameLookup(registry: Registry | null): NameLookup {
  return registry ? lookupFor(registry) : buildLookup(null);
}

const lookupFor = memoizeByObject((registry: Registry) => buildLookup(registry));

function buildLookup(registry: Registry | null): NameLookup {
  const exact = new Map<string, NameResolution>();
  const folded = new Map<string, NameResolution>();
  const misspellings: NameLookup['misspellings'] = [];
  const add = (id: string, canonical: string, names: string[], wrongs: string[]) => {
    for (const name of names) {
      exact.set(nameKey(name), { id, form: 'canonical', canonical });
      folded.set(nameKey(name).toLowerCase(), { id, form: 'case', canonical });
    }
    for (const wrong of wrongs) {
      exact.set(nameKey(wrong), { id, form: 'misspelling', canonical });
      misspellings.push({ text: wrong, id, canonical });
    }
  };
  for (const admin of registry?.administrations ?? []) add(admin.id, admin.name, [admin.name, ...admin.aliases], admin.misspellings);
  for (const group of registry?.groups ?? []) add(`group:${group.name}`, group.name, [group.name, ...group.aliases], []);
  return {
    misspellings,
    resolve(name) {
      const key = nameKey(name);
      const hit = exact.get(key) ?? folded.get(key.toLowerCase());
      if (hit) return hit;
      let best: { resolution: NameResolution; distance: number } | null = null;
      let tie = false;
      for (const [candidate, resolution] of folded) {
        if (Math.abs(candidate.length - key.length) > 2) continue;
        // Bounded by the most a near miss may differ: farther names cost less and are rejected all the same.
        const distance = damerauLevenshtein(key.toLowerCase(), candidate, 2);
        if (!nearEnough(distance, candidate.length)) continue;
        if (best && distance === best.distance && best.resolution.id !== resolution.id) tie = true;
        if (!best || distance < best.distance) {
          best = { resolution, distance };
          tie = false;
        }
      }
      return best && !tie ? { ...best.resolution, form: 'near' } : null;
    },
  };
}
