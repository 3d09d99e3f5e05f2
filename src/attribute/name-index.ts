// Registered names: one compiled matcher per city registry over every administration's name,
// aliases and misspellings and every group noun, and the step from raw matches to mentions
// (offices credited to their committee, group nouns expanded to their members).
import { compileMatcher, dropNested, type LanguageData, type Matcher, type Tokens } from '../language/index.js';
import { nameTerm } from '../lexicon/terms.js';
import type { Administration, AdministrationGroup, AdministrationKind, Mention, Registry, Span, TermMatch } from '../types.js';
import { singleSpaced, sortInPlace } from './words.js';
import { BoundedMap } from '../util/bounded-map.js';

export type NameForm = 'name' | 'alias' | 'misspelling';

type Target = { kind: 'administration'; administration: Administration } | { kind: 'group'; group: AdministrationGroup };

export interface NameIndex {
  registry: Registry;
  byId: Map<string, Administration>;
  matcher: Matcher;
  /** Matcher key → what it names. Keys are administration IDs and `group:<n>`. */
  targets: Map<string, Target>;
  /** Key → every spelling registered under it, with its form. */
  spellings: Map<string, { text: string; form: NameForm }[]>;
}

/** One registered name found in a text, with the mentions it stands for. */
export interface NameHit extends Span {
  /** The words as written. */
  text: string;
  form: NameForm;
  credits: { id: string; via: Mention['via'] }[];
}

/** The registry's names compiled; `language` is the swedish.yaml to match with (default the bundled one). */
export function compileNames(registry: Registry, language?: LanguageData): NameIndex {
  const targets = new Map<string, Target>();
  const spellings = new Map<string, { text: string; form: NameForm }[]>();
  const entries: { key: string; term: ReturnType<typeof nameTerm> }[] = [];
  const add = (key: string, text: string, form: NameForm) => {
    spellings.set(key, [...(spellings.get(key) ?? []), { text, form }]);
    entries.push({ key, term: nameTerm(text) });
  };
  for (const administration of registry.administrations) {
    targets.set(administration.id, { kind: 'administration', administration });
    add(administration.id, administration.name, 'name');
    for (const alias of administration.aliases) add(administration.id, alias, 'alias');
    for (const misspelling of administration.misspellings) add(administration.id, misspelling, 'misspelling');
  }
  registry.groups.forEach((group, n) => {
    const key = `group:${n}`;
    targets.set(key, { kind: 'group', group });
    add(key, group.name, 'name');
    for (const alias of group.aliases) add(key, alias, 'alias');
  });
  return {
    registry,
    byId: new Map(registry.administrations.map((a) => [a.id, a])),
    // Names are never negated away: "har inte lyft fram" says nothing about who is named.
    matcher: compileMatcher(entries, { negation: false, language }),
    targets,
    spellings,
  };
}

/** Every registered name in `text`, in text order, one reading per span; `tokens` are `tokenize(text)` with the index's language. */
export function findNames(text: string, index: NameIndex, tokens?: Tokens): NameHit[] {
  // "Kommunstyrelsens arbetsutskott" is not also "Kommunstyrelsen"; a group noun spanning a
  // coordination ("kultur- och fritidsnämnderna") is not also its last conjunct.
  const raw = tokens ? index.matcher.matchTokens(text, tokens) : index.matcher.match(text);
  if (raw.length === 0) return [];
  // Most passages that name someone name one: nothing nests in one match, no copies and sorts for it.
  const matches = raw.length === 1 ? raw : preferClosestForm(dropNested(raw));
  const hits: NameHit[] = [];
  for (const match of matches) {
    const target = index.targets.get(match.key);
    if (!target) continue;
    const form = rememberedFormOf(match, index);
    hits.push({ start: match.start, end: match.end, text: match.text, form, credits: creditsOf(target, match, index) });
  }
  return hits;
}

/** The kind of an administration ID in this registry, or null. */
export function kindOfId(index: NameIndex, id: string): AdministrationKind | null {
  return index.byId.get(id)?.kind ?? null;
}

function creditsOf(target: Target, match: TermMatch, index: NameIndex): NameHit['credits'] {
  if (target.kind === 'group') return target.group.members.map((id) => ({ id: committeeOf(id, index), via: 'group' as const }));
  const administration = target.administration;
  if (administration.serves !== undefined) return [{ id: administration.serves, via: 'office' }];
  return [{ id: administration.id, via: match.via === 'coordination' ? 'coordination' : 'explicit' }];
}

function committeeOf(id: string, index: NameIndex): string {
  return index.byId.get(id)?.serves ?? id;
}

/**
 * Stems conflate number: "tekniska nämnderna" (the group) and "tekniska nämnden" (one committee)
 * both match at the same span. Of several keys at one span, keep the term that shares the
 * longest prefix with the words as written.
 */
function preferClosestForm(matches: TermMatch[]): TermMatch[] {
  // In text order (a stable sort keeps the matcher's order within a span), then span by span.
  const sorted = sortInPlace(matches.slice(), (a, b) => a.start - b.start || b.end - a.end);
  const kept: TermMatch[] = [];
  for (let first = 0; first < sorted.length;) {
    let last = first + 1;
    while (last < sorted.length && sorted[last].start === sorted[first].start && sorted[last].end === sorted[first].end) last++;
    if (last - first === 1) kept.push(sorted[first]);
    else {
      const group = sorted.slice(first, last);
      const scores = group.map((m) => commonPrefix(m.text.toLowerCase(), m.term.toLowerCase()));
      const best = Math.max(...scores);
      group.forEach((m, i) => scores[i] === best && kept.push(m));
    }
    first = last;
  }
  return kept;
}

/**
 * `formOf`, remembered per index by key, term and words as written: the same names are found in
 * passage after passage, and each answer compares letters with every spelling of the key.
 */
function rememberedFormOf(match: TermMatch, index: NameIndex): NameForm {
  // A key whose spellings are all of one form (most: a name and no alias) needs no comparison and no memo key.
  const uniform = uniformFormOf(index, match.key);
  if (uniform !== null) return uniform;
  let known = knownForms.get(index);
  if (!known) knownForms.set(index, (known = new BoundedMap(FORM_CACHE_LIMIT)));
  const id = `${match.key}\u0000${match.term}\u0000${match.text}`;
  let form = known.get(id);
  if (form === undefined) known.set(id, (form = formOf(match, index.spellings.get(match.key) ?? [])));
  return form;
}

const knownForms = new WeakMap<NameIndex, BoundedMap<string, NameForm>>();

/** The one form all of a key's spellings have ('name' for none: what `formOf` answers then), or null when they differ. */
function uniformFormOf(index: NameIndex, key: string): NameForm | null {
  let uniform = uniformForms.get(index);
  if (!uniform) {
    uniform = new Map();
    for (const [k, spellings] of index.spellings) uniform.set(k, spellings.every((s) => s.form === spellings[0].form) ? spellings[0].form : null);
    uniformForms.set(index, uniform);
  }
  const form = uniform.get(key);
  return form === undefined ? 'name' : form;
}

const uniformForms = new WeakMap<NameIndex, Map<string, NameForm | null>>();
const FORM_CACHE_LIMIT = 10_000;

/**
 * Which registered spelling the words as written are. Stems hide the difference ("MKB Fastighet
 * AB" and "MKB Fastighets AB" share stems), so compare letters, case included except the first
 * ("Kulturnämnden har" is the name; "Malmö stadsteater AB" a misspelling); ties go to the term
 * the matcher reported.
 */
function formOf(match: TermMatch, spellings: { text: string; form: NameForm }[]): NameForm {
  const written = lowerFirst(singleSpaced(match.text));
  let best: { form: NameForm; score: number } | null = null;
  for (const spelling of spellings) {
    const score = commonPrefix(written, lowerFirst(spelling.text)) + (spelling.text === match.term ? 0.5 : 0);
    if (!best || score > best.score) best = { form: spelling.form, score };
  }
  return best?.form ?? 'name';
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function commonPrefix(a: string, b: string): number {
  const x = singleSpaced(a);
  let i = 0;
  while (i < x.length && i < b.length && x[i] === b[i]) i++;
  return i;
}
