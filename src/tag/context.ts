// Everything tagging and attribution compile from the lexicons, built once per run and reused for
// every document: matchers are the expensive part.
import { languageData, type LanguageData, type Matcher } from '../language/index.js';
import { loadAttributionCues, type AttributionCues } from '../attribute/cues.js';
import { compileExternalIndex, loadExternalBodies, type ExternalIndex } from '../attribute/external-bodies.js';
import { compileNames, type NameIndex } from '../attribute/name-index.js';
import type { AttributionScope } from '../attribute/index.js';
import { compileBoilerplate, type BoilerplateMatcher } from './boilerplate.js';
import { frameworksFor } from '../lexicon/frameworks.js';
import { compileCategories } from './category-matcher.js';
import type { SentenceKind } from './sentence-kinds.js';
import { compileOrganNames, type OrganNameRules } from './organ-names.js';
import { compilePolarity, type PolarityRules } from './polarity.js';
import type { Category, Document, Framework, Lexicons } from '../types.js';

/** What one city's documents are analysed with. */
export interface CityLexicons {
  /** The city's ID, or null for documents whose city is unknown. */
  city: string | null;
  /** The frameworks that apply to the city (lexicon/frameworks.ts): its principles (or the default ones, or the run's), then the rights areas. */
  frameworks: Framework[];
  categories: Map<string, Category>;
  /** One matcher over every category's terms (key: category ID), exclusions (`exclude:<ID>`) and procedure words. */
  categoryMatcher: Matcher;
  /** The facet of a weak term of a category, or null when the term is strong. */
  weakFacet(category: string, term: string): string | null;
  /** boilerplate.yaml's sentence kinds (budget, procurement, procedure …), by ID. */
  sentenceKinds: Map<string, SentenceKind>;
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
  /** --framework: the principles framework every document is read against instead of its city's. */
  framework?: string;
  /** Per city ID (null: unknown); other cities are added on first use. */
  cities: Map<string | null, CityLexicons>;
  cues: AttributionCues;
  /** Bodies that are never a city's own (language/external-bodies.yaml and every kommun and region), compiled. */
  external: ExternalIndex;
  boilerplate: BoilerplateMatcher;
  /** Organ-name shapes (boilerplate.yaml `organs`) and sentence polarity (swedish.yaml `polarity`). */
  rules: TagRules;
  /** The swedish.yaml every matcher here was compiled with, and passages are tokenized with. */
  language: LanguageData;
}

export interface ContextOptions {
  /** --framework: a principles framework's ID, for every document instead of its city's own or the default. */
  framework?: string;
  /** Attribution cue words; default language/attribution.yaml of `lexicons.dir` (else the bundled one). */
  cues?: AttributionCues;
  /** Language data; default language/swedish.yaml of `lexicons.dir` (else the bundled one). */
  language?: LanguageData;
}

/** The compiled context; each city's matchers are compiled on first use. Throws `CuesError` or `LanguageDataError` on a bad language file. */
export function buildContext(lexicons: Lexicons, options: ContextOptions = {}): TaggingContext {
  const language = options.language ?? languageData(lexicons.dir);
  const context: TaggingContext = {
    lexicons,
    ...(options.framework !== undefined && { framework: options.framework }),
    cities: new Map(),
    cues: options.cues ?? loadAttributionCues(lexicons.dir),
    external: compileExternalIndex(loadExternalBodies(lexicons.dir), language),
    boilerplate: compileBoilerplate(lexicons.boilerplate),
    language,
    rules: {},
  };
  context.rules = { organs: compileOrganNames(lexicons.organNames), polarity: compilePolarity(context.language) };
  // Each city's matchers are compiled on its first document (cityLexiconsFor): a run over one
  // city's memo does not pay for the other cities' (a third of `review`'s start-up).
  return context;
}

/** The analysis for `doc`: its city's, or, when its city is unknown, the rights areas and the default principles. */
export function cityLexiconsFor(doc: Document, context: TaggingContext): CityLexicons {
  return cityLexicons(context, doc.metadata.city);
}

/** The analysis of `city`'s documents (null: city unknown), compiled on first use. */
export function cityLexicons(context: TaggingContext, city: string | null): CityLexicons {
  let analysis = context.cities.get(city);
  if (!analysis) {
    analysis = compileCity(context, city);
    context.cities.set(city, analysis);
  }
  return analysis;
}

/** What attribution reads `doc` against: its city's registry and the cue words. */
export function attributionScope(doc: Document, context: TaggingContext): AttributionScope {
  const { city, names } = cityLexiconsFor(doc, context);
  return { city, names, cues: context.cues, language: context.language, external: context.external };
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

function compileCity(context: Pick<TaggingContext, 'lexicons' | 'language' | 'framework'>, city: string | null): CityLexicons {
  const { lexicons, language } = context;
  const frameworks = frameworksFor(lexicons, city, context.framework);
  const registry = city === null ? undefined : lexicons.registries.find((r) => r.city === city);
  return {
    city,
    frameworks,
    ...compileCategories(frameworks, lexicons, language),
    names: registry ? compileNames(registry, language) : null,
  };
}
