// Renders tagged documents for `mrkoll tag`: readable text (evidence highlighted, tags and
// mentions listed under each passage) or the JSON described in docs/schema/tag.md.
import type { InputFailure, Mention, Tag, TaggedDocument, TaggedPassage } from '../../types.js';
import { paint } from '../format/ansi.js';
import { cityLabel } from '../format/city.js';
import type { TagLabels } from './labels.js';

export const TAG_SCHEMA_VERSION = 1;

/** Optional facts `tagDocument` adds beyond `TaggedDocument`; read defensively. */
interface TagExtras {
  city?: string;
  frameworks?: string[];
}

/** The JSON document described in docs/schema/tag.md. */
export function tagToJson(documents: TaggedDocument[], failures: InputFailure[] = []): object {
  return { schemaVersion: TAG_SCHEMA_VERSION, documents: documents.map(tagJsonDocument), failures };
}

/** One document of the JSON. */
export function tagJsonDocument(doc: TaggedDocument): object {
  const extras = doc as TaggedDocument & TagExtras;
  return {
    path: doc.path,
    format: doc.format,
    type: doc.metadata.type,
    title: doc.metadata.title,
    year: doc.metadata.year,
    city: extras.city ?? doc.metadata.city,
    frameworks: extras.frameworks ?? [],
    author: doc.author,
    authorName: doc.metadata.author,
    passages: doc.passages.map((p) => ({
      id: p.id,
      kind: p.kind,
      section: p.sectionPath.at(-1) ?? null,
      sectionPath: p.sectionPath,
      page: p.page,
      line: p.line,
      start: p.start,
      end: p.end,
      text: p.text,
      words: p.words,
      boilerplate: p.boilerplate,
      tags: p.tags.map((t) => ({
        id: t.id,
        kind: t.kind,
        negated: t.negated,
        boilerplate: t.boilerplate,
        evidence: t.evidence.map((e) => ({ term: e.term, text: e.text, start: e.start, end: e.end, negated: e.negated })),
      })),
      mentions: p.mentions.map((m: Mention & { variant?: string }) => ({
        id: m.id,
        name: m.name,
        registered: m.registered,
        ...(m.external && { external: true }),
        ...(m.kind !== undefined && { kind: m.kind }),
        start: m.start,
        end: m.end,
        via: m.via,
        ...(m.variant !== undefined && { variant: m.variant }),
      })),
    })),
  };
}

// Written with the first document, so that a run that reads none writes nothing.
const HEAD = `{\n  "schemaVersion": ${TAG_SCHEMA_VERSION},\n  "documents": [`;

/**
 * Writes the same text as `JSON.stringify(tagToJson(documents, failures), null, 2)` one document at a
 * time, so that a large corpus is never one string (nor every document at once).
 */
export class TagJsonWriter {
  private documents = 0;
  constructor(private readonly write: (text: string) => void) {}

  document(doc: TaggedDocument): void {
    // JSON.stringify escapes every line break inside strings: each "\n" here is between values.
    this.write(`${this.documents++ === 0 ? HEAD : ','}\n    ${JSON.stringify(tagJsonDocument(doc), null, 2).replaceAll('\n', '\n    ')}`);
  }

  end(failures: InputFailure[]): void {
    const documents = this.documents === 0 ? `${HEAD}]` : '\n  ]';
    this.write(`${documents},\n  "failures": ${JSON.stringify(failures, null, 2).replaceAll('\n', '\n  ')}\n}\n`);
  }
}

export interface TextOptions {
  /** ANSI bold/colour/strike-through; otherwise «brackets» and `ej:` prefixes. */
  color: boolean;
  /** Also print passages with neither tags nor mentions, and headings. */
  all?: boolean;
  /** Names for the IDs of categories, frameworks and administrations (labels.ts). */
  labels: TagLabels;
}

const VIA_LABEL: Record<Mention['via'], string> = {
  explicit: '',
  office: 'via förvaltning',
  group: 'grupp',
  coordination: 'samordnat led',
  anaphor: 'syftning',
  heading: 'rubrik',
};

export function tagToText(documents: TaggedDocument[], options: TextOptions): string {
  const out: string[] = [];
  for (const doc of documents) {
    const extras = doc as TaggedDocument & TagExtras;
    out.push(paint('bold', `== ${doc.path}`, options.color));
    const author = (doc.author !== null && options.labels.administration(doc.author)) || doc.metadata.author || '–';
    const frameworks = (extras.frameworks ?? []).map(options.labels.framework).join('; ') || '–';
    out.push(`   författare: ${author}   kommun: ${cityLabel(extras.city ?? doc.metadata.city)}   ramverk: ${frameworks}`);
    out.push('');
    // An organ no registry holds is named as the document writes it where it names it outright,
    // so that "nämnden" still says which nämnd.
    const written = new Map<string, string>();
    for (const p of doc.passages) for (const m of p.mentions) if (m.via === 'explicit' && !written.has(m.id)) written.set(m.id, m.name);
    const nameOf = (id: string) => options.labels.administration(id) ?? written.get(id);
    let shown = 0;
    for (const p of doc.passages) {
      if (!options.all && (p.kind === 'heading' || (p.tags.length === 0 && p.mentions.length === 0))) continue;
      shown++;
      out.push(paint('bold', passageHeader(doc.path, p), options.color) + (p.boilerplate ? `  [standardtext: ${p.boilerplate}]` : ''));
      out.push(`   ${highlight(p, options.color)}`);
      if (p.tags.length > 0) out.push(`   taggar: ${p.tags.map((t) => tagLabel(t, options)).join(' · ')}`);
      if (p.mentions.length > 0) out.push(`   nämner: ${mentionLabels(p.mentions, nameOf).join(' · ')}`);
      out.push('');
    }
    const tagged = doc.passages.filter((p) => p.kind !== 'heading' && p.tags.some((t) => !t.negated && !t.boilerplate)).length;
    const body = doc.passages.filter((p) => p.kind !== 'heading').length;
    out.push(paint('dim', `   ${tagged} av ${body} stycken täcker någon kategori; ${shown} visade.`, options.color), '');
  }
  return out.join('\n');
}

/** `file s. 8 §Angränsande uppdrag`; `rad N` for formats without pages. */
function passageHeader(file: string, p: TaggedPassage): string {
  const place = p.page !== null ? ` s. ${p.page}` : p.line !== null ? ` rad ${p.line}` : '';
  const section = p.sectionPath.at(-1);
  return `${file}${place}${section ? ` §${section}` : ''}`;
}

/** The passage text with every evidence span marked; overlapping spans are merged. */
function highlight(p: TaggedPassage, color: boolean): string {
  const spans = p.tags
    .flatMap((t) => t.evidence.map((e) => ({ start: e.start, end: e.end, negated: t.negated || e.negated })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number; negated: boolean }[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.negated = last.negated && span.negated;
    } else merged.push({ ...span });
  }
  let text = '';
  let at = 0;
  for (const span of merged) {
    const term = p.text.slice(span.start, span.end);
    const marked = color ? paint(span.negated ? 'strike' : 'boldYellow', term, true) : `«${term}»`;
    text += p.text.slice(at, span.start) + marked;
    at = span.end;
  }
  return (text + p.text.slice(at)).replace(/\s*\n\s*/g, ' ');
}

function tagLabel(tag: Tag, { color, labels }: TextOptions): string {
  const terms = [...new Set(tag.evidence.map((e) => e.text.toLowerCase()))].join(', ');
  const label = labels.category(tag.id);
  const shown = tag.negated ? (color ? paint('strike', label, true) : `ej: ${label}`) : label;
  return `${shown} (${terms})${tag.boilerplate ? ' [standardtext]' : ''}`;
}

/**
 * One label per name as written, followed by the names it stands for (registered, else as the
 * document writes them) when they are not the name itself (an abbreviation, a group noun, an
 * anaphor, a coordination's members).
 */
function mentionLabels(mentions: Mention[], nameOf: (id: string) => string | undefined): string[] {
  const byName = new Map<string, { name: string; ids: string[]; via: Mention['via']; registered: boolean; external: boolean }>();
  for (const m of mentions) {
    const key = `${m.start}:${m.end}:${m.name}:${m.via}`;
    const entry = byName.get(key) ?? { name: m.name, ids: [], via: m.via, registered: m.registered, external: m.external === true };
    if (!entry.ids.includes(m.id)) entry.ids.push(m.id);
    byName.set(key, entry);
  }
  return [...byName.values()].map((e) => {
    const notes = [VIA_LABEL[e.via], e.external ? 'inte stadens' : e.registered ? '' : 'ej i registret'].filter(Boolean).join(', ');
    const names = e.ids.map((id) => nameOf(id) ?? e.name);
    const written = e.name.toLocaleLowerCase('sv');
    // "Kommunstyrelsens" is Kommunstyrelsen: a genitive needs no arrow.
    const same = names.length === 1 && [names[0], `${names[0]}s`].some((n) => n.toLocaleLowerCase('sv') === written);
    return `${e.name}${same ? '' : ` → ${names.join(', ')}`}${notes ? ` (${notes})` : ''}`;
  });
}
