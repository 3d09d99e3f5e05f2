// Which administration a passage counts for. By mention: every administration the passage names
// (or inherits from its section heading). By author: the administration that wrote the document.
import { writtenByTheRules } from '../language/name-form.js';
import path from 'node:path';
import { ADMINISTRATION_KINDS, type AdministrationKind, type Lexicons, type Tag, type AnalysisDocument, type TaggedPassage } from '../types.js';
import { slugify } from '../lexicon/crosscheck.js';

export type View = 'mention' | 'author';

export interface AdministrationInfo {
  id: string;
  name: string;
  kind: AdministrationKind | null;
  registered: boolean;
}

export interface CreditedPassage {
  doc: AnalysisDocument;
  passage: TaggedPassage;
}

/** Registered administrations by ID, from every registry. */
export function administrationIndex(lexicons: Lexicons): Map<string, AdministrationInfo> {
  const index = new Map<string, AdministrationInfo>();
  for (const registry of lexicons.registries) {
    for (const a of registry.administrations) index.set(a.id, { id: a.id, name: a.name, kind: a.kind, registered: true });
  }
  return index;
}

/** The ID a document is credited to in the by-author view; `okand/<file>` when nobody is known. */
export function authorOf(doc: AnalysisDocument): string {
  return doc.author ?? doc.metadata.authorId ?? `okand/${slug(path.basename(doc.path))}`;
}

export interface CreditOptions {
  /** Sections whose passages are not mentions (distribution lists, signatures). */
  ignoreSections?: readonly string[];
  /**
   * A group noun (or a heading) that stands for more administrations than this is about all of
   * them in general ("de helägda bolagen"), not about each: such passages are not credited.
   */
  groupMaxMembers?: number;
}

export interface Credit {
  passages: Map<string, CreditedPassage[]>;
  /** Passages that name an administration only through a broad group noun, and those nouns. */
  broad: Map<string, { passages: number; names: Set<string> }>;
}

/**
 * Every passage that counts for each administration. Headings are structure, not statements, and
 * are never credited; in the by-mention view neither are passages in `ignoreSections` (a
 * distribution list names committees without saying anything about them) nor broad group nouns.
 */
export function creditPassages(docs: readonly AnalysisDocument[], view: View, options: CreditOptions = {}): Credit {
  const passages = new Map<string, CreditedPassage[]>();
  const broad = new Map<string, { passages: number; names: Set<string> }>();
  const add = (id: string, item: CreditedPassage) => {
    const list = passages.get(id);
    if (list) list.push(item);
    else passages.set(id, [item]);
  };
  const ignored = ignoredSectionTest(options.ignoreSections ?? []);
  const max = options.groupMaxMembers ?? Infinity;
  for (const doc of docs) {
    const author = authorOf(doc);
    for (const passage of doc.passages) {
      if (passage.kind === 'heading') continue;
      if (view === 'author') {
        add(author, { doc, passage });
        continue;
      }
      if (ignored(passage)) continue;
      const { specific, general } = splitMentions(passage, max);
      for (const id of specific) add(id, { doc, passage });
      for (const [id, name] of general) {
        if (specific.has(id)) continue;
        const b = broad.get(id) ?? broad.set(id, { passages: 0, names: new Set() }).get(id)!;
        b.passages++;
        b.names.add(name);
      }
    }
  }
  return { passages, broad };
}

/** IDs a passage is about, and those it reaches only through a group noun for many. */
function splitMentions(passage: TaggedPassage, max: number): { specific: Set<string>; general: Map<string, string> } {
  const members = new Map<string, Set<string>>();
  for (const m of passage.mentions) {
    if (m.external || (m.via !== 'group' && m.via !== 'heading')) continue;
    const key = `${m.via}\u0000${m.name.toLocaleLowerCase('sv')}`;
    (members.get(key) ?? members.set(key, new Set()).get(key)!).add(m.id);
  }
  const specific = new Set<string>();
  const general = new Map<string, string>();
  for (const m of passage.mentions) {
    // A body that is not the city's is listed apart (externalBodies), never credited.
    if (m.external) continue;
    const size = m.via === 'group' || m.via === 'heading' ? members.get(`${m.via}\u0000${m.name.toLocaleLowerCase('sv')}`)!.size : 1;
    if (size > max) general.set(m.id, m.name);
    else specific.add(m.id);
  }
  return { specific, general };
}

/**
 * Whether a passage lies in one of `sections`. Each heading is judged once: the passages of a
 * section share its heading strings, and lower-casing them per passage was a tenth of aggregation.
 */
function ignoredSectionTest(sections: readonly string[]): (passage: TaggedPassage) => boolean {
  if (sections.length === 0) return () => false;
  const ignored = sections.map((s) => s.toLocaleLowerCase('sv'));
  const judged = new Map<string, boolean>();
  const isIgnored = (heading: string): boolean => {
    let verdict = judged.get(heading);
    if (verdict === undefined) {
      const h = heading.trim().toLocaleLowerCase('sv');
      verdict = ignored.some((s) => h.startsWith(s));
      judged.set(heading, verdict);
    }
    return verdict;
  };
  return (passage) => passage.sectionPath.some(isIgnored);
}

/**
 * What reports call an administration: the registry's entry, else the name most often written
 * for an unregistered one, else (an unknown author) the file name.
 */
export function describeAdministrations(
  ids: Iterable<string>,
  docs: readonly AnalysisDocument[],
  registered: Map<string, AdministrationInfo>,
): Map<string, AdministrationInfo> {
  const written = new Map<string, Map<string, number>>();
  const kinds = new Map<string, Map<string, number>>();
  for (const doc of docs) {
    for (const p of doc.passages) {
      for (const m of p.mentions) {
        // An anaphor ("Nämnden", "förvaltningen") or a group noun is not the organ's name.
        if (registered.has(m.id) || m.via === 'anaphor' || m.via === 'group') continue;
        tally(written, m.id, m.name);
        if (m.kind && !m.external) tally(kinds, m.id, m.kind);
      }
    }
  }
  const out = new Map<string, AdministrationInfo>();
  for (const id of ids) {
    const known = registered.get(id);
    if (known) {
      out.set(id, known);
      continue;
    }
    const unknownAuthor = id.startsWith('okand/') ? docs.find((d) => authorOf(d) === id) : undefined;
    const name = displayName(id, written.get(id)) ?? (unknownAuthor ? `${path.basename(unknownAuthor.path)} (okänd avsändare)` : id);
    const kind = [...(kinds.get(id) ?? [])].sort((a, b) => b[1] - a[1])[0]?.[0];
    out.set(id, {
      id,
      name,
      kind: kind && (ADMINISTRATION_KINDS as readonly string[]).includes(kind) ? (kind as AdministrationKind) : null,
      registered: false,
    });
  }
  return out;
}

function tally(counts: Map<string, Map<string, number>>, id: string, key: string): void {
  const forms = counts.get(id) ?? new Map<string, number>();
  forms.set(key, (forms.get(key) ?? 0) + 1);
  counts.set(id, forms);
}

/**
 * The name an unregistered organ is shown by: the written form its ID was made from ("Nämnden för
 * Vård & Omsorg" for …/namnden-for-vard-och-omsorg), else the form a heading would write (capital,
 * not in the genitive), else the most frequent; with a capital first letter.
 */
function displayName(id: string, forms: Map<string, number> | undefined): string | null {
  if (!forms || forms.size === 0) return null;
  const idSlug = id.slice(id.indexOf('/') + 1);
  const rank = ([form, n]: [string, number]) => [
    slugify(form) === idSlug ? 1 : 0,
    /^\p{Lu}/u.test(form) ? 1 : 0,
    /s$/.test(form) ? 0 : 1,
    n,
    writtenByTheRules(form),
  ];
  const best = [...forms].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return y[i] - x[i];
    return a[0].localeCompare(b[0], 'sv');
  })[0][0];
  return best.charAt(0).toLocaleUpperCase('sv') + best.slice(1);
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/\.[a-z0-9]+$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * By mention, a passage can name several administrations in different sentences ("…flera av
 * socialnämnderna… såsom kulturnämnden, där … likvärdig tillgång till kultur"). A tag is about the
 * administrations named in the sentences that hold its evidence; only when those sentences name
 * nobody (the passage as a whole, or its heading, says who it is about) does it count for all the
 * passage's administrations.
 */
export function tagConcerns(passage: TaggedPassage, tag: Tag, id: string): boolean {
  const sentences = passage.sentences.map((s) => ({ start: s.start - passage.start, end: s.end - passage.start }));
  const holding = sentences.filter((s) => tag.evidence.some((e) => e.start >= s.start && e.start < s.end));
  const named = new Set<string>();
  for (const m of passage.mentions) {
    if (m.end <= m.start || m.external) continue; // inherited from a heading: bound to no sentence; not the city's
    if (holding.some((s) => m.start >= s.start && m.start < s.end)) named.add(m.id);
  }
  return named.size === 0 || named.has(id);
}
