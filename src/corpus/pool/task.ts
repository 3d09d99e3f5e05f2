// One file, start to finish: extraction (through the cache), the manifest's facts and, when the run
// has lexicons, tagging. The same function runs on a pool worker and in-process, so both paths
// give the same documents.
import { DEFAULT_LIMITS, type IngestLimits } from '../../ingest/index.js';
import { failureReason } from '../../ingest/errors.js';
import { registerRawPath } from '../../ingest/file-names.js';
import type { ManifestEntry } from '../manifest.js';
import { applyManifest, extractDocument } from '../extract.js';
import { extractThroughCache, openCache } from '../../cache/extract.js';
import type { CacheStats, DiskCache } from '../../cache/store.js';
import { buildContext, tagDocument, type TaggingContext, type ContextOptions, type TagOptions, type TagResult } from '../../tag/index.js';
import type { Document, Lexicons } from '../../types.js';
import { extractionData, type ExtractionData } from '../../segment/index.js';
import { buildLocator, locateDocument, type LocateData, type Locator } from '../../locate/index.js';
import { decodeColumns, encodeColumns, type PassageColumns } from './columns.js';

/**
 * What every file of a run is read with; plain data, so it can be cloned to workers. The language
 * data is not in it: each thread reads it from its folder (`lexicons.dir`, else `lexiconsDir`).
 */
export interface RunSettings {
  /** The lexicons to tag with; without them a file is only extracted (a `Document`, untagged). */
  lexicons?: Lexicons;
  /** The lexicons folder whose language data extraction reads when the run has no lexicons; default the bundled one. */
  lexiconsDir?: string;
  /** What documents are located with (municipalities, registries' cues and formats), read once by the caller. */
  locate: LocateData;
  /** --city: the city of every document its manifest gives none. */
  city?: string;
  context?: ContextOptions;
  tag?: TagOptions;
  limits?: IngestLimits;
  cacheDir?: string;
  cache?: boolean;
  /**
   * A pool worker makes each document's same-text print (`documentPrint`) and sends it along, for
   * a caller that sets variants aside: the main thread, which every document passes through, then
   * does not. Not for a document its manifest already marks as a variant.
   */
  prints?: boolean;
}

export interface FileTask {
  file: string;
  /** The file's entry in its directory's manifest, read by the caller. */
  manifest?: ManifestEntry;
  /** The bytes of the file's path when its name is not UTF-8 (src/ingest/file-names.ts). */
  rawPath?: Uint8Array;
}

/** A `TagResult` when the run tags, else the extracted `Document`. */
export type FileOutcome = { ok: true; document: Document | TagResult } | { ok: false; reason: string };

/** The compiled context (null when the run does not tag), the extraction's language data and the open cache of one thread, built on its first file. */
export interface ThreadState {
  context: TaggingContext | null;
  extraction: ExtractionData;
  locator: Locator;
  cache: DiskCache | null;
}

export function threadState(settings: RunSettings, context?: TaggingContext): ThreadState {
  const tagging = settings.lexicons ? (context ?? buildContext(settings.lexicons, settings.context)) : null;
  return {
    context: tagging,
    extraction: extractionData(settings.lexicons?.dir ?? settings.lexiconsDir),
    locator: buildLocator(settings.locate),
    cache: openCache(settings),
  };
}

/**
 * Extracts one file, locates it (its city and case numbers, after the cache: see src/locate),
 * applies its manifest entry and tags it when the run tags; a file that cannot be read is an
 * outcome, not a throw.
 */
export async function readFileTask(task: FileTask, settings: RunSettings, state: ThreadState): Promise<FileOutcome> {
  try {
    if (task.rawPath) registerRawPath(task.file, Buffer.from(task.rawPath));
    const extracted = await extractThroughCache(task.file, { limits: settings.limits ?? DEFAULT_LIMITS, data: state.extraction }, state.cache, extractDocument);
    const located = locateDocument(extracted, state.locator, state.extraction.sectionTitles, { manifest: task.manifest?.city, flag: settings.city });
    const doc = applyManifest(located, task.manifest);
    return { ok: true, document: state.context ? tagDocument(doc, state.context, settings.tag) : doc };
  } catch (error) {
    return { ok: false, reason: failureReason(error) };
  }
}

/** A thread's cache counts so far (all zero without a cache). */
export function cacheStats(state: ThreadState): CacheStats {
  return { ...(state.cache?.stats ?? { hits: 0, misses: 0, rebuilt: 0 }) };
}

/**
 * A document as it crosses threads. Its passages hold their text twice: once in `Document.text`
 * and once in each `passage.text`; sent as they are, both copies would be serialized and rebuilt
 * as separate strings, so `pack` blanks the passage texts that are slices of `Document.text` and
 * `unpack` slices them again, which costs no copy (V8 keeps a slice as a view of its parent
 * string). A tagged document's sentences, tags and mentions travel as columns (columns.ts); an
 * untagged one's passages travel as they are (`columns` null).
 */
export interface PackedDocument {
  document: Document | TagResult;
  /** Indexes of the passages whose text was blanked. */
  sliced: number[];
  columns: PassageColumns | null;
}

/** `tagged`: the document is a `TagResult` (its passages have tags and mentions to put in columns). */
export function pack(document: Document | TagResult, tagged: boolean): PackedDocument {
  const sliced: number[] = [];
  const passages = document.passages.map((p, i) => {
    if (document.text.slice(p.start, p.end) !== p.text) return Object.assign({}, p); // not spread: ten times faster on passages
    sliced.push(i);
    return Object.assign({}, p, { text: '' });
  });
  const columns = tagged ? encodeColumns(passages as TagResult['passages']) : null;
  return { document: { ...document, passages }, sliced, columns };
}

/**
 * Slices the blanked passage texts again, and replaces the strings that repeat across passages
 * and documents (section titles, tag IDs, terms, matched words, administration IDs and names) by
 * one copy each from `strings`: a clone gives every occurrence its own copy, a fifth of what
 * the documents hold (measured: 85 → 67 MB for 10 MB of text). Values are unchanged.
 */
export function unpack({ document, sliced, columns }: PackedDocument, strings: Map<string, string> = new Map()): Document | TagResult {
  const intern = (s: string): string => {
    const known = strings.get(s);
    if (known !== undefined) return known;
    // A string sliced from a passage text keeps all of that text alive; keep a copy instead.
    const own = s.length > 12 ? structuredClone(s) : s;
    strings.set(own, own);
    return own;
  };
  for (const i of sliced) {
    const p = document.passages[i];
    p.text = document.text.slice(p.start, p.end);
  }
  // The columns' strings (tag IDs, terms, matched words, administration IDs and names) once each.
  if (columns) decodeColumns(document.passages as TagResult['passages'], { numbers: columns.numbers, strings: columns.strings.map(intern) });
  for (const p of document.passages) {
    p.id = intern(p.id);
    p.sectionPath = p.sectionPath.map(intern);
  }
  return document;
}
