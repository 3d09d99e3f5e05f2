// What a document as a whole says about the organs its passages name by shape: which uncertain
// shapes it confirms (the same organ named in a certain shape elsewhere in it: "nämnden för teknik"
// after "Nämnden för Teknik"), the abbreviations it introduces ("Nämnden för Barn & Utbildning
// (BoU)"), its own organ (the first of the city's it names: what "Nämnden beslutar" means when the
// section names none), and which office serves which committee (by their shared domain).
import type { Tokens } from '../language/index.js';
import { municipalities } from '../lexicon/municipalities.js';
import { UNKNOWN_CITY_ID } from '../lexicon/unknown-city.js';
import type { AdministrationKind, Span } from '../types.js';
import type { UnregisteredCues } from './cues.js';
import { findExternalBodies, type ExternalFind, type ExternalIndex } from './external-bodies.js';
import { findOrganShapes, EVIDENT_SHORT_FORM, type OrganShape, type ShapeContext } from './organ-shapes.js';
import { markedIndex, markWords, MAY_ALIAS, type WordMarker, type WordMarks } from './marks.js';
import { firstTokenAtOrAfter, joined, overlapsAny, slugOf, sortInPlace, written } from './words.js';
import { BoundedMap } from '../util/bounded-map.js';

/** An organ or external body found in a passage, with its ID: its shape's facts (organ-shapes.ts) and whose it is. */
export interface OrganFind extends Omit<OrganShape, 'genitive' | 'parent'> {
  id: string;
  /** A working committee's: the ID of the organ it belongs to, whose certainty it shares. */
  parent?: string;
  /** Found by its name (external-bodies.ts), not by its shape: it goes before a registry's names. */
  byName?: true;
}

export interface OrganScope {
  cues: UnregisteredCues;
  external: ExternalIndex;
  /** What each finder may start at, per word form (marks.ts). */
  marker: WordMarker;
  shape: ShapeContext;
  /** The document's city ID, or null when unknown. */
  city: string | null;
}

export interface DocumentOrgans {
  /** Per passage: every external body, and every own organ the document stands for (uncertain ones it does not confirm are left out). */
  passages: OrganFind[][];
  /** IDs the document names in a certain shape somewhere: an uncertain shape with one of these stands. */
  certain: Set<string>;
  /** The first of the city's organs the document names, or null. */
  owner: OrganFind | null;
  /** Committee ID → its office's ID and office ID → its committee's, paired by domain. */
  pairs: Map<string, { id: string; kind: AdministrationKind }>;
}

/** The ID of a find: `external/<slug>`, else `<city>/<slug>` (`okand/<slug>` without a city). */
export function organId(slug: string, external: boolean, city: string | null): string {
  return `${external ? 'external' : (city ?? UNKNOWN_CITY_ID)}/${slug}`;
}

/**
 * Organs in each passage of a document (`texts`, with their `tokens` and their `marks`, made here
 * when not given), decided over the whole document; `registered` holds, per passage, where the
 * city's registry names someone: a shape there is the registry's, not one of these. Pure: the
 * same passages give the same finds.
 */
export function documentOrgans(
  texts: readonly string[],
  tokens: readonly Tokens[],
  scope: OrganScope,
  registered: readonly (readonly (Span & { credits?: readonly { id: string; via: string }[] })[])[] = [],
  marks: readonly WordMarks[] = tokens.map((ts) => markWords(ts, scope.marker)),
): DocumentOrgans {
  // Loops rather than chains of `filter`, `flat` and `map`: this runs for every passage, and most have no find.
  const raw: OrganFind[][] = [];
  for (let i = 0; i < texts.length; i++) {
    raw.push(passageFinds(texts[i], tokens[i], scope, marks[i], registered[i]));
  }
  const { targets: aliases, own: ownForms } = aliasTargets(texts, tokens, raw, scope);
  // The standard short forms are marked per word form; those the document introduces are looked
  // for in the text. A form whose lower case is itself could be a token's norm: then every word.
  const everyWord = ownForms.some((form) => form.toLowerCase() === form);
  for (let i = 0; i < texts.length; i++) {
    const at = everyWord ? undefined : aliasCandidates(texts[i], tokens[i], ownForms, marks[i]);
    const short = aliasFinds(texts[i], tokens[i], raw[i], aliases, at);
    for (const f of short) raw[i].push(f);
  }
  // A shape is certain where the document names the same organ certainly, by shape or by the
  // registry's name: "Gymnasie och vuxenutbildningsnämnden" at a sentence's start, in a text that
  // names the registered "Gymnasie- och vuxenutbildningsnämnden".
  const certain = new Set<string>();
  for (const finds of raw) for (const f of finds) if (f.certain) certain.add(f.id);
  for (const hits of registered) for (const h of hits) for (const c of h.credits ?? []) if (c.via === 'explicit') certain.add(c.id);
  const served = servedDomains(raw, certain, scope);
  const stands = (f: OrganFind) =>
    f.certain ||
    certain.has(f.id) ||
    (f.parent !== undefined && certain.has(f.parent)) ||
    (f.kind === 'förvaltning' && !f.external && f.domain !== null && served.has(f.domain));
  const passages = raw.map((finds) => (finds.length === 0 ? finds : sortInPlace(finds.filter(stands), (a, b) => a.start - b.start)));
  const own: OrganFind[] = [];
  for (const finds of passages) for (const f of finds) if (!f.external) own.push(f);
  const owner = own.find((f) => OWNER_KINDS.has(f.kind)) ?? null;
  return { passages, certain, owner, pairs: pairOffices(own, scope) };
}

/**
 * The domains of the committees the document names certainly ("social" of "Socialnämnden"), and
 * the leadership's when it names the board: an office of one of these at a sentence's start
 * ("Socialförvaltningen har tagit fram …") is that committee's office, not the work of managing
 * something ("Fastighetsförvaltningen har blivit dyrare").
 */
function servedDomains(raw: readonly OrganFind[][], certain: ReadonlySet<string>, scope: OrganScope): Set<string> {
  const domains = new Set<string>();
  for (const finds of raw) {
    for (const f of finds) {
      if ((f.kind === 'nämnd' || f.kind === 'styrelse') && !f.external && f.domain !== null && certain.has(f.id)) domains.add(f.domain);
    }
  }
  const board = scope.cues.standard.find((s) => s.kind === 'styrelse');
  if (board && certain.has(organId(slugOf(board.name), false, scope.city))) for (const d of scope.cues.leadershipDomains) domains.add(d);
  return domains;
}

/**
 * Whether the shape `f` is a longer name around registry hits that are group words only:
 * "Arbetsmarknads- & socialnämnden" (or "Arbetsmarknads och socialnämnden") around "socialnämnden",
 * which the registry reads as all its social committees. The name is one organ, written otherwise.
 */
export function widensGroupWord(f: Span, hits: readonly (Span & { credits?: readonly { via: string }[] })[]): boolean {
  const overlapping = hits.filter((h) => h.start < f.end && f.start < h.end);
  return (
    overlapping.length > 0 &&
    overlapping.every(
      (h) =>
        f.start <= h.start && h.end <= f.end && f.end - f.start > h.end - h.start && (h.credits ?? []).length > 0 && h.credits!.every((c) => c.via === 'group'),
    )
  );
}

/** Kinds of organ a document is written by or for. */
const OWNER_KINDS = new Set<string>(['nämnd', 'förvaltning', 'styrelse', 'utskott', 'fullmäktige', 'beredning', 'råd']);

/**
 * External bodies, then organ shapes in the rest; an organ after a kommun's genitive is that
 * kommun's. A shape where `registered` (the registry's hits in the passage) names someone is the
 * registry's and no find, unless it is a longer name around group words (`widensGroupWord`).
 */
export function passageFinds(
  text: string,
  tokens: Tokens,
  scope: OrganScope,
  marks = markWords(tokens, scope.marker),
  registered: readonly (Span & { credits?: readonly { via: string }[] })[] = [],
): OrganFind[] {
  const externals = findExternalBodies(text, tokens, scope.external, scope.city, marks);
  const shapes = findOrganShapes(text, tokens, scope.shape, externals, marks);
  // Most passages name no organ: no set made for them.
  if (externals.length === 0 && shapes.length === 0) return [];
  const finds: OrganFind[] = [];
  // Shapes taken into a foreign organ; most passages name no external body, and get no set.
  const merged = externals.length === 0 ? null : new Set<OrganShape>();
  for (const body of externals) {
    const organ = body.genitive ? shapes.find((s) => !merged!.has(s) && joined(text, body, s) && s.start >= body.end) : undefined;
    if (organ) {
      merged!.add(organ);
      finds.push(foreignOrgan(text, body, organ));
    } else finds.push(externalFind(body, scope.city));
  }
  for (const shape of shapes) {
    if (merged !== null && merged.has(shape)) continue;
    const place = shape.kind === 'bolag' || shape.kind === 'företag' ? null : placeAfter(text, tokens, shape, scope.city);
    if (place && !place.own) {
      // "Kommunstyrelsen i Lund" in an Uppsala text: Lund's.
      const span = { start: shape.start, end: place.end };
      const base = `${shape.base} i ${place.name}`;
      const name = written(text, span.start, span.end);
      finds.push({ ...span, id: organId(slugOf(base), true, null), name, base, kind: place.kind, external: true, certain: true, domain: null, byName: true });
      continue;
    }
    // Most shapes are names the registry holds too: dropped here, before their ID is made.
    const span = place ? { start: shape.start, end: place.end } : shape;
    if (registered.length > 0 && overlapsAny(span, registered) && !widensGroupWord(span, registered)) continue;
    // "Valberedningen föreslår": an organ every kommun has is certain at a sentence's start too.
    if (!shape.certain && !shape.external && isStandardName(shape.base, scope.cues)) shape.certain = true;
    if (place) Object.assign(shape, { end: place.end, name: written(text, shape.start, place.end) });
    finds.push(shapeFind(shape, scope.city));
  }
  return finds;
}

/**
 * A shape and its ID. Written out field by field, in the shape's order, rather than copied with a
 * rest and a spread: those took a slow generic path, and every shape of every passage goes through here.
 */
function shapeFind(shape: OrganShape, city: string | null): OrganFind {
  const find: OrganFind & { genitive: boolean } = {
    start: shape.start,
    end: shape.end,
    name: shape.name,
    base: shape.base,
    kind: shape.kind,
    external: shape.external,
    certain: shape.certain,
    domain: shape.domain,
    genitive: shape.genitive,
    id: organId(slugOf(shape.base), shape.external, city),
  };
  if (shape.parent !== undefined) find.parent = organId(slugOf(shape.parent), false, city);
  return find;
}

/**
 * "i Lund", "i Växjö kommun" right after an organ: whose it is. A place of no kommun or region
 * (a district, a street) is no qualifier.
 */
function placeAfter(
  text: string,
  tokens: Tokens,
  organ: Span,
  city: string | null,
): { end: number; own: boolean; name: string; kind: 'kommun' | 'region' } | null {
  const k = firstTokenAtOrAfter(tokens, organ.end);
  // From the cells first: most organs are followed by no "i" and a word, and get no token objects.
  if (k + 1 >= tokens.length || tokens.norm(k) !== 'i' || !tokens.isWord(k + 1)) return null;
  const [i, place, after] = [tokens.at(k), tokens.at(k + 1), tokens.at(k + 2)];
  if (!joined(text, organ, i) || !joined(text, i, place)) return null;
  if (!/^\p{Lu}/u.test(place.text)) return null;
  const found = municipalities().allByName(place.text);
  if (found.length === 0) return null;
  const m = found.find((x) => x.kind === 'kommun') ?? found[0];
  const end = after && (after.norm === 'kommun' || after.norm === 'stad') && joined(text, place, after) ? after.end : place.end;
  return { end, own: found.some((x) => x.id === city), name: m.name, kind: m.kind };
}

/**
 * An external body found by name and its ID. Written out field by field, in the order a spread
 * of `body` gave: the spread took V8's slow generic copy, for every body of every passage.
 */
function externalFind(body: ExternalFind, city: string | null): OrganFind {
  const find: OrganFind & { slug: string; genitive: boolean } = {
    start: body.start,
    end: body.end,
    name: body.name,
    base: body.base,
    slug: body.slug,
    kind: body.kind,
    genitive: body.genitive,
    id: organId(body.slug, true, city),
    external: true,
    certain: true,
    domain: null,
    byName: true,
  };
  return find;
}

const standardSets = new WeakMap<UnregisteredCues, { names: Set<string>; known: BoundedMap<string, boolean> }>();

/**
 * Whether `base` is a standard organ's name, any case. Remembered by base: the same few uncertain
 * shapes come back passage after passage, and the Swedish lower-casing is slow.
 */
function isStandardName(base: string, cues: UnregisteredCues): boolean {
  let standard = standardSets.get(cues);
  if (!standard) {
    const names = new Set(cues.standard.map((s) => s.name.toLocaleLowerCase('sv')));
    standardSets.set(cues, (standard = { names, known: new BoundedMap(10_000) }));
  }
  let is = standard.known.get(base);
  if (is === undefined) standard.known.set(base, (is = standard.names.has(base.toLocaleLowerCase('sv'))));
  return is;
}

/** "Göteborgs stads kulturnämnd", "Region Kronobergs regionala utvecklingsnämnd": another's organ. */
function foreignOrgan(text: string, body: ExternalFind, organ: OrganShape): OrganFind {
  const span = { start: body.start, end: organ.end };
  const name = written(text, span.start, span.end);
  const base = `${body.name} ${organ.name}`.replace(/:s$/, '');
  return { ...span, id: organId(slugOf(base), true, null), name, base, kind: body.kind, external: true, certain: true, domain: null, byName: true };
}

interface AliasTarget {
  id: string;
  base: string;
  kind: OrganFind['kind'];
  external: boolean;
  /** Case-sensitive aliases ("KS") or lower-case words ("fullmäktige"). */
  caseSensitive: boolean;
}

/**
 * Short forms: the standard organs' ("KS", "KSAU", "fullmäktige"), and those the document
 * introduces in parentheses right after a name it found: "Nämnden för Barn & Utbildning (BoU)",
 * "Växjö Energi AB (VEAB)". `ownForms`: the document introduces any.
 */
function aliasTargets(
  texts: readonly string[],
  tokens: readonly Tokens[],
  raw: readonly OrganFind[][],
  scope: OrganScope,
): { targets: Map<string, AliasTarget>; own: string[] } {
  const targets = new Map<string, AliasTarget>();
  for (const s of scope.cues.standard) {
    const target = { id: organId(slugOf(s.name), false, scope.city), base: s.name, kind: s.kind, external: false };
    for (const alias of s.aliases) targets.set(alias, { ...target, caseSensitive: true });
    for (const word of s.words) targets.set(word, { ...target, caseSensitive: false });
  }
  const standard = targets.size;
  texts.forEach((text, i) => {
    const ts = tokens[i];
    for (const find of raw[i]) {
      // "Vidingehem AB" is also "Vidingehem" in the same document.
      const short = find.kind === 'bolag' && /^(\p{Lu}\p{L}{3,}) AB$/u.exec(find.base);
      if (short && !targets.has(short[1])) targets.set(short[1], { id: find.id, base: find.base, kind: find.kind, external: false, caseSensitive: true });
      const k = firstTokenAtOrAfter(ts, find.end);
      const [open, word, close] = [ts.at(k), ts.at(k + 1), ts.at(k + 2)];
      if (!open || open.text !== '(' || !word || !close || close.text !== ')' || !joined(text, find, open)) continue;
      if (word.kind !== 'word' || !ABBREVIATION.test(word.text) || targets.has(word.text)) continue;
      // An uncertain shape is confirmed by its short form, so "Äldreomsorgen (Netto)" must not be.
      if (!find.certain && !EVIDENT_SHORT_FORM.test(word.text)) continue;
      targets.set(word.text, { id: find.id, base: find.base, kind: find.kind, external: find.external, caseSensitive: true });
    }
  });
  return { targets, own: [...targets.keys()].slice(standard) };
}

/**
 * Whether a token of this norm may be a standard short form or word (`aliasFinds`): a token
 * written as one, or as one and ":s", has the norm of that writing.
 */
export function mayBeStandardForm(norm: string, cues: UnregisteredCues): boolean {
  let norms = standardForms.get(cues);
  if (!norms) {
    norms = new Set();
    for (const s of cues.standard) {
      for (const form of [...s.aliases, ...s.words]) {
        // As tokenize.ts makes a norm: lower case, composed, without soft hyphens.
        const lower = form.replaceAll('\u00ad', '').toLowerCase();
        for (const n of [form, lower, lower.normalize('NFC')]) norms.add(n).add(`${n}:s`);
      }
    }
    standardForms.set(cues, norms);
  }
  return norms.has(norm);
}

const standardForms = new WeakMap<UnregisteredCues, Set<string>>();

/** A short form in parentheses: a capital and one to seven more letters ("BoU", "VEAB", "Vöfab"). */
const ABBREVIATION = /^\p{Lu}[\p{L}]{1,7}$/u;

/**
 * The tokens of a passage that may be a short form, in order: those `marks` marks `MAY_ALIAS`
 * (a standard form), and those starting where the text holds one of `own`, the forms the
 * document introduces (a token written as one, or as one and ":s", starts with it). A search of
 * the text per form, not a look-up per word: most documents introduce a few.
 */
function aliasCandidates(text: string, tokens: Tokens, own: readonly string[], marks: WordMarks): number[] {
  const at: number[] = [];
  for (let m = 0; m < marks.length; m++) if ((marks[m] & MAY_ALIAS) !== 0) at.push(markedIndex(marks[m]));
  if (own.length === 0) return at;
  const marked = at.length;
  for (const form of own) {
    for (let p = text.indexOf(form); p >= 0; p = text.indexOf(form, p + 1)) {
      const k = firstTokenAtOrAfter(tokens, p);
      if (k < tokens.length && tokens.start(k) === p) at.push(k);
    }
  }
  if (at.length === marked) return at;
  return [...new Set(at)].sort((a, b) => a - b);
}

/**
 * The short forms in a passage, outside what was found there already; "BoU:s" is BoU's. With
 * `candidates` (`aliasCandidates`), only those tokens are looked up, else every word.
 */
function aliasFinds(text: string, tokens: Tokens, found: readonly OrganFind[], targets: Map<string, AliasTarget>, candidates?: readonly number[]): OrganFind[] {
  const finds: OrganFind[] = [];
  for (let n = 0, steps = candidates === undefined ? tokens.length : candidates.length; n < steps; n++) {
    const i = candidates === undefined ? n : candidates[n];
    if (!tokens.isWord(i)) continue;
    const surface = tokens.text(i);
    const norm = tokens.norm(i);
    const bare = surface.endsWith(':s') ? surface.slice(0, -2) : surface;
    // Every word of every passage is looked up: a lower-case word is its own norm, and is looked up once.
    const target = targets.get(bare) ?? (norm !== bare ? targets.get(norm) : undefined);
    if (!target || (target.caseSensitive && targets.get(bare) !== target)) continue;
    const span = { start: tokens.start(i), end: tokens.end(i) };
    if (overlapsAny(span, found)) continue;
    finds.push({
      start: span.start,
      end: span.end,
      name: surface,
      id: target.id,
      base: target.base,
      kind: target.kind,
      external: target.external,
      certain: true,
      domain: null,
    });
  }
  return finds;
}

/**
 * Office ↔ committee by domain: "Förvaltningen för Teknik" serves "Nämnden för Teknik",
 * "Kulturförvaltningen" "Kulturnämnden"; an office of the city's leadership
 * ("Kommunledningsförvaltningen", "Stadskontoret") serves Kommunstyrelsen.
 */
export function pairOffices(own: readonly OrganFind[], scope: Pick<OrganScope, 'cues' | 'city'>): Map<string, { id: string; kind: AdministrationKind }> {
  const pairs = new Map<string, { id: string; kind: AdministrationKind }>();
  const committees = new Map<string, { id: string; kind: AdministrationKind }>();
  for (const f of own) {
    if ((f.kind === 'nämnd' || f.kind === 'styrelse') && f.domain !== null && !committees.has(f.domain)) committees.set(f.domain, { id: f.id, kind: f.kind });
  }
  const board = scope.cues.standard.find((s) => s.kind === 'styrelse');
  for (const office of own) {
    if (office.kind !== 'förvaltning' || office.domain === null) continue;
    let committee = committees.get(office.domain);
    if (!committee && board && scope.cues.leadershipDomains.has(office.domain))
      committee = { id: organId(slugOf(board.name), false, scope.city), kind: board.kind };
    if (!committee) continue;
    if (!pairs.has(office.id)) pairs.set(office.id, committee);
    if (!pairs.has(committee.id)) pairs.set(committee.id, { id: office.id, kind: 'förvaltning' });
  }
  return pairs;
}
