// Whether a capitalized word is a place, and whose: the document's own kommun or region, another
// one (sweden/municipalities.yaml, any form: "Lund", "Lunds"), or a landskap or country from
// attribution.yaml ("Småland", "Sverige"). Companies are told apart by it ("Växjö Energi AB" is
// Växjö's, "Kulturparken Småland AB" not).
import { municipalities } from '../lexicon/municipalities.js';
import type { CompanyCues } from './cues.js';
import type { PlaceTest } from './organ-shapes.js';

const tests = new WeakMap<CompanyCues, Map<string, PlaceTest>>();

export function placeTest(city: string | null, companies: CompanyCues): PlaceTest {
  let byCity = tests.get(companies);
  if (!byCity) tests.set(companies, (byCity = new Map()));
  const key = city ?? '';
  let test = byCity.get(key);
  if (!test) {
    const index = municipalities();
    test = (word) => {
      const found = index.allByName(word);
      if (found.some((m) => m.id === city)) return 'own';
      if (found.length > 0 || companies.places.has(word) || companies.places.has(word.replace(/s$/, ''))) return 'other';
      return null;
    };
    byCity.set(key, test);
  }
  return test;
}

/** Whether the city is a region (its "Regionstyrelsen" is its own). */
export function isRegion(city: string | null): boolean {
  return city !== null && municipalities().byId(city)?.kind === 'region';
}
