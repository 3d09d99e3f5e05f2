// Looking up an administration's name as a memo writes it: the canonical name or an alias, a
// known misspelling from the registry, a variant in capitals only, or a near miss by a letter or
// two (Kulturnämden). The first letter's case never counts: lists and sentences capitalize it.
import type { Registry } from '../types.js';

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

/** Damerau–Levenshtein distance (optimal string alignment), for near misses. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** A near miss may differ by one edit per six letters, at most two. */
function nearEnough(distance: number, length: number): boolean {
  return distance > 0 && distance <= Math.min(2, Math.floor(length / 6));
}

export function nameLookup(registry: Registry | null): NameLookup {
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
        const distance = editDistance(key.toLowerCase(), candidate);
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
