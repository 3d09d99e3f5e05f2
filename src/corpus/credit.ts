// Which administration a passage counts for. By mention: every administration the passage names
// (or inherits from its section heading). By author: the administration that wrote the document.
import path from 'node:path';
import { BoundedMap } from '../util/bounded-map.js';
import { detached } from './detached.js';
import { type AdministrationKind, type Lexicons, type Mention, type Tag, type AnalysisDocument, type TaggedPassage } from '../types.js';

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

/**
 * Which administrations each passage of a document counts for, one document at a time, for a
 * corpus read as it streams past: `credit(id, passage)` for each administration a passage counts
 * for, in passage order, and `broad(id, name)` for each it reaches only through a group noun for
 * many. Headings are structure, not statements, and are never credited; in the by-mention view
 * neither are passages in `ignoreSections` (a distribution list names committees without saying
 * anything about them) nor broad group nouns.
 */
export function creditor(
  view: View,
  options: CreditOptions = {},
): (doc: AnalysisDocument, credit: (id: string, passage: TaggedPassage) => void, broad: (id: string, name: string) => void) => void {
  const max = options.groupMaxMembers ?? Infinity;
  const isIgnored = ignoredHeadingTest(options.ignoreSections ?? []);
  return (doc, credit, broad) => {
    const ignored = ignoredSectionTest(isIgnored);
    const author = view === 'author' ? authorOf(doc) : '';
    for (const passage of doc.passages) {
      if (passage.kind === 'heading') continue;
      if (view === 'author') {
        credit(author, passage);
        continue;
      }
      if (ignored(passage)) continue;
      creditMentions(passage, max, credit, broad);
    }
  };
}

/**
 * Credits the IDs a passage is about, in the order they are first named, then reports those it
 * reaches only through a group noun for many. A list of IDs, and maps only for group nouns: most
 * passages name one or two administrations.
 */
function creditMentions(
  passage: TaggedPassage,
  max: number,
  credit: (id: string, passage: TaggedPassage) => void,
  broad: (id: string, name: string) => void,
): void {
  const mentions = passage.mentions;
  const specific: string[] = [];
  let general: Map<string, string> | null = null;
  for (const m of mentions) {
    // A body that is not the city's is listed apart (externalBodies), never credited.
    if (m.external) continue;
    const size = m.via === 'group' || m.via === 'heading' ? membersNamed(mentions, m) : 1;
    if (size > max) (general ??= new Map()).set(m.id, m.name);
    else if (!specific.includes(m.id)) specific.push(m.id);
  }
  for (const id of specific) credit(id, passage);
  if (general) for (const [id, name] of general) if (!specific.includes(id)) broad(id, name);
}

/**
 * How many administrations the passage's group noun or heading `m` stands for: the different IDs
 * its words (any case) stand for in the passage's mentions of the same kind. The names are
 * lower-cased only when they differ as written: most are the same heading's or noun's.
 */
function membersNamed(mentions: readonly Mention[], m: Mention): number {
  let lower: string | null = null;
  const ids: string[] = [];
  for (const x of mentions) {
    if (x.external || x.via !== m.via || ids.includes(x.id)) continue;
    if (x.name !== m.name && x.name.toLocaleLowerCase('sv') !== (lower ??= m.name.toLocaleLowerCase('sv'))) continue;
    ids.push(x.id);
  }
  return ids.length;
}

/**
 * Whether a heading starts one of `sections`, any case. Each heading is judged once for the whole
 * corpus (headings recur: "Inledning", a document type's own sections), and remembered as a copy:
 * a heading is a slice that would keep its document's text alive.
 */
function ignoredHeadingTest(sections: readonly string[]): ((heading: string) => boolean) | null {
  if (sections.length === 0) return null;
  const ignored = sections.map((s) => s.toLocaleLowerCase('sv'));
  const judged = new BoundedMap<string, boolean>(4096);
  return (heading) => {
    let verdict = judged.get(heading);
    if (verdict === undefined) {
      const h = heading.trim().toLocaleLowerCase('sv');
      verdict = ignored.some((s) => h.startsWith(s));
      judged.set(detached(heading), verdict);
    }
    return verdict;
  };
}

/**
 * Whether a passage of one document lies in an ignored section. The passages under one heading
 * share one section path: judged once for all of them (per document, so that no other is kept).
 */
function ignoredSectionTest(isIgnored: ((heading: string) => boolean) | null): (passage: TaggedPassage) => boolean {
  if (isIgnored === null) return () => false;
  let lastPath: readonly string[] | null = null;
  let lastVerdict = false;
  return (passage) => {
    if (passage.sectionPath !== lastPath) {
      lastPath = passage.sectionPath;
      lastVerdict = lastPath.some(isIgnored);
    }
    return lastVerdict;
  };
}

export function slug(name: string): string {
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
  // Loops, not arrays: this runs for every tag of every passage and administration it is credited to.
  let named = false;
  for (const m of passage.mentions) {
    if (m.end <= m.start || m.external) continue; // inherited from a heading: bound to no sentence; not the city's
    if (!holdsEvidence(passage, tag, m.start)) continue;
    if (m.id === id) return true;
    named = true;
  }
  return !named;
}

/** Whether `offset` (in the passage text) lies in a sentence that holds some of the tag's evidence. */
function holdsEvidence(passage: TaggedPassage, tag: Tag, offset: number): boolean {
  for (const s of passage.sentences) {
    const start = s.start - passage.start;
    const end = s.end - passage.start;
    if (offset < start || offset >= end) continue;
    for (const e of tag.evidence) if (e.start >= start && e.start < end) return true;
  }
  return false;
}
