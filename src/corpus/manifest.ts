// A corpus directory may hold `manifest.yaml` listing its documents with what the files do not
// always say themselves: city, year, document type, authoring administration.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { compileSchema, DataFileError, readValidatedYaml } from '../data-files/validate.js';
import { DOCUMENT_TYPES, type DocumentType, type InputFailure } from '../types.js';

export interface ManifestEntry {
  file: string;
  city?: string;
  year?: number;
  type?: DocumentType;
  /** Administration ID, e.g. "malmo/kommunstyrelsen". */
  author?: string;
  /** Another rendering of the same document (e.g. the PDF of a DOCX): not counted twice in analyses. */
  variantOf?: string;
  note?: string;
}

export interface Manifest {
  corpus: string;
  label?: string;
  documents: ManifestEntry[];
  /** Directory the manifest lives in. */
  dir: string;
}

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['corpus', 'documents'],
  properties: {
    corpus: { type: 'string', minLength: 1 },
    label: { type: 'string' },
    documents: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['file'],
        properties: {
          file: { type: 'string', minLength: 1 },
          city: { type: 'string', pattern: '^[a-z-]+$' },
          year: { type: 'integer', minimum: 1900, maximum: 2200 },
          type: { enum: DOCUMENT_TYPES },
          author: { type: 'string', pattern: '^[a-z]+/[a-z0-9-]+$' },
          variantOf: { type: 'string' },
          note: { type: 'string' },
        },
      },
    },
  },
} as const;

const validate = compileSchema<Omit<Manifest, 'dir'>>(schema);

/** Every problem in a manifest, one per line as `file:line:col: message`. */
export class ManifestError extends DataFileError {}

/** Reads `<dir>/manifest.yaml` if there is one; throws ManifestError naming the file, line and problem. */
export function readManifest(dir: string): Manifest | null {
  const file = path.join(dir, 'manifest.yaml');
  if (!existsSync(file)) return null;
  return { ...readValidatedYaml(file, validate, ManifestError), dir };
}

/** Index of manifest entries by absolute file path, for every directory given that has a manifest. */
export function manifestIndex(manifests: Manifest[]): Map<string, ManifestEntry> {
  const index = new Map<string, ManifestEntry>();
  for (const m of manifests) for (const entry of m.documents) index.set(path.resolve(m.dir, entry.file), entry);
  return index;
}

interface DirectoryManifest {
  entries: Map<string, ManifestEntry>;
  failure: InputFailure | null;
  reported: boolean;
}

/**
 * The manifests of the input directories, each read once. A broken manifest is reported once, the
 * first time a file of its directory is read, and that directory's files are read without it.
 */
export class Manifests {
  private readonly byDir = new Map<string, DirectoryManifest>();

  /** The entry for `file` in the manifest of its own directory, if any. */
  entryFor(file: string): ManifestEntry | undefined {
    return this.directory(file).entries.get(path.basename(file));
  }

  /**
   * Called for each file that was read, in input order: the directory's manifest failure the
   * first time, as the sequential pipeline reports it when it first looks the manifest up.
   */
  failureOnFirstUse(file: string): InputFailure | null {
    const dir = this.directory(file);
    if (dir.reported || dir.failure === null) return null;
    dir.reported = true;
    return dir.failure;
  }

  private directory(file: string): DirectoryManifest {
    const dir = path.dirname(path.resolve(file));
    let found = this.byDir.get(dir);
    if (found) return found;
    found = { entries: new Map(), failure: null, reported: false };
    try {
      for (const entry of readManifest(dir)?.documents ?? []) found.entries.set(entry.file, entry);
    } catch (error) {
      if (!(error instanceof ManifestError)) throw error;
      found.failure = { path: path.join(dir, 'manifest.yaml'), reason: manifestReason(error) };
    }
    this.byDir.set(dir, found);
    return found;
  }
}

/** The problems of a broken manifest as one line: the failure already names the file. */
function manifestReason(error: ManifestError): string {
  return error.problems.map((p) => `rad ${p.line}, kolumn ${p.col}: ${p.message}`).join('; ');
}
