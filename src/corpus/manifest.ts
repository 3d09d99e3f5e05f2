// A corpus directory may hold `manifest.yaml` listing its documents with what the files do not
// always say themselves: city, year, document type, authoring administration. A manifest is
// untrusted input: it describes the files of its own folder only, so an entry is a file name in
// that folder, never a path out of it (`../`, an absolute path, a link that points outside), and
// an entry that names no file there is reported rather than silently matching nothing.
import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { problemAt, type Problem } from '../data-files/problems.js';
import { compileSchema, DataFileError, readValidatedSource } from '../data-files/validate.js';
import { DOCUMENT_TYPES, type DocumentType, type InputFailure } from '../types.js';
import type { ValidateFunction } from 'ajv';

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
  /** The entries that name a file of the manifest's own folder. */
  documents: ManifestEntry[];
  /** Directory the manifest lives in. */
  dir: string;
  /** The entries left out, each at its line and column: outside the folder, in a subfolder, or naming no file. */
  warnings: Problem[];
}

export const manifestSchema = {
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

type ManifestData = Omit<Manifest, 'dir' | 'warnings'>;

const validateBySchema = compileSchema<ManifestData>(manifestSchema);

/**
 * The schema's checks written out, for a manifest that passes them: loading Ajv and compiling the
 * schema cost about 0.15 s, a run's only use of Ajv. A manifest this turns down goes to Ajv, which
 * decides and words the problems, so this may say no too often but never yes wrongly (tested
 * against the schema).
 */
export function passesSchema(data: unknown): data is ManifestData {
  if (!isRecord(data) || !hasOnly(data, TOP_KEYS) || !isText(data.corpus, 1) || !optional(data.label, isText)) return false;
  return Array.isArray(data.documents) && data.documents.every(isEntry);
}

const TOP_KEYS = new Set(['corpus', 'label', 'documents']);
const ENTRY_KEYS = new Set(['file', 'city', 'year', 'type', 'author', 'variantOf', 'note']);
const CITY = /^[a-z-]+$/u;
const AUTHOR = /^[a-z]+\/[a-z0-9-]+$/u;

function isEntry(entry: unknown): boolean {
  return (
    isRecord(entry) &&
    hasOnly(entry, ENTRY_KEYS) &&
    isText(entry.file, 1) &&
    optional(entry.city, (v) => isText(v) && CITY.test(v)) &&
    optional(entry.year, (v) => Number.isInteger(v) && (v as number) >= 1900 && (v as number) <= 2200) &&
    optional(entry.type, (v) => (DOCUMENT_TYPES as readonly unknown[]).includes(v)) &&
    optional(entry.author, (v) => isText(v) && AUTHOR.test(v)) &&
    optional(entry.variantOf, isText) &&
    optional(entry.note, isText)
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOnly(value: Record<string, unknown>, keys: ReadonlySet<string>): boolean {
  for (const key in value) if (!keys.has(key)) return false;
  return true;
}

function isText(value: unknown, minLength = 0): value is string {
  return typeof value === 'string' && value.length >= minLength;
}

function optional(value: unknown, test: (value: unknown) => boolean): boolean {
  return value === undefined || test(value);
}

const validate = function (data: unknown): boolean {
  if (passesSchema(data)) {
    validate.errors = null;
    return true;
  }
  const valid = validateBySchema(data);
  validate.errors = validateBySchema.errors;
  return valid;
} as ValidateFunction<ManifestData>;

/** Every problem in a manifest, one per line as `file:line:col: message`. */
export class ManifestError extends DataFileError {}

/**
 * Reads `<dir>/manifest.yaml` if there is one; throws ManifestError naming the file, line and
 * problem. Entries that do not name a file of `dir` are left out of `documents`, each with a warning.
 */
export function readManifest(dir: string): Manifest | null {
  const file = path.join(dir, 'manifest.yaml');
  if (!existsSync(file)) return null;
  const { data, source } = readValidatedSource(file, validate, ManifestError);
  const warnings: Problem[] = [];
  const documents: ManifestEntry[] = [];
  data.documents.forEach((entry, i) => {
    const name = fileName(entry.file);
    const problem = typeof name === 'string' ? fileProblem(dir, name) : name.problem;
    if (problem) warnings.push(problemAt(source, ['documents', i, 'file'], `documents[${i}].file: "${entry.file}" ${problem}; posten används inte`));
    else documents.push({ ...entry, file: name as string });
  });
  return { ...data, documents, dir, warnings };
}

/**
 * The manifest in `dir`, or null when there is none or it is broken: for a caller that only wants
 * its label, when reading the folder's documents will report the broken manifest anyway.
 */
export function manifestIfReadable(dir: string): Manifest | null {
  try {
    return readManifest(dir);
  } catch (error) {
    if (error instanceof ManifestError) return null;
    throw error;
  }
}

/** The file name an entry gives (`./a.pdf` is `a.pdf`), or why it is not one of the folder's own. */
function fileName(entry: string): string | { problem: string } {
  if (path.isAbsolute(entry) || path.win32.isAbsolute(entry)) return { problem: 'är en absolut sökväg; skriv filens namn i manifestets katalog' };
  const parts = entry.split(/[\\/]+/).filter((part) => part !== '' && part !== '.');
  if (parts.includes('..')) return { problem: 'pekar utanför manifestets katalog' };
  if (parts.length !== 1) {
    const sub = parts.slice(0, -1).join('/');
    return { problem: `ligger i underkatalogen ${sub}: ett manifest beskriver bara filerna i sin egen katalog (lägg en manifest.yaml i ${sub})` };
  }
  return parts[0];
}

/** Why `name` in `dir` cannot be the entry's document: missing, a folder, or a link out of the folder. */
function fileProblem(dir: string, name: string): string | null {
  const file = path.join(dir, name);
  try {
    if (lstatSync(file).isSymbolicLink()) {
      const target = realpathSync(file);
      const inside = path.relative(realpathSync(dir), target);
      if (inside.startsWith('..') || path.isAbsolute(inside)) return 'är en länk som pekar utanför manifestets katalog';
    }
    if (statSync(file).isDirectory()) return 'är en katalog, inte en fil';
    return null;
  } catch {
    // ENOENT, or a dangling or looping link.
    return 'finns inte';
  }
}

/** A manifest's warnings as input failures: one line each, naming the manifest. */
export function manifestWarnings(manifest: Manifest): InputFailure[] {
  return manifest.warnings.map((p) => ({ path: p.file, reason: `rad ${p.line}, kolumn ${p.col}: ${p.message}` }));
}

interface DirectoryManifest {
  entries: Map<string, ManifestEntry>;
  /** What to report about the manifest: its problems, or the entries it leaves out. */
  problems: InputFailure[];
  reported: boolean;
}

/**
 * The manifests of the input directories, each read once. A broken manifest is reported once, the
 * first time a file of its directory is read, and that directory's files are read without it;
 * so are the entries a readable manifest leaves out, one line each.
 */
export class Manifests {
  private readonly byDir = new Map<string, DirectoryManifest>();

  /** The entry for `file` in the manifest of its own directory, if any. */
  entryFor(file: string): ManifestEntry | undefined {
    return this.directory(file).entries.get(path.basename(file));
  }

  /**
   * Called for each file that was read, in input order: what is wrong with the directory's
   * manifest the first time, as the sequential pipeline reports it when it first looks it up.
   */
  problemsOnFirstUse(file: string): InputFailure[] {
    const dir = this.directory(file);
    if (dir.reported) return [];
    dir.reported = true;
    return dir.problems;
  }

  private directory(file: string): DirectoryManifest {
    const dir = path.dirname(path.resolve(file));
    let found = this.byDir.get(dir);
    if (found) return found;
    found = { entries: new Map(), problems: [], reported: false };
    try {
      const manifest = readManifest(dir);
      for (const entry of manifest?.documents ?? []) found.entries.set(entry.file, entry);
      if (manifest) found.problems = manifestWarnings(manifest);
    } catch (error) {
      if (!(error instanceof ManifestError)) throw error;
      found.problems = [{ path: path.join(dir, 'manifest.yaml'), reason: manifestReason(error) }];
    }
    this.byDir.set(dir, found);
    return found;
  }
}

/** The problems of a broken manifest as one line: the failure already names the file. */
function manifestReason(error: ManifestError): string {
  return error.problems.map((p) => `rad ${p.line}, kolumn ${p.col}: ${p.message}`).join('; ');
}
