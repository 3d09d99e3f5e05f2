// Whether a capitalized word is a place, and whose: the document's own kommun or region, another
// one (sweden/municipalities.yaml, any form: "Lund", "Lunds"), or a landskap or country from
// attribution.yaml ("Småland", "Sverige"). Companies are told apart by it ("Växjö Energi AB" is
// Växjö's, "Kulturparken Småland AB" not).
import { municipalities } from '../lexicon/municipalities.js';
import type { CompanyCues } from './cues.js';
import type { PlaceTest } from './organ-shapes.js';
import { BoundedMap } from '../util/bounded-map.js';

const PLACE_CACHE_LIMIT = 10_000;
const tests = new WeakMap<CompanyCues, Map<string, PlaceTest>>();

export function placeTest(city: string | null, companies: CompanyCues): PlaceTest {
  let byCity = tests.get(companies);
  if (!byCity) tests.set(companies, (byCity = new Map()));
  const key = city ?? '';
  let test = byCity.get(key);
  if (!test) {
    const index = municipalities();
    const placeOf = (word: string): 'own' | 'other' | null => {
      const found = index.allByName(word);
      if (found.some((m) => m.id === city)) return 'own';
      if (found.length > 0 || companies.places.has(word) || companies.places.has(word.replace(/s$/, ''))) return 'other';
      return null;
    };
    // Remembered per word: every word of a company's name is asked, and a name's key is normalized, lower-cased and copied.
    const known = new BoundedMap<string, 'own' | 'other' | null>(PLACE_CACHE_LIMIT);
    test = (word) => {
      let place = known.get(word);
      if (place === undefined) known.set(word, (place = placeOf(word)));
      return place;
    };
    byCity.set(key, test);
  }
  return test;
}

/** Whether the city is a region (its "Regionstyrelsen" is its own). */
export function isRegion(city: string | null): boolean {
  return city !== null && municipalities().byId(city)?.kind === 'region';
}
