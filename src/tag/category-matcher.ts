// What the category tagger of one city is compiled from: its frameworks' terms and exclusions,
// the sentence kinds of boilerplate.yaml (budget, procurement, procedure …), and which terms are weak.
import { compileMatcher, type LanguageData, type Matcher } from '../language/index.js';
import { categoryEntries, type LexiconEntry } from '../lexicon/terms.js';
import type { Category, Framework, Lexicons } from '../types.js';
import { compileKinds, KIND_NOT_PREFIX, KIND_PREFIX, KIND_WITH_AMOUNT_PREFIX, type SentenceKind } from './sentence-kinds.js';

export interface CompiledCategories {
  categories: Map<string, Category>;
  /** One matcher over every category's terms (key: category ID), exclusions (`exclude:<ID>`) and the words of sentence kinds. */
  categoryMatcher: Matcher;
  /** boilerplate.yaml's sentence kinds, by ID. */
  sentenceKinds: Map<string, SentenceKind>;
  /** The facet of a weak term of a category, or null when the term is strong. */
  weakFacet(category: string, term: string): string | null;
}

/** The categories of `frameworks`, the first framework's winning where IDs repeat. */
export function compileCategories(frameworks: Framework[], lexicons: Lexicons, language: LanguageData): CompiledCategories {
  const categories = new Map<string, Category>();
  for (const framework of frameworks) {
    for (const category of framework.categories) if (!categories.has(category.id)) categories.set(category.id, category);
  }
  // Category → weak term → facet: asked for every match, so no key is built per question.
  const weak = new Map<string, Map<string, string>>();
  for (const category of categories.values()) {
    for (const term of category.terms) {
      if (!term.weak) continue;
      let facets = weak.get(category.id);
      if (facets === undefined) weak.set(category.id, (facets = new Map()));
      facets.set(term.text, term.facet ?? term.text.toLowerCase());
    }
  }
  const kinds = lexicons.boilerplateSentences ?? [];
  const kindWords: LexiconEntry[] = kinds.flatMap((group) => [
    ...group.terms.map((term) => ({ key: `${KIND_PREFIX}${group.id}`, term })),
    ...(group.withAmount ?? []).map((term) => ({ key: `${KIND_WITH_AMOUNT_PREFIX}${group.id}`, term })),
    ...(group.notWith ?? []).map((term) => ({ key: `${KIND_NOT_PREFIX}${group.id}`, term })),
  ]);
  return {
    categories,
    categoryMatcher: compileMatcher([...categoryEntries(frameworks), ...kindWords], { language, inflectPhrases: true }),
    sentenceKinds: compileKinds(kinds),
    weakFacet: (category, term) => weak.get(category)?.get(term) ?? null,
  };
}
