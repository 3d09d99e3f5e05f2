// Everything tagging and attribution compile from the lexicons, built once per run and reused for
// every document: matchers are the expensive part.
import { languageData, type LanguageData, type Matcher } from '../language/index.js';
import { loadAttributionCues, type AttributionCues } from '../attribute/cues.js';
import { compileNames, type NameIndex } from '../attribute/name-index.js';
import type { AttributionScope } from '../attribute/index.js';
import { compileBoilerplate, type BoilerplateMatcher } from './boilerplate.js';
import { compileCategories } from './category-matcher.js';
import { compileOrganNames, type OrganNameRules } from './organ-names.js';
import { compilePolarity, type PolarityRules } from './polarity.js';
import type { Category, Document, Framework, Lexicons } from '../types.js';

/** What one city's documents are analysed with. */
export interface CityLexicons {
  city: string;
  /** The city's own frameworks followed by the shared ones (rights areas). */
  frameworks: Framework[];
  categories: Map<string, Category>;
  /** One matcher over every category's terms (key: category ID), exclusions (`exclude:<ID>`) and procedure words. */
  categoryMatcher: Matcher;
  /** The facet of a weak term of a category, or null when the term is strong. */
  weakFacet(category: string, term: string): string | null;
  /** The city's registry compiled, or null when the lexicons have none for it. */
  names: NameIndex | null;
}

/** What tagging reads beyond the city's categories: organ-name shapes and sentence polarity. */
export interface TagRules {
  organs?: OrganNameRules;
  polarity?: PolarityRules;
}

export interface TaggingContext {
  lexicons: Lexicons;
  /** City for documents whose metadata names none. */
  defaultCity: string;
  /** Per city slug; cities the lexicons do not know are added on first use (rights areas only). */
  cities: Map<string, CityLexicons>;
  cues: AttributionCues;
  boilerplate: BoilerplateMatcher;
  /** Organ-name shapes (boilerplate.yaml `organs`) and sentence polarity (swedish.yaml `polarity`). */
  rules: TagRules;
  /** The swedish.yaml every matcher here was compiled with, and passages are tokenized with. */
  language: LanguageData;
}

export interface ContextOptions {
  /** Default "malmo". */
  defaultCity?: string;
  /** Attribution cue words; default language/attribution.yaml of `lexicons.dir` (else the bundled one). */
  cues?: AttributionCues;
  /** Language data; default language/swedish.yaml of `lexicons.dir` (else the bundled one). */
  language?: LanguageData;
}

export const DEFAULT_CITY = 'malmo';

/** Compiles matchers for every city the lexicons know; throws `CuesError` or `LanguageDataError` on a bad language file. */
export function buildContext(lexicons: Lexicons, options: ContextOptions = {}): TaggingContext {
  const context: TaggingContext = {
    lexicons,
    defaultCity: options.defaultCity ?? DEFAULT_CITY,
    cities: new Map(),
    cues: options.cues ?? loadAttributionCues(lexicons.dir),
    boilerplate: compileBoilerplate(lexicons.boilerplate),
    language: options.language ?? languageData(lexicons.dir),
    rules: {},
  };
  context.rules = { organs: compileOrganNames(lexicons.organNames), polarity: compilePolarity(context.language) };
  for (const city of knownCities(lexicons)) context.cities.set(city, compileCity(lexicons, city, context.language));
  return context;
}

/** The analysis for `doc`: its own city's, else the default city's. */
export function cityLexiconsFor(doc: Document, context: TaggingContext): CityLexicons {
  const city = doc.metadata.city ?? context.defaultCity;
  let analysis = context.cities.get(city);
  if (!analysis) {
    analysis = compileCity(context.lexicons, city, context.language);
    context.cities.set(city, analysis);
  }
  return analysis;
}

/** What attribution reads `doc` against: its city's registry and the cue words. */
export function attributionScope(doc: Document, context: TaggingContext): AttributionScope {
  const { city, names } = cityLexiconsFor(doc, context);
  return { city, names, cues: context.cues, language: context.language };
}

/** Cities with a framework or a registry of their own, sorted. */
export function contextCities(context: TaggingContext): string[] {
  return knownCities(context.lexicons);
}

export function isKnownAdministration(context: TaggingContext, id: string): boolean {
  return context.lexicons.registries.some((r) => r.administrations.some((a) => a.id === id));
}

function knownCities(lexicons: Lexicons): string[] {
  const cities = new Set<string>();
  for (const f of lexicons.frameworks) if (f.city !== null) cities.add(f.city);
  for (const r of lexicons.registries) cities.add(r.city);
  return [...cities].sort();
}

function compileCity(lexicons: Lexicons, city: string, language: LanguageData): CityLexicons {
  const frameworks = [...lexicons.frameworks.filter((f) => f.city === city), ...lexicons.frameworks.filter((f) => f.city === null)];
  const registry = lexicons.registries.find((r) => r.city === city);
  return {
    city,
    frameworks,
    ...compileCategories(frameworks, lexicons, language),
    names: registry ? compileNames(registry, language) : null,
  };
}
