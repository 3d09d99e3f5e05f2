// The one way every command reads its input: files, directories and globs through the worker pool
// (pool/), extracted, with the manifests' facts, and tagged when the command needs tags. What a
// command makes of an empty result, a progress bar or a failed file is the CLI's business.
import type { IngestLimits } from '../ingest/index.js';
import type { ContextOptions, TaggingContext, TagOptions, TagResult } from '../tag/index.js';
import type { AnalysisDocument, Document, InputFailure, Lexicons } from '../types.js';
import type { LocateData } from '../locate/index.js';
import { analyzeFilesInParallel, extractFilesInParallel } from './pool/index.js';
import { administrationIndex, authorOf } from './credit.js';
import { NameTally } from './administration-names.js';
import { detached } from './detached.js';

export interface ReadOptions {
  /** The lexicons folder whose language data extraction reads (a tagging run reads its lexicons' own); default the bundled one. */
  lexiconsDir?: string;
  /** --city: the city of every document whose manifest names none, instead of the one it names itself. */
  city?: string;
  /** What documents are located with; default read from the lexicons (or the folder `lexiconsDir`). */
  locate?: LocateData;
  limits?: IngestLimits;
  /** Extraction cache directory; default `$XDG_CACHE_HOME/mrkoll` or `~/.cache/mrkoll`. */
  cacheDir?: string;
  /** False: parse every file, read and write no cache. */
  cache?: boolean;
  /** Threads that read files (see `ParallelOptions.workers`); default: one per core for large inputs. */
  workers?: number;
  /** Called after each file, for progress bars. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Picks the files to read from those collected from `paths`, before any is read. */
  screen?: (files: string[]) => string[];
  /** Called with each document in input order as soon as it can be (see `ParallelOptions.onDocument`). */
  onDocument?: (document: TagResult) => void;
  /** Called with each failure in its place among the documents. */
  onFailure?: (failure: InputFailure) => void;
  /** False: documents go only to `onDocument`; the result's `documents` is empty. */
  keep?: boolean;
  /** Documents read on a pool thread come with their same-text print made there (see `RunSettings.prints`). */
  prints?: boolean;
}

export interface TaggingOptions {
  lexicons: Lexicons;
  context?: ContextOptions;
  tag?: TagOptions;
  /** The context compiled from `lexicons` and `context`, reused when the files are read in this thread. */
  compiled?: TaggingContext;
}

export interface ReadResult<D extends Document> {
  /** In input order. */
  documents: D[];
  /** Files that could not be read, each with a one-line reason, in input order. */
  failures: InputFailure[];
}

/** Every file under `paths`, extracted (with its manifest's facts) but not tagged. */
export async function readDocuments(paths: string[], options: Omit<ReadOptions, 'onDocument' | 'keep'> = {}): Promise<ReadResult<Document>> {
  const { documents, failures } = await extractFilesInParallel(paths, { ...readSettings(options), onDocument: undefined, keep: true });
  return { documents, failures };
}

/** Every file under `paths`, extracted and tagged. */
export async function readTaggedDocuments(paths: string[], options: ReadOptions & TaggingOptions): Promise<ReadResult<TagResult>> {
  const { lexicons, context, tag, compiled } = options;
  const { documents, failures } = await analyzeFilesInParallel(paths, { ...readSettings(options), lexicons, context, tag, compiled });
  return { documents, failures };
}

function readSettings({
  lexiconsDir,
  city,
  locate,
  limits,
  cacheDir,
  cache,
  workers,
  onProgress,
  screen,
  onDocument,
  onFailure,
  keep,
  prints,
}: ReadOptions): ReadOptions {
  return { lexiconsDir, city, locate, limits, cacheDir, cache, workers, onProgress, screen, onDocument, onFailure, keep, prints };
}

/** Administration ID → name, for reports: registries first, then what the documents call the rest. */
export function administrationNames(documents: Iterable<AnalysisDocument>, lexicons: Lexicons): Map<string, string> {
  const names = new AdministrationNames(lexicons);
  for (const doc of documents) names.add(doc);
  return names.names();
}

/**
 * `administrationNames` one document at a time, so that analyze tallies each as it arrives
 * instead of reading its store again. The same names the coverage shows: the registry's, else the
 * written form the ID was made from. A document without a known author is credited to
 * `okand/<file>` (authorOf), which needs its label too.
 */
export class AdministrationNames {
  private readonly ids = new Set<string>();
  private readonly tally: NameTally;

  constructor(private readonly lexicons: Lexicons) {
    this.tally = new NameTally(administrationIndex(lexicons));
  }

  add(doc: AnalysisDocument): void {
    // Copies: an ID cut from a document would keep it alive.
    const see = (id: string) => this.ids.has(id) || this.ids.add(detached(id));
    see(authorOf(doc));
    for (const p of doc.passages) for (const m of p.mentions) see(m.id);
    this.tally.add(doc);
  }

  names(): Map<string, string> {
    const described = this.tally.describe(this.ids);
    const names = new Map([...described].map(([id, info]) => [id, info.name]));
    for (const r of this.lexicons.registries) for (const a of r.administrations) names.set(a.id, a.name);
    return names;
  }
}
