// From lexicon data to what the matcher takes: term specs with their defaults filled in, the
// entries (key + term) for categories, their exclusions and administrations' names, and the rule
// that drops a category's matches in a sentence where one of its exclusions matches.
import type { Administration, CompoundMode, Framework, Registry, Span, TermMatch, TermSpec } from '../types.js';

/** A term as written in a lexicon file: a string, or an object that overrides the defaults. */
export type RawTerm = string | { text: string; compound?: CompoundMode; caseSensitive?: boolean; weak?: boolean; facet?: string };

/** Terms written together under one source, strength and facet. */
export interface RawTermGroup {
  source?: string;
  weak?: boolean;
  facet?: string;
  terms: RawTerm[];
}

/** An entry of a category's `terms`. */
export type RawTermEntry = RawTerm | RawTermGroup;

const isGroup = (entry: RawTermEntry): entry is RawTermGroup => typeof entry === 'object' && 'terms' in entry;

/** Two or more capitals or digits and nothing else: LSS, SFI, KSAU, MKB. */
const ABBREVIATION = /^[\p{Lu}][\p{Lu}\d]+$/u;

/** Words of at least this many letters match inside compounds by default. */
export const COMPOUND_MIN_LETTERS = 6;

/**
 * The defaults for a term written as a plain string:
 * - an abbreviation in capitals (LSS, SFI, MKB) is case-sensitive and matches whole words only,
 *   since its lower-case twin is often an ordinary word;
 * - one word of at least six letters matches inside compounds as head or modifier ("any":
 *   konsekvensanalys ∈ barnkonsekvensanalys, barnrätt ∈ barnrättsarbetet);
 * - shorter words (val, råd, våld, kön) and phrases of several words match whole words only.
 */
export function defaultTerm(text: string): TermSpec {
  const trimmed = text.trim();
  if (ABBREVIATION.test(trimmed)) return { text: trimmed, compound: 'none', caseSensitive: true };
  const oneWord = !/\s/.test(trimmed);
  const letters = (trimmed.match(/\p{L}/gu) ?? []).length;
  return { text: trimmed, compound: oneWord && letters >= COMPOUND_MIN_LETTERS ? 'any' : 'none', caseSensitive: false };
}

export function normalizeTerm(raw: RawTerm): TermSpec {
  if (typeof raw === 'string') return defaultTerm(raw);
  const base = defaultTerm(raw.text);
  return {
    text: base.text,
    compound: raw.compound ?? base.compound,
    caseSensitive: raw.caseSensitive ?? base.caseSensitive,
    ...(raw.weak === true && { weak: true }),
    ...(raw.facet !== undefined && { facet: raw.facet }),
  };
}

/**
 * A category's `terms` as specs, groups flattened in order: a group's source, strength and facet
 * apply to its terms unless a term says otherwise.
 */
export function normalizeTermEntries(entries: readonly RawTermEntry[]): TermSpec[] {
  return entries.flatMap((entry) => {
    if (!isGroup(entry)) return [normalizeTerm(entry)];
    return entry.terms.map((raw) => {
      const term = normalizeTerm(raw);
      const own = typeof raw === 'string' ? undefined : raw;
      const weak = own?.weak ?? entry.weak;
      const facet = own?.facet ?? entry.facet;
      return {
        ...term,
        ...(weak === true && { weak: true }),
        ...(facet !== undefined && { facet }),
        ...(entry.source !== undefined && { source: entry.source }),
      };
    });
  });
}

/** Where each term of `normalizeTermEntries(entries)` stands under `terms`: [i] or [i, 'terms', k]. */
export function termEntryPaths(entries: readonly RawTermEntry[]): Array<Array<string | number>> {
  return entries.flatMap((entry, i) => (isGroup(entry) ? entry.terms.map((_, k) => [i, 'terms', k]) : [[i]]));
}

/**
 * How an administration's name, aliases and misspellings are matched. A one-word name may head a
 * compound's first part (kulturnämndens, kulturnämndsordförande) but is never matched as the end
 * of another word; names of several words and capital abbreviations match as they stand.
 */
export function nameTerm(name: string): TermSpec {
  const base = defaultTerm(name);
  if (base.caseSensitive) return base;
  return { ...base, compound: base.compound === 'any' ? 'modifier' : 'none' };
}

export function administrationTerms(administration: Administration): TermSpec[] {
  const names = [administration.name, ...administration.aliases, ...administration.misspellings];
  const seen = new Set<string>();
  const terms: TermSpec[] = [];
  for (const name of names) {
    const term = nameTerm(name);
    const id = term.caseSensitive ? term.text : term.text.toLocaleLowerCase('sv');
    if (seen.has(id)) continue;
    seen.add(id);
    terms.push(term);
  }
  return terms;
}

/** One term registered with the matcher under the key its matches are reported by. */
export interface LexiconEntry {
  key: string;
  term: TermSpec;
}

const EXCLUDE_PREFIX = 'exclude:';

/** The matcher key of a category's exclusions: `exclude:bostad`. */
export function excludeKey(categoryId: string): string {
  return `${EXCLUDE_PREFIX}${categoryId}`;
}

/** Every category's terms under its ID, and its exclusions under `exclude:<ID>`. */
export function categoryEntries(frameworks: Framework[]): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  for (const framework of frameworks) {
    for (const category of framework.categories) {
      for (const term of category.terms) entries.push({ key: category.id, term });
      for (const term of category.exclude) entries.push({ key: excludeKey(category.id), term });
    }
  }
  return entries;
}

/** Every administration's names under its ID. */
export function administrationEntries(registries: Registry[]): LexiconEntry[] {
  return registries.flatMap((registry) =>
    registry.administrations.flatMap((administration) => administrationTerms(administration).map((term) => ({ key: administration.id, term }))),
  );
}

/**
 * Drops every match of a category in a sentence where one of that category's exclusions matches,
 * and the exclusion matches themselves. `sentences` are spans in the same offsets as the matches;
 * without them the whole text counts as one sentence.
 */
export function applyExcludes(matches: TermMatch[], sentences: Span[] = []): TermMatch[] {
  if (!matches.some((match) => match.key.startsWith(EXCLUDE_PREFIX))) return matches;
  const sentenceOf = (offset: number): number => sentences.findIndex((s) => offset >= s.start && offset < s.end);
  const excluded = new Set<string>();
  for (const match of matches) {
    if (match.key.startsWith(EXCLUDE_PREFIX)) {
      excluded.add(`${match.key.slice(EXCLUDE_PREFIX.length)}\u0000${sentenceOf(match.start)}`);
    }
  }
  return matches.filter((match) => !match.key.startsWith(EXCLUDE_PREFIX) && !excluded.has(`${match.key}\u0000${sentenceOf(match.start)}`));
}
