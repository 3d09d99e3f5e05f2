// Checks that need more than one value, or more than one file: unique IDs, terms written twice,
// `serves`, `offices` and group members that point nowhere, IDs that do not follow the names.
import path from 'node:path';
import type { BoilerplatePhrase, ConceptGroup, Framework, Registry, TermSpec } from '../types.js';
import { problemAt, type Problem, type SourceFile, type YamlPath } from '../data-files/problems.js';
import { termEntryPaths, type RawTermEntry } from './terms.js';

/** A value loaded from a file, with the file, so a problem can point into it. */
export interface Sourced<T> {
  value: T;
  source: SourceFile;
}

export interface LoadedFiles {
  frameworks: Sourced<Framework>[];
  registries: Sourced<Registry>[];
  concepts: Sourced<ConceptGroup[]>[];
  boilerplate: Sourced<BoilerplatePhrase[]>[];
}

/**
 * The ID part an administration's name gives: ASCII, lower case, å/ä→a, ö→o, words joined by `-`;
 * "&" is "och", so "Nämnden för Vård & Omsorg" and "Nämnden för vård och omsorg" are one ID.
 */
export function slugify(name: string): string {
  return name
    .replace(/&/g, ' och ')
    .toLocaleLowerCase('sv')
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** How two terms are told apart: case matters only for case-sensitive terms. */
function termIdentity(term: TermSpec): string {
  return term.caseSensitive ? term.text : term.text.toLocaleLowerCase('sv');
}

/** Reports the second and later occurrences of a key, pointing at each and naming the first. */
class FirstSeen {
  private readonly first = new Map<string, string>();
  constructor(private readonly problems: Problem[]) {}
  check(key: string, where: string, source: SourceFile, at: YamlPath, message: (first: string) => string): void {
    const first = this.first.get(key);
    if (first === undefined) this.first.set(key, where);
    else this.problems.push(problemAt(source, at, message(first)));
  }
}

function where(source: SourceFile, at: string): string {
  return `${path.basename(source.file)} ${at}`;
}

export function crossCheck(files: LoadedFiles): Problem[] {
  const problems: Problem[] = [];
  checkFrameworks(files.frameworks, problems);
  checkRegistries(files.registries, problems);
  checkConcepts(files.concepts, problems);
  const phraseIds = new FirstSeen(problems);
  const phraseTexts = new FirstSeen(problems);
  for (const { value, source } of files.boilerplate) {
    value.forEach((phrase, i) => {
      const at = `phrases[${i}]`;
      phraseIds.check(phrase.id, where(source, at), source, ['phrases', i, 'id'], (f) => `ID "${phrase.id}" finns redan (${f})`);
      phraseTexts.check(phrase.text.toLocaleLowerCase('sv'), where(source, at), source, ['phrases', i, 'text'], (f) => `frasen finns redan (${f})`);
    });
  }
  return problems;
}

function checkFrameworks(frameworks: Sourced<Framework>[], problems: Problem[]): void {
  const frameworkIds = new FirstSeen(problems);
  // Category IDs are matcher keys and tag IDs, so they must be unique across all frameworks.
  const categoryIds = new FirstSeen(problems);
  for (const { value: framework, source } of frameworks) {
    const stem = path.basename(source.file).replace(/\.ya?ml$/, '');
    if (framework.id !== stem) {
      problems.push(problemAt(source, ['id'], `ID "${framework.id}" ska vara filens namn, "${stem}"`));
    }
    frameworkIds.check(framework.id, path.basename(source.file), source, ['id'], (f) => `ramverket "${framework.id}" finns redan i ${f}`);
    framework.categories.forEach((category, c) => {
      categoryIds.check(
        category.id,
        where(source, `categories[${c}]`),
        source,
        ['categories', c, 'id'],
        (f) => `kategorin "${category.id}" finns redan (${f})`,
      );
      const terms = new FirstSeen(problems);
      const raw = (source.data as { categories: Array<{ terms: RawTermEntry[] }> }).categories[c].terms;
      const paths = termEntryPaths(raw);
      category.terms.forEach((term, t) => {
        const at = paths[t] ?? [t];
        const label = at.length === 1 ? `terms[${at[0]}]` : `terms[${at[0]}].terms[${at[2]}]`;
        terms.check(termIdentity(term), label, source, ['categories', c, 'terms', ...at], (f) => `termen "${term.text}" står redan som ${f}`);
      });
      category.exclude.forEach((term, t) => {
        terms.check(termIdentity(term), `exclude[${t}]`, source, ['categories', c, 'exclude', t], (f) => `undantaget "${term.text}" står redan som ${f}`);
      });
    });
  }
}

const COMMITTEE_KINDS = new Set(['nämnd', 'styrelse', 'fullmäktige', 'revision', 'råd']);

function checkRegistries(registries: Sourced<Registry>[], problems: Problem[]): void {
  const cities = new FirstSeen(problems);
  const ids = new FirstSeen(problems);
  const known = new Map<string, { city: string; kind: string; serves?: string }>();
  for (const { value: registry } of registries) {
    for (const a of registry.administrations) known.set(a.id, { city: registry.city, kind: a.kind, serves: a.serves });
  }
  for (const { value: registry, source } of registries) {
    cities.check(registry.city, path.basename(source.file), source, ['city'], (f) => `staden "${registry.city}" har redan ett register (${f})`);
    (registry.caseNumbers ?? []).forEach((format, i) => {
      const raw = (source.data as { caseNumbers: unknown[] }).caseNumbers[i];
      const problem = patternProblem(format.pattern);
      if (problem) problems.push(problemAt(source, typeof raw === 'string' ? ['caseNumbers', i] : ['caseNumbers', i, 'pattern'], problem));
    });
    const names = new Map<string, string>();
    registry.administrations.forEach((a, i) => {
      const at = (...rest: YamlPath): YamlPath => ['administrations', i, ...rest];
      ids.check(a.id, where(source, `administrations[${i}]`), source, at('id'), (f) => `ID "${a.id}" finns redan (${f})`);
      const [org, slug] = a.id.split('/');
      if (org !== registry.city) problems.push(problemAt(source, at('id'), `ID "${a.id}" ska börja med "${registry.city}/"`));
      if (slug !== slugify(a.name))
        problems.push(problemAt(source, at('id'), `ID "${a.id}" ska vara "${registry.city}/${slugify(a.name)}" efter namnet "${a.name}"`));
      const written: Array<[string, YamlPath]> = [
        [a.name, at('name')],
        ...a.aliases.map((n, k): [string, YamlPath] => [n, at('aliases', k)]),
        ...a.misspellings.map((n, k): [string, YamlPath] => [n, at('misspellings', k)]),
      ];
      for (const [name, namePath] of written) {
        const owner = names.get(name.toLocaleLowerCase('sv'));
        if (owner !== undefined && owner !== a.id) {
          problems.push(problemAt(source, namePath, `namnet "${name}" används redan av ${owner}`));
        }
        names.set(name.toLocaleLowerCase('sv'), a.id);
      }
      if (a.serves !== undefined) {
        const target = known.get(a.serves);
        if (a.kind !== 'förvaltning') problems.push(problemAt(source, at('serves'), `bara en förvaltning kan ha "serves", inte en ${a.kind}`));
        if (!target) problems.push(problemAt(source, at('serves'), `"${a.serves}" finns inte i något register`));
        else if (!COMMITTEE_KINDS.has(target.kind))
          problems.push(problemAt(source, at('serves'), `"${a.serves}" är en ${target.kind}, inte en nämnd eller styrelse`));
      }
      (a.offices ?? []).forEach((office, k) => {
        const target = known.get(office);
        if (!target) problems.push(problemAt(source, at('offices', k), `"${office}" finns inte i något register`));
        else if (target.kind !== 'förvaltning') problems.push(problemAt(source, at('offices', k), `"${office}" är en ${target.kind}, inte en förvaltning`));
        else if (target.serves !== undefined && target.serves !== a.id) {
          problems.push(problemAt(source, at('offices', k), `"${office}" betjänar enligt sitt "serves" ${target.serves}, inte ${a.id}`));
        }
      });
    });
    const groupNames = new FirstSeen(problems);
    registry.groups.forEach((group, g) => {
      for (const [k, name] of [group.name, ...group.aliases].entries()) {
        const namePath: YamlPath = k === 0 ? ['groups', g, 'name'] : ['groups', g, 'aliases', k - 1];
        groupNames.check(name.toLocaleLowerCase('sv'), `groups[${g}]`, source, namePath, (f) => `gruppnamnet "${name}" finns redan (${f})`);
        const owner = names.get(name.toLocaleLowerCase('sv'));
        if (owner !== undefined) problems.push(problemAt(source, namePath, `gruppnamnet "${name}" är redan namn på ${owner}`));
      }
      group.members.forEach((member, m) => {
        const target = known.get(member);
        if (!target) problems.push(problemAt(source, ['groups', g, 'members', m], `"${member}" finns inte i något register`));
        else if (target.city !== registry.city)
          problems.push(problemAt(source, ['groups', g, 'members', m], `"${member}" hör till ${target.city}, inte ${registry.city}`));
      });
    });
  }
}

/**
 * Why a case-number pattern cannot be used, or null. It is only ever tested against a short
 * candidate (what the case-number shape found), whole, so a slow pattern costs little.
 */
function patternProblem(pattern: string): string | null {
  try {
    new RegExp(`^(?:${pattern})$`, 'u');
    return null;
  } catch (error) {
    return `ogiltigt mönster: ${(error as Error).message}`;
  }
}

function checkConcepts(files: Sourced<ConceptGroup[]>[], problems: Problem[]): void {
  const ids = new FirstSeen(problems);
  const forms = new FirstSeen(problems);
  for (const { value, source } of files) {
    value.forEach((concept, i) => {
      ids.check(concept.id, where(source, `concepts[${i}]`), source, ['concepts', i, 'id'], (f) => `ID "${concept.id}" finns redan (${f})`);
      forms.check(concept.preferred, concept.id, source, ['concepts', i, 'preferred'], (f) => `"${concept.preferred}" hör redan till begreppet ${f}`);
      concept.variants.forEach((variant, k) => {
        if (variant === concept.preferred) {
          problems.push(problemAt(source, ['concepts', i, 'variants', k], `"${variant}" är redan den föredragna formen`));
          return;
        }
        forms.check(variant, concept.id, source, ['concepts', i, 'variants', k], (f) => `"${variant}" hör redan till begreppet ${f}`);
      });
    });
  }
}
