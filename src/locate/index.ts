// locate: which municipality a document is from, and its case numbers in that city's formats.
//
// It runs after extraction, on every document every command reads (corpus/pool/task.ts,
// corpus/extract.ts), not inside it: extracted documents are cached by the file's bytes and the
// language data, and what decides the city is other data (sweden/municipalities.yaml and the
// registries' cues, domains and case-number formats, all of them layered by --lexicons) that the
// cache key does not hold. It is cheap (a scan of the text and a few lines) next to extraction.
//
// The order is the contract's: the manifest's `city:`, else --city, else the document itself, else
// null ("okänd kommun"). There is no fallback city.
import path from 'node:path';
import type { Document, Lexicons, Registry } from '../types.js';
import { caseNumberSearch } from '../language/case-numbers.js';
import type { SectionTitles } from '../language/section-titles.js';
import { loadLexicons } from '../lexicon/load.js';
import { Municipalities, municipalitiesFor, type Municipality } from '../lexicon/municipalities.js';
import { detectCaseNumbers } from '../segment/metadata.js';
import { detectCity, type CityDecision } from './city.js';
import { selfNameFinder, type SelfNameFinder } from './self-names.js';

export { detectCity, MARGIN, MIN_SCORE, type CityDecision, type CityScore, type Zone } from './city.js';
export { selfNameFinder, type SelfName, type SelfNameFinder } from './self-names.js';

/** What documents are located with, compiled once per run and thread from the lexicons. */
export interface Locator {
  municipalities: Municipalities;
  names: SelfNameFinder;
  /** The case-number search for a city: its registry's formats, else every registry's. */
  caseNumbers(city: string | null): (text: string) => { value: string; index: number }[];
}

/**
 * The data a locator is compiled from, as plain values: a run reads it once (the municipalities'
 * YAML alone takes a fifth of a second) and sends it to its worker threads.
 */
export interface LocateData {
  municipalities: readonly Municipality[];
  registries: ReadonlyArray<Pick<Registry, 'city' | 'cues' | 'domains' | 'caseNumbers'>>;
}

/** The locate data of loaded lexicons: their registries and the municipalities of their folder (layered). */
export function locateData(lexicons: Pick<Lexicons, 'registries' | 'dir'>): LocateData {
  return {
    municipalities: municipalitiesFor(lexicons.dir).all,
    registries: lexicons.registries.map(({ city, cues, domains, caseNumbers }) => ({ city, cues, domains, caseNumbers })),
  };
}

const known = new Map<string, LocateData>();

/**
 * The locate data of a lexicons folder (default the bundled one) for a run that does not tag and
 * so has not loaded the lexicons: loaded once per folder and process. Throws `LexiconError` or
 * `MunicipalitiesError` for bad lexicons.
 */
export function locateDataFor(lexiconsDir?: string): LocateData {
  const dir = path.resolve(lexiconsDir ?? '.');
  const key = lexiconsDir === undefined ? '' : dir;
  let data = known.get(key);
  if (!data) {
    data = locateData(loadLexicons(lexiconsDir));
    known.set(key, data);
  }
  return data;
}

export function buildLocator(data: LocateData): Locator {
  const municipalities = new Municipalities(data.municipalities);
  const formats = (patterns: string[]) => caseNumberSearch(patterns);
  const everyFormat = formats(data.registries.flatMap((r) => (r.caseNumbers ?? []).map((c) => c.pattern)));
  const byCity = new Map(
    data.registries.filter((r) => r.caseNumbers && r.caseNumbers.length > 0).map((r) => [r.city, formats(r.caseNumbers!.map((c) => c.pattern))]),
  );
  return {
    municipalities,
    names: selfNameFinder(municipalities, data.registries),
    caseNumbers: (city) => (city !== null && byCity.get(city)) || everyFormat,
  };
}

/** What the user says about a document's city: its manifest entry's, and --city. */
export interface GivenCity {
  manifest?: string;
  flag?: string;
}

/** `doc` with its city (given, else detected, else null) and its case numbers in that city's formats. */
export function locateDocument(doc: Document, locator: Locator, titles: SectionTitles, given: GivenCity = {}): Document {
  const city = given.manifest ?? given.flag ?? cityOf(doc, locator).city;
  const caseNumbers = detectCaseNumbers(doc.passages, doc.text, titles, locator.caseNumbers(city));
  return { ...doc, metadata: { ...doc.metadata, city, caseNumbers } };
}

/** How `doc` names itself, scored (see city.ts). */
export function cityOf(doc: Pick<Document, 'passages' | 'text' | 'furniture'>, locator: Locator): CityDecision {
  return detectCity(doc, locator.names);
}
