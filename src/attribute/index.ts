// Attribution: which administrations each passage is about, and who wrote the document.
//
// Per passage, in this order: registered names (name, alias, misspelling, office, group noun,
// coordination), names of another city and unregistered administration-shaped names, then
// anaphors resolved to the last fitting administration in the passage or section (not past a
// plural: "De flesta nämnderna … nämndens" is distributive). A passage that names nobody but the
// city inherits the administrations of the nearest heading above it that names any. Generic
// phrases ("nämnder och bolag") shield their words from all of it. Cue words are data:
// lexicons/language/attribution.yaml.
import type { AdministrationKind, Document, Mention, Passage, Registry, Span } from '../types.js';
import { findAnaphors, resolveAnaphor, type Antecedent } from './anaphora.js';
import { findCuePhrases } from './cue-phrases.js';
import type { AttributionCues } from './cues.js';
import { findNames, kindOfId, type NameIndex } from './name-index.js';
import { findUnregistered, foreignQualifierStart, mayNameUnregistered, unregisteredId } from './unregistered.js';
import { wordSpans, type WordSpan } from './words.js';
import { tokenize, type LanguageData, type Token } from '../language/index.js';

export { loadAttributionCues, CuesError, type AttributionCues } from './cues.js';

/** A mention, with the registry form it was found by when that is not the name itself. */
export interface AttributedMention extends Mention {
  variant?: 'alias' | 'misspelling';
}

/** A mention and what kind of administration it is, for anaphors after it. */
interface Found {
  mention: AttributedMention;
  kind: AdministrationKind | null;
}

/** What attribution reads a document against: its city, that city's compiled registry, the cue words. */
export interface AttributionScope {
  /** The document's city, or null when it is unknown. */
  city: string | null;
  /** The city's registry compiled, or null when the lexicons have none for it. */
  names: NameIndex | null;
  cues: AttributionCues;
  /** The swedish.yaml `names` was compiled with: passages and headings are tokenized with it. */
  language: LanguageData;
}

/** Mentions per passage, aligned with `doc.passages`. */
export function attributePassages(doc: Document, scope: AttributionScope): AttributedMention[][] {
  const attribute = passageAttributor(doc, scope);
  return doc.passages.map((passage) => attribute(passage));
}

/**
 * Attribution one passage at a time, in document order (each passage's anaphors resolve against
 * the section so far). `tokens`, when given, are `tokenize(passage.text, scope.language)`: tagging tokenizes each
 * passage once for the category matcher, the names and the cue words.
 */
export function passageAttributor(doc: Document, scope: AttributionScope): (passage: Passage, tokens?: readonly Token[]) => AttributedMention[] {
  const headings = new Map<string, Found[]>();
  const headingMentions = (title: string) => {
    let found = headings.get(title);
    if (!found) headings.set(title, (found = namedIn(title, tokenize(title, scope.language), scope)));
    return found;
  };
  const history = new Map<string, Antecedent[]>();
  const sectionKey = lastValue((path: string[]) => path.join('\u0000'));
  return (passage, tokens = tokenize(passage.text, scope.language)) => {
    const key = sectionKey(passage.sectionPath);
    const heading = nearestNamingHeading(passage, headingMentions);
    // A section's own heading is its first antecedent: under "Kommunstyrelsen", "Styrelsen har…".
    let earlier = history.get(key);
    if (earlier === undefined) history.set(key, (earlier = antecedents(heading?.found ?? [], -1)));
    const named = namedIn(passage.text, tokens, scope, earlier);
    for (const antecedent of antecedents(named, -1)) remember(earlier, antecedent);
    const mentions = named.map((f) => f.mention);
    if (subjects(named).length > 0 || passage.kind === 'heading' || heading === null) return mentions;
    return [...mentions, ...heading.found.map(({ mention }) => ({ ...mention, start: 0, end: 0, via: 'heading' as const }))];
  };
}

/**
 * Mentions that make a passage about someone. "Malmö stad" (the city as a whole) is named all
 * over: it neither blocks the section heading's scope nor gives a heading one.
 */
function subjects(found: Found[]): Found[] {
  return found.filter((f) => f.kind !== 'stad');
}

/**
 * The authoring administration's ID: the override (an ID, or a name resolved against the
 * registry), else the manifest's ID, else the document's own author line resolved, else null.
 * An office resolves to the committee it serves.
 */
export function resolveAuthor(doc: Document, names: NameIndex | null, registries: readonly Registry[], override?: string): string | null {
  const asId = (id: string): string => {
    const registry = registries.find((r) => r.administrations.some((a) => a.id === id));
    return registry?.administrations.find((a) => a.id === id)?.serves ?? id;
  };
  const byName = (name: string): string | null => (names ? (findNames(name, names)[0]?.credits[0]?.id ?? null) : null);
  if (override) return isId(override, registries) ? asId(override) : (byName(override) ?? override);
  if (doc.metadata.authorId) return asId(doc.metadata.authorId);
  return doc.metadata.author ? byName(doc.metadata.author) : null;
}

function isId(value: string, registries: readonly Registry[]): boolean {
  return registries.some((r) => r.administrations.some((a) => a.id === value));
}

/**
 * Everything `text` names, in text order; anaphors resolve against `earlier` when given.
 * `tokens` are `tokenize(text, scope.language)`.
 */
function namedIn(text: string, tokens: readonly Token[], scope: AttributionScope, earlier?: Antecedent[]): Found[] {
  const { cues, names, city } = scope;
  const cue = findCuePhrases(tokens, cues);
  const generic = cue.generic.flat();
  const found: Found[] = [];
  const taken: Span[] = [...generic];
  let words: WordSpan[] | undefined; // made once per passage, and only when a check below needs them
  const wordsOf = () => (words ??= wordSpans(tokens));
  for (const hit of names ? findNames(text, names, tokens) : []) {
    if (generic.some((g) => g.start <= hit.start && hit.end <= g.end)) continue;
    const foreign = foreignQualifierStart(text, hit, cues.unregistered, city, wordsOf(), scope.language);
    if (foreign !== null) {
      const name = text.slice(foreign, hit.end).replace(/\s+/g, ' ');
      const mention = { id: unregisteredId(name, cues.unregistered), name, registered: false, start: foreign, end: hit.end, via: 'explicit' as const };
      found.push({ mention, kind: kindOfId(names!, hit.credits[0].id) });
      taken.push(mention);
      continue;
    }
    taken.push(hit);
    for (const credit of hit.credits) {
      const mention: AttributedMention = { id: credit.id, name: hit.text, registered: true, start: hit.start, end: hit.end, via: credit.via };
      if (hit.form !== 'name') mention.variant = hit.form;
      found.push({ mention, kind: kindOfId(names!, credit.id) });
    }
  }
  const unregistered = mayNameUnregistered(tokens, cues.unregistered) ? findUnregistered(text, cues.unregistered, city, taken, wordsOf()) : [];
  for (const u of unregistered) {
    found.push({ mention: { id: u.id, name: u.name, registered: false, start: u.start, end: u.end, via: 'explicit' }, kind: u.kind });
    taken.push(u);
  }
  if (earlier && cue.anaphors.some((spans) => spans.length > 0)) {
    const inPassage = found.flatMap((f) => antecedents([f], f.mention.start));
    const barriers = [
      ...cue.distributive.flatMap((spans) => spans.map((span) => span.start)),
      ...found.filter((f) => f.mention.via === 'group').map((f) => f.mention.start),
    ];
    for (const site of findAnaphors(text, cue.anaphors, cues.anaphors, taken)) {
      const antecedent = resolveAnaphor(site, inPassage, earlier, barriers);
      if (!antecedent) continue;
      const registered = !antecedent.id.startsWith('unregistered/');
      const mention: AttributedMention = { id: antecedent.id, name: site.text, registered, start: site.start, end: site.end, via: 'anaphor' };
      found.push({ mention, kind: antecedent.kind });
      inPassage.push({ id: antecedent.id, kind: antecedent.kind, start: site.start });
    }
  }
  return found.sort((a, b) => a.mention.start - b.mention.start || a.mention.end - b.mention.end);
}

/**
 * Adds `antecedent` to a section's history. `resolveAnaphor` takes the last one of a fitting kind,
 * so only the last of each kind is kept, and one of no kind fits nothing: the history stays as
 * short as the list of kinds, however long the section (kept whole, it made attribution
 * quadratic in a section's length).
 */
function remember(history: Antecedent[], antecedent: Antecedent): void {
  if (antecedent.kind === null) return;
  const same = history.findIndex((a) => a.kind === antecedent.kind);
  if (same >= 0) history.splice(same, 1);
  history.push(antecedent);
}

/** Single administrations only: a group noun or a heading is no antecedent for "nämnden". */
function antecedents(found: Found[], start: number): Antecedent[] {
  return found.filter((f) => f.mention.via !== 'group' && f.mention.via !== 'heading').map((f) => ({ id: f.mention.id, kind: f.kind, start }));
}

/** The innermost heading above `passage` that names administrations, with what it names. */
function nearestNamingHeading(passage: Passage, mentionsOf: (title: string) => Found[]): { title: string; found: Found[] } | null {
  for (let i = passage.sectionPath.length - 1; i >= 0; i--) {
    const title = passage.sectionPath[i];
    const found = subjects(mentionsOf(title));
    if (found.length > 0) return { title, found };
  }
  return null;
}

/**
 * `f`, remembering its last argument (compared element by element) and value: consecutive
 * passages mostly share their section path, and the key is asked for every passage.
 */
function lastValue<T>(f: (path: string[]) => T): (path: string[]) => T {
  let lastPath: string[] | null = null;
  let last: T;
  return (path) => {
    if (lastPath === null || lastPath.length !== path.length || lastPath.some((title, i) => title !== path[i])) {
      lastPath = path;
      last = f(path);
    }
    return last;
  };
}
