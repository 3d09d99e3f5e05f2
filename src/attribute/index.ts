// Attribution: which administrations each passage is about, and who wrote the document.
//
// Per passage, in this order: bodies that are not the city's (state agencies, courts, other
// kommuner and regioner and their organs: external-bodies.ts), registered names (name, alias,
// misspelling, office, group noun, coordination), organs the registry lacks found by the shape of
// their names (organ-shapes.ts, decided over the whole document in document-organs.ts), then
// anaphors resolved to the last fitting administration in the passage or section (not past a
// plural: "De flesta nämnderna … nämndens" is distributive), else to the organ the document is
// from. A passage that names nobody but the city inherits the administrations of the nearest
// heading above it that names any. Generic phrases ("nämnder och bolag") shield their words from
// all of it. Cue words are data: lexicons/language/attribution.yaml and external-bodies.yaml.
import type { AdministrationKind, Document, Mention, Registry, Span } from '../types.js';
import { findAnaphors, resolveAnaphor, type Antecedent, type AnaphorSite } from './anaphora.js';
import { findCuePhrases } from './cue-phrases.js';
import type { AttributionCues } from './cues.js';
import { documentOrgans, passageFinds, widensGroupWord, type DocumentOrgans, type OrganFind, type OrganScope } from './document-organs.js';
import { compileExternalIndex, loadExternalBodies, type ExternalIndex } from './external-bodies.js';
import { findNames, kindOfId, type NameHit, type NameIndex } from './name-index.js';
import { isRegion, placeTest } from './places.js';
import { markWords, type WordMarks } from './marks.js';
import { wordMarker } from './word-marker.js';
import { overlapsAny, sortInPlace } from './words.js';
import { tokenize, tokenizeEach, type LanguageData, type Tokens } from '../language/index.js';
import { numberingStart } from '../language/word-ids.js';
import { BoundedMap } from '../util/bounded-map.js';
import { detached } from '../util/detached.js';

export { loadAttributionCues, CuesError, type AttributionCues } from './cues.js';
export type { DocumentOrgans, OrganFind } from './document-organs.js';

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
  /** The document's city ID, or null when unknown (its organs are then `okand/<slug>`). */
  city: string | null;
  /** The city's registry compiled, or null when the lexicons have none for it. */
  names: NameIndex | null;
  cues: AttributionCues;
  /** The swedish.yaml `names` was compiled with: passages and headings are tokenized with it. */
  language: LanguageData;
  /** The external bodies compiled; default the bundled ones, compiled with `language`. */
  external?: ExternalIndex;
}

/** What a document's passages name, and the organ the document itself is from. */
export interface DocumentAttribution {
  /** Mentions per passage, aligned with `doc.passages`. */
  passages: AttributedMention[][];
  /** The committee of the first organ of the city's (not in its registry) that the document names, or null. */
  owner: string | null;
}

/** Mentions per passage, aligned with `doc.passages`. */
export function attributePassages(doc: Document, scope: AttributionScope, tokens?: readonly Tokens[]): AttributedMention[][] {
  return attributeDocument(doc, scope, tokens).passages;
}

/**
 * Attribution of a whole document, passage by passage in document order (each passage's anaphors
 * resolve against the section so far). `tokens`, when given, are each passage's
 * `tokenize(passage.text, scope.language)`: tagging tokenizes each passage once for the category
 * matcher, the names and the cue words.
 */
export function attributeDocument(doc: Document, scope: AttributionScope, tokens?: readonly Tokens[]): DocumentAttribution {
  const passageTokens =
    tokens ??
    tokenizeEach(
      doc.passages.map((p) => p.text),
      scope.language,
    );
  const organScope = organScopeOf(scope);
  const hits = doc.passages.map((p, i) => (scope.names ? findNames(p.text, scope.names, passageTokens[i]) : []));
  // The one walk over each passage's tokens for the finders below (marks.ts).
  const marks = passageTokens.map((ts) => markWords(ts, organScope.marker));
  const organs = documentOrgans(
    doc.passages.map((p) => p.text),
    passageTokens,
    organScope,
    hits,
    marks,
  );
  const fallback = ownerAntecedents(organs);
  const headings = new Map<string, Found[]>();
  const titles = titleFindsOf(scope, organScope);
  const headingMentions = (title: string) => {
    let found = headings.get(title);
    if (!found) {
      let t = titles.get(title);
      if (t === undefined) {
        // Kept past this document: a copy, or the title (a slice) would keep the document's text alive.
        const own = detached(title);
        titles.set(own, (t = titleFinds(own, scope, organScope)));
      }
      const kept = t.finds.filter((f) => f.certain || organs.certain.has(f.id));
      headings.set(title, (found = namedIn(title, t.tokens, t.marks, scope, kept, t.hits, organs)));
    }
    return found;
  };
  const history = new Map<string, Antecedent[]>();
  // Worked out once per run of passages under the same headings, not per passage.
  const sectionOf = lastValue((path: string[]) => ({ key: path.join('\u0000'), heading: nearestNamingHeading(path, headingMentions) }));
  const passages = doc.passages.map((passage, i) => {
    const { key, heading } = sectionOf(passage.sectionPath);
    // A section's own heading is its first antecedent: under "Kommunstyrelsen", "Styrelsen har…".
    let earlier = history.get(key);
    if (earlier === undefined) history.set(key, (earlier = antecedents(heading?.found ?? [], -1)));
    const named = namedIn(passage.text, passageTokens[i], marks[i], scope, organs.passages[i], hits[i], organs, { earlier, fallback });
    for (const f of named) if (isAntecedent(f)) remember(earlier, { id: f.mention.id, kind: f.kind, start: -1 });
    const mentions = named.map((f) => f.mention);
    if (hasSubject(named) || passage.kind === 'heading' || heading === null) return mentions;
    return [...mentions, ...heading.found.map(({ mention }) => ({ ...mention, start: 0, end: 0, via: 'heading' as const }))];
  });
  const owner = organs.owner ? (organs.owner.kind === 'förvaltning' ? (organs.pairs.get(organs.owner.id)?.id ?? organs.owner.id) : organs.owner.id) : null;
  return { passages, owner };
}

/**
 * The organs a document names by shape, passage by passage, and which office serves which
 * committee, as attribution decides them: what `registry init` drafts a registry from. Where the
 * scope's registry names someone, a shape is the registry's and not listed.
 */
export function organsOfDocument(doc: Document, scope: AttributionScope): DocumentOrgans {
  const tokens = doc.passages.map((p) => tokenize(p.text, scope.language));
  const hits = doc.passages.map((p, i) => (scope.names ? findNames(p.text, scope.names, tokens[i]) : []));
  return documentOrgans(
    doc.passages.map((p) => p.text),
    tokens,
    organScopeOf(scope),
    hits,
  );
}

const externalIndexes = new WeakMap<LanguageData, ExternalIndex>();

/** What the organ finders need for this scope's city. */
function organScopeOf(scope: AttributionScope): OrganScope {
  let external = scope.external ?? externalIndexes.get(scope.language);
  if (!external) externalIndexes.set(scope.language, (external = compileExternalIndex(loadExternalBodies(), scope.language)));
  const cues = scope.cues.unregistered;
  const shape = { cues, place: placeTest(scope.city, cues.companies), regionCity: isRegion(scope.city) };
  return { cues, external, marker: wordMarker(scope.cues, external), city: scope.city, shape };
}

/** What a heading's title names as far as the title and the scope alone decide it: the document decides which uncertain finds stand. */
interface TitleFinds {
  tokens: Tokens;
  marks: WordMarks;
  hits: NameHit[];
  finds: OrganFind[];
}

function titleFinds(title: string, scope: AttributionScope, organScope: OrganScope): TitleFinds {
  const tokens = tokenize(title, scope.language);
  const marks = markWords(tokens, organScope.marker);
  const hits = scope.names ? findNames(title, scope.names, tokens) : [];
  const finds = passageFinds(title, tokens, organScope, marks).filter((f) => f.byName || !overlapsAny(f, hits));
  return { tokens, marks, hits, finds };
}

/**
 * The titles' finds for this scope, kept from document to document: a corpus repeats its
 * headings ("Kommunstyrelsen", "Ekonomisk analys") in every document, and each was tokenized and
 * matched again per document. One cache per set of cues, for one city, registry, language and
 * set of external bodies at a time (a corpus is mostly one city's), and bounded. It starts over
 * when the word numbering does (word-ids.ts): a kept title's tokens would hold on to the
 * tokenizer's old forms table.
 */
function titleFindsOf(scope: AttributionScope, organScope: OrganScope): BoundedMap<string, TitleFinds> {
  let cache = titleCaches.get(scope.cues);
  const start = numberingStart();
  if (
    !cache ||
    cache.city !== scope.city ||
    cache.names !== scope.names ||
    cache.language !== scope.language ||
    cache.external !== organScope.external ||
    cache.start !== start
  ) {
    const titles = new BoundedMap<string, TitleFinds>(TITLE_LIMIT);
    titleCaches.set(scope.cues, (cache = { city: scope.city, names: scope.names, language: scope.language, external: organScope.external, start, titles }));
  }
  return cache.titles;
}

interface TitleCache {
  city: string | null;
  names: NameIndex | null;
  language: LanguageData;
  external: ExternalIndex;
  /** The word numbering the titles' tokens are from. */
  start: number;
  titles: BoundedMap<string, TitleFinds>;
}

const titleCaches = new WeakMap<AttributionCues, TitleCache>();
const TITLE_LIMIT = 2_000;

/** The document's own organ and the one it pairs with, as antecedents of last resort. */
function ownerAntecedents(organs: DocumentOrgans): Antecedent[] {
  const owner = organs.owner;
  if (!owner || owner.external) return [];
  const first: Antecedent = { id: owner.id, kind: owner.kind as AdministrationKind, start: -1 };
  const pair = organs.pairs.get(owner.id);
  return pair ? [first, { id: pair.id, kind: pair.kind, start: -1 }] : [first];
}

/**
 * Mentions that make a passage about someone. "Malmö stad" (the city as a whole) is named all
 * over: it neither blocks the section heading's scope nor gives a heading one; neither does a body
 * that is not the city's ("enligt Socialstyrelsen").
 */
function subjects(found: Found[]): Found[] {
  return found.filter(isSubject);
}

function isSubject(f: Found): boolean {
  return f.kind !== 'stad' && !f.mention.external;
}

/** `subjects(found).length > 0`, without the array: asked of every passage. */
function hasSubject(found: readonly Found[]): boolean {
  for (const f of found) if (isSubject(f)) return true;
  return false;
}

/**
 * The authoring administration's ID: the override (an ID, or a name resolved against the
 * registry), else the manifest's ID, else the document's own author line resolved (by the
 * registry, else by the shape of the name), else, for a city without a registry, the organ the
 * document is from (`DocumentAttribution.owner`), else null. An office resolves to the committee
 * it serves.
 */
export function resolveAuthor(
  doc: Document,
  names: NameIndex | null,
  registries: readonly Registry[],
  override?: string,
  shapes?: { scope: AttributionScope; owner: string | null },
): string | null {
  const asId = (id: string): string => {
    const registry = registries.find((r) => r.administrations.some((a) => a.id === id));
    return registry?.administrations.find((a) => a.id === id)?.serves ?? id;
  };
  const byShape = (name: string): string | null => {
    if (!shapes) return null;
    const finds = passageFinds(name, tokenize(name, shapes.scope.language), organScopeOf(shapes.scope));
    return finds.find((f) => f.certain && !f.external)?.id ?? null;
  };
  const byName = (name: string): string | null => (names ? (findNames(name, names)[0]?.credits[0]?.id ?? null) : null) ?? byShape(name);
  if (override) return isId(override, registries) ? asId(override) : (byName(override) ?? override);
  if (doc.metadata.authorId) return asId(doc.metadata.authorId);
  const named = doc.metadata.author ? byName(doc.metadata.author) : null;
  return named ?? (names === null ? (shapes?.owner ?? null) : null);
}

function isId(value: string, registries: readonly Registry[]): boolean {
  return registries.some((r) => r.administrations.some((a) => a.id === value));
}

/**
 * Everything `text` names, in text order. `tokens` are `tokenize(text, scope.language)`, `marks`
 * their marks; `finds` the organs and external bodies the document found in it. Anaphors resolve
 * when `resolve` is given: against the passage, then the section so far (`earlier`), then the
 * document's own organ.
 */
function namedIn(
  text: string,
  tokens: Tokens,
  marks: WordMarks,
  scope: AttributionScope,
  finds: readonly OrganFind[],
  hits: readonly NameHit[],
  organs: DocumentOrgans,
  resolve?: { earlier: Antecedent[]; fallback: Antecedent[] },
): Found[] {
  const { cues, names } = scope;
  const cue = findCuePhrases(tokens, cues, marks);
  const anaphors = resolve !== undefined && !allEmpty(cue.anaphors);
  // Most passages name no one and refer back to no one: nothing to work out for them.
  if (finds.length === 0 && hits.length === 0 && !anaphors) return [];
  // Most of the rest have no generic phrase: no copies then (`flat` of the cue lists took a slow path).
  const generic = allEmpty(cue.generic) ? [] : flatSpans(cue.generic);
  const found: Found[] = [];
  const taken: Span[] = generic.slice();
  const shielded = (span: Span) => generic.length > 0 && generic.some((g) => g.start <= span.start && span.end <= g.end);
  // Bodies known by name first: "Göteborgs stads kulturnämnd" is not the city's own kulturnämnd.
  const external = finds.length === 0 ? [] : finds.filter((f) => f.byName && !shielded(f));
  for (const f of external) {
    found.push(shapeMention(f));
    taken.push(f);
  }
  // A group word inside a longer organ name the registry does not know is part of that name (document-organs.ts).
  const widened = finds.length === 0 || hits.length === 0 ? [] : finds.filter((f) => !f.byName && hits.some((h) => widensGroupWord(f, [h])));
  for (const hit of hits) {
    if (shielded(hit) || overlapsAny(hit, external) || overlapsAny(hit, widened)) continue;
    taken.push(hit);
    for (const credit of hit.credits) {
      const mention: AttributedMention = { id: credit.id, name: hit.text, registered: true, start: hit.start, end: hit.end, via: credit.via };
      if (hit.form !== 'name') mention.variant = hit.form;
      found.push({ mention, kind: kindOfId(names!, credit.id) });
    }
  }
  for (const f of finds) {
    if (f.byName || overlapsAny(f, taken)) continue;
    found.push(shapeMention(f));
    taken.push(f);
  }
  if (resolve && anaphors) {
    // Loops, not `flatMap` and spreads: asked of every passage with an anaphor, and the cue lists are mostly empty.
    const inPassage: Antecedent[] = [];
    for (const f of found) {
      if (!isAntecedent(f)) continue;
      inPassage.push({ id: f.mention.id, kind: f.kind, start: f.mention.start });
      // "Hälso- och sjukvårdsförvaltningen ska återrapportera till nämnden": an office stands for
      // its committee too, where the document names both (after it, so "förvaltningen" keeps the office).
      const committee = f.kind === 'förvaltning' ? organs.pairs.get(f.mention.id) : undefined;
      if (committee !== undefined && committee.kind !== 'förvaltning') inPassage.push({ id: committee.id, kind: committee.kind, start: f.mention.start });
    }
    const barriers: number[] = [];
    for (let d = 0; d < cue.distributive.length; d++) for (let k = 0; k < cue.distributive[d].length; k++) barriers.push(cue.distributive[d][k].start);
    for (const f of found) if (f.mention.via === 'group') barriers.push(f.mention.start);
    for (const site of findAnaphors(text, cue.anaphors, cues.anaphors, taken)) {
      const resolved = resolveAnaphor(site, inPassage, resolve.earlier, barriers, resolve.fallback);
      if (!resolved) continue;
      const antecedent = officeOf(site, resolved, organs);
      const registered = names !== null && names.byId.has(antecedent.id);
      const kind = !registered && antecedent.kind !== null ? { kind: antecedent.kind } : {};
      const mention: AttributedMention = { id: antecedent.id, name: site.text, registered, ...kind, start: site.start, end: site.end, via: 'anaphor' };
      found.push({ mention, kind: antecedent.kind });
      inPassage.push({ id: antecedent.id, kind: antecedent.kind, start: site.start });
    }
  }
  return sortInPlace(found, byMentionSpan);
}

const byMentionSpan = (a: Found, b: Found) => a.mention.start - b.mention.start || a.mention.end - b.mention.end;

/** A find as a mention; an external body is of no kind an anaphor could refer back to. */
function shapeMention(f: OrganFind): Found {
  // Keys in the order of Mention, as the worker pool rebuilds them (corpus/pool/columns.ts): the JSON of both paths is the same.
  const mention: AttributedMention = {
    id: f.id,
    name: f.name,
    registered: false,
    ...(f.external && { external: true as const }),
    kind: f.kind,
    start: f.start,
    end: f.end,
    via: 'explicit',
  };
  return { mention, kind: f.external ? null : (f.kind as AdministrationKind) };
}

/**
 * "Förvaltningen" after "Nämnden för Barn & Utbildning" is that committee's office when the
 * document names it ("Förvaltningen för Barn & Utbildning"); the first kind an anaphor word lists
 * is what the word itself names.
 */
function officeOf(site: AnaphorSite, antecedent: Antecedent, organs: DocumentOrgans): Antecedent {
  if (site.kinds[0] !== 'förvaltning' || antecedent.kind === 'förvaltning') return antecedent;
  const office = organs.pairs.get(antecedent.id);
  return office?.kind === 'förvaltning' ? { id: office.id, kind: office.kind, start: antecedent.start } : antecedent;
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
  return found.filter(isAntecedent).map((f) => ({ id: f.mention.id, kind: f.kind, start }));
}

function isAntecedent(f: Found): boolean {
  return f.mention.via !== 'group' && f.mention.via !== 'heading';
}

/** The spans of all the lists, in list order: `flat` took a slow path over the shared empty lists. */
function flatSpans(lists: readonly (readonly Span[])[]): Span[] {
  const spans: Span[] = [];
  // Indexed: `for … of` made an iterator result per step here.
  for (let l = 0; l < lists.length; l++) for (let k = 0; k < lists[l].length; k++) spans.push(lists[l][k]);
  return spans;
}

/** Whether every list is empty: asked of every passage's cue lists, which mostly are. */
function allEmpty(lists: readonly (readonly Span[])[]): boolean {
  for (let l = 0; l < lists.length; l++) if (lists[l].length > 0) return false;
  return true;
}

/** The innermost heading of a passage's `sectionPath` that names administrations, with what it names. */
function nearestNamingHeading(sectionPath: readonly string[], mentionsOf: (title: string) => Found[]): { title: string; found: Found[] } | null {
  for (let i = sectionPath.length - 1; i >= 0; i--) {
    const title = sectionPath[i];
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
    // Passages under one heading mostly share one path array (segment/passages.ts): no comparison then.
    if (path !== lastPath && (lastPath === null || lastPath.length !== path.length || lastPath.some((title, i) => title !== path[i]))) {
      lastPath = path;
      last = f(path);
    }
    return last;
  };
}
