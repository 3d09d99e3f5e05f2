// A `--lexicons DIR` over the bundled lexicons: each file of the folder adds entries or puts its own
// in place of the bundled ones with the same ID. A framework is replaced by ID, and within it each
// category by ID (the others stay); a registry by city; a concept group and a stock phrase by ID;
// known words are added. What would collide with a bundled entry that stays is a problem in the
// folder's file, at its line.
import path from 'node:path';
import type { Category, Framework } from '../types.js';
import { problemAt, type Problem } from '../data-files/problems.js';
import type { LoadedFiles, Sourced } from './crosscheck.js';

/** `base` with `top` over it. A replaced entry keeps its place; a new one comes after the bundled ones. */
export function overlay(base: LoadedFiles, top: LoadedFiles): LoadedFiles {
  return {
    frameworks: overlayFrameworks(base.frameworks, top.frameworks),
    registries: replaceByKey(base.registries, top.registries, (r) => r.city),
    concepts: overlayLists(base.concepts, top.concepts),
    boilerplate: overlayLists(base.boilerplate, top.boilerplate),
  };
}

function overlayFrameworks(base: Sourced<Framework>[], top: Sourced<Framework>[]): Sourced<Framework>[] {
  const byId = new Map(top.map((f) => [f.value.id, f]));
  const merged = base.map((b) => {
    const t = byId.get(b.value.id);
    return t ? { value: mergeFramework(b.value, t.value), source: t.source } : b;
  });
  const known = new Set(base.map((b) => b.value.id));
  return [...merged, ...top.filter((t) => !known.has(t.value.id))];
}

/** The top framework's title, city and kind; the bundled categories it does not replace, then its own new ones. */
function mergeFramework(base: Framework, top: Framework): Framework {
  const own = new Map(top.categories.map((c) => [c.id, c]));
  const kind: Category['kind'] = top.kind === 'principles' ? 'principle' : 'area';
  const kept = base.categories.map((c) => own.get(c.id) ?? { ...c, kind });
  const known = new Set(base.categories.map((c) => c.id));
  return { ...top, categories: [...kept, ...top.categories.filter((c) => !known.has(c.id))] };
}

function replaceByKey<T>(base: Sourced<T>[], top: Sourced<T>[], key: (value: T) => string): Sourced<T>[] {
  const byKey = new Map(top.map((t) => [key(t.value), t]));
  const known = new Set(base.map((b) => key(b.value)));
  return [...base.map((b) => byKey.get(key(b.value)) ?? b), ...top.filter((t) => !known.has(key(t.value)))];
}

/** Files of entries with IDs (concepts, phrases): the bundled file without the IDs the top one has, then the top one. */
function overlayLists<T extends { id: string }>(base: Sourced<T[]>[], top: Sourced<T[]>[]): Sourced<T[]>[] {
  const replaced = new Set(top.flatMap((t) => t.value.map((e) => e.id)));
  return [...base.map((b) => ({ value: b.value.filter((e) => !replaced.has(e.id)), source: b.source })), ...top];
}

/** What the folder's files collide with among the bundled entries they leave in place. */
export function crossLayerProblems(base: LoadedFiles, top: LoadedFiles): Problem[] {
  return [...categoryCollisions(base, top), ...conceptCollisions(base, top), ...phraseCollisions(base, top)];
}

/** Category IDs are matcher keys and tags: one framework each, across the layers too. */
function categoryCollisions(base: LoadedFiles, top: LoadedFiles): Problem[] {
  const owner = new Map<string, { framework: string; file: string }>();
  for (const { value: f, source } of base.frameworks) {
    for (const c of f.categories) owner.set(c.id, { framework: f.id, file: path.basename(source.file) });
  }
  const problems: Problem[] = [];
  for (const { value: f, source } of top.frameworks) {
    f.categories.forEach((c, i) => {
      const first = owner.get(c.id);
      if (first && first.framework !== f.id) {
        problems.push(problemAt(source, ['categories', i, 'id'], `kategorin "${c.id}" finns redan i ramverket ${first.framework} (${first.file})`));
      }
    });
  }
  return problems;
}

/** A form (preferred or variant) belongs to one concept group, across the layers too. */
function conceptCollisions(base: LoadedFiles, top: LoadedFiles): Problem[] {
  const replaced = new Set(top.concepts.flatMap((t) => t.value.map((c) => c.id)));
  const owner = new Map<string, string>();
  for (const { value } of base.concepts) {
    for (const c of value) if (!replaced.has(c.id)) for (const form of [c.preferred, ...c.variants]) owner.set(form, c.id);
  }
  const problems: Problem[] = [];
  for (const { value, source } of top.concepts) {
    value.forEach((c, i) => {
      const forms: Array<[string, Array<string | number>]> = [
        [c.preferred, ['concepts', i, 'preferred']],
        ...c.variants.map((v, k): [string, Array<string | number>] => [v, ['concepts', i, 'variants', k]]),
      ];
      for (const [form, at] of forms) {
        const first = owner.get(form);
        if (first !== undefined) problems.push(problemAt(source, at, `"${form}" hör redan till begreppet ${first} (paketets concepts.yaml)`));
      }
    });
  }
  return problems;
}

function phraseCollisions(base: LoadedFiles, top: LoadedFiles): Problem[] {
  const replaced = new Set(top.boilerplate.flatMap((t) => t.value.map((p) => p.id)));
  const owner = new Map<string, string>();
  for (const { value } of base.boilerplate) for (const p of value) if (!replaced.has(p.id)) owner.set(p.text.toLocaleLowerCase('sv'), p.id);
  const problems: Problem[] = [];
  for (const { value, source } of top.boilerplate) {
    value.forEach((p, i) => {
      const first = owner.get(p.text.toLocaleLowerCase('sv'));
      if (first !== undefined) problems.push(problemAt(source, ['phrases', i, 'text'], `frasen finns redan (${first} i paketets boilerplate.yaml)`));
    });
  }
  return problems;
}
