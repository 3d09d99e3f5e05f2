// The administrations expected to answer: the registry's committees and companies for the
// corpus's city, or a list the user gives (IDs or names, one a line).
import { UNKNOWN_CITY_ID } from '../lexicon/unknown-city.js';
import { slugify } from '../lexicon/crosscheck.js';
import { cityName, municipalitiesFor } from '../lexicon/municipalities.js';
import type { AdministrationKind, Lexicons, AnalysisDocument } from '../types.js';

export interface ExpectedSet {
  source: 'registry' | 'list' | 'none';
  /** Swedish description for reports: "Malmö stads register (nämnder och bolag)". */
  label: string;
  city: string | null;
  ids: string[];
  /** Names in a user's list that no registry knows (kept as `<city>/<slug>`, `okand/<slug>` without a city). */
  unknown: string[];
}

const KIND_PLURAL: Record<AdministrationKind, string> = {
  nämnd: 'nämnder',
  bolag: 'bolag',
  förvaltning: 'förvaltningar',
  fullmäktige: 'fullmäktige',
  styrelse: 'styrelser',
  utskott: 'utskott',
  beredning: 'beredningar',
  råd: 'råd',
  revision: 'revision',
  stad: 'stad',
};

/** The city most documents come from (ties: the first in corpus order), or null. */
export function mainCity(docs: readonly AnalysisDocument[]): string | null {
  return mainCityOf(docs.map((d) => d.metadata.city));
}

/** `mainCity` of the documents' cities. */
export function mainCityOf(cities: ReadonlyArray<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const city of cities) if (city) counts.set(city, (counts.get(city) ?? 0) + 1);
  let best: string | null = null;
  for (const [city, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = city;
  return best;
}

export function expectedFromRegistry(lexicons: Lexicons, city: string | null, kinds: readonly AdministrationKind[]): ExpectedSet {
  const registry = lexicons.registries.find((r) => r.city === city);
  if (!registry) {
    // The municipality's own name, not its ID: "Piteå kommun", never "pitea".
    const name = city ? cityName(city, municipalitiesFor(lexicons.dir)) : null;
    return { source: 'none', label: name ? `inget register för ${name}` : 'ingen stad angiven', city, ids: [], unknown: [] };
  }
  const ids = registry.administrations.filter((a) => kinds.includes(a.kind)).map((a) => a.id);
  const label = `${registry.name}s register (${kinds.map((k) => KIND_PLURAL[k]).join(' och ')})`;
  return { source: 'registry', label, city, ids, unknown: [] };
}

/** Lines of a --expected file: blank lines and `#` comments dropped. */
export function parseExpectedList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line !== '');
}

/** Resolves IDs and names (any case, any registry; the given city's first) to administration IDs. */
export function expectedFromList(entries: readonly string[], lexicons: Lexicons, city: string | null, label: string): ExpectedSet {
  const byKey = new Map<string, string>();
  const registries = [...lexicons.registries].sort((a, b) => Number(b.city === city) - Number(a.city === city));
  for (const registry of registries.reverse()) {
    for (const a of registry.administrations) {
      for (const name of [a.id, a.name, ...a.aliases, ...a.misspellings]) byKey.set(key(name), a.id);
    }
  }
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const entry of entries) {
    const id = byKey.get(key(entry));
    if (id) ids.push(id);
    else {
      unknown.push(entry);
      ids.push(/^[a-z-]+\/[a-z0-9-]+$/.test(entry) ? entry : `${city ?? UNKNOWN_CITY_ID}/${slugify(entry)}`);
    }
  }
  return { source: 'list', label, city, ids: [...new Set(ids)], unknown };
}

function key(name: string): string {
  return name.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();
}
