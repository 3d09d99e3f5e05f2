// The slim document `mrkoll analyze` holds while the rest of the corpus is read: what the
// analysis and its reports read (see `AnalysisDocument`) and nothing else, its strings copied
// out of the document's text. Why copies: a passage's text, a mention's name or a heading is a
// V8 "sliced string" that keeps the whole text it was cut from alive (and the normalizer's copy
// of it, which other slices point into), and a text with one "–" or "’" is stored two bytes a
// character. Copied, each passage stands alone and is one byte a character unless it has such a
// character itself. Measured on the bench's text (docs/performance.md): ~8.4 bytes of heap per
// byte of text held before, ~6 after.
import type { AnalysisDocument, DocumentMetadata, Mention, Tag, TaggedDocument, TaggedPassage } from '../types.js';

/** One empty list for every passage without tags, mentions or sentences: read, never written. */
const NONE: never[] = Object.freeze([]) as unknown as never[];

/**
 * `doc` reduced to what analyze reads: no body text (the passages hold their own), footnotes,
 * page furniture, warnings or file facts; passages keep every field the analysis reads, with
 * one section path shared by the passages under one heading.
 */
export function forAnalysis(doc: TaggedDocument & { frameworks?: string[] }): AnalysisDocument {
  let section: string[] = NONE;
  const passages = doc.passages.map((p): TaggedPassage => {
    if (!sameList(p.sectionPath, section)) section = p.sectionPath.length === 0 ? NONE : p.sectionPath.map(detached);
    return {
      id: p.id,
      kind: p.kind,
      sectionPath: section,
      page: p.page,
      line: p.line,
      start: p.start,
      end: p.end,
      text: detached(p.text),
      ...(p.level !== undefined && { level: p.level }),
      sentences: p.sentences.length === 0 ? NONE : p.sentences,
      ...(p.origin !== undefined && { origin: p.origin }),
      tags: p.tags.length === 0 ? NONE : p.tags.map(detachedTag),
      mentions: p.mentions.length === 0 ? NONE : p.mentions.map(detachedMention),
      boilerplate: p.boilerplate,
      words: p.words,
    };
  });
  return {
    path: doc.path,
    format: doc.format,
    metadata: detachedMetadata(doc.metadata),
    author: doc.author,
    ...(doc.frameworks !== undefined && { frameworks: doc.frameworks }),
    passages,
  };
}

/**
 * A copy of `text` that shares no memory with the string it was cut from; decoding UTF-8 makes
 * a one-byte string when every character fits in one.
 */
export function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

function detachedTag(tag: Tag): Tag {
  return { ...tag, evidence: tag.evidence.map((e) => ({ ...e, text: detached(e.text) })) };
}

function detachedMention(mention: Mention): Mention {
  return { ...mention, name: detached(mention.name) };
}

/** The metadata with its strings copied, its keys (and any left undefined) as they were. */
function detachedMetadata(metadata: DocumentMetadata): DocumentMetadata {
  const copy = (value: unknown): unknown => (typeof value === 'string' ? detached(value) : Array.isArray(value) ? value.map(copy) : value);
  return Object.fromEntries(Object.entries(metadata).map(([key, value]) => [key, copy(value)])) as unknown as DocumentMetadata;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
