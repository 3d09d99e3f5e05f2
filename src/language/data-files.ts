// The language data of a lexicons folder (language/*.yaml): which file each one is, read on first
// use and kept, never at import, and a fingerprint of the texts a run reads.
//
// A folder may lack language/ or any file in it: each file it lacks is the bundled one. The words
// are Swedish, not a city's, and a user's folder that only adds a registry must still read
// documents as the bundled data does. Each stage validates its own files through
// `languageLoader`: a malformed file fails at use with `file:line:col:` and what is wrong.
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { compileSchema, DataFileError, NON_BLANK_TEXT, parseValidatedYaml, readDataFile, type DataFileErrorClass } from '../data-files/validate.js';
import { BUNDLED_LEXICONS_DIR, languageDir } from '../paths.js';

/** Every file a lexicons folder's language/ may hold. */
export const LANGUAGE_FILES = [
  'abbreviations.yaml',
  'document-types.yaml',
  'section-headings.yaml',
  'swedish.yaml',
  'attribution.yaml',
  'external-bodies.yaml',
] as const;
export type LanguageFileName = (typeof LANGUAGE_FILES)[number];

/** Every problem in one language data file, one per line as `file:line:col: message`. */
export class LanguageDataError extends DataFileError {}

/** A non-empty list of texts with something in them. */
export const TEXT_LIST = { type: 'array', items: NON_BLANK_TEXT, minItems: 1 } as const;

/**
 * The file `name` of the lexicons folder `lexiconsDir`: its own language/<name> when it has one,
 * else the bundled one. A folder that does not exist is an error, so that a mistyped
 * `--lexicons` is not quietly the bundled data.
 */
export function languageFile(name: LanguageFileName, lexiconsDir: string = BUNDLED_LEXICONS_DIR): string {
  const own = path.resolve(languageDir(lexiconsDir), name);
  if (existsSync(own)) return own;
  if (!isDirectory(lexiconsDir)) throw new LanguageDataError([{ file: path.resolve(lexiconsDir), line: 1, col: 1, message: 'lexikonkatalogen finns inte' }]);
  return path.resolve(languageDir(), name);
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** Each file's text as first read, with its SHA-256: the text parsed is the text fingerprinted. */
const texts = new Map<string, { text: string; sha256: string }>();

function readText(file: string, Failure: DataFileErrorClass): { text: string; sha256: string } {
  let known = texts.get(file);
  if (known === undefined) {
    const text = readDataFile(file, Failure);
    texts.set(file, (known = { text, sha256: createHash('sha256').update(text).digest('hex') }));
  }
  return known;
}

/**
 * SHA-256 over the texts of the files `names` resolve to in `lexiconsDir`: what a cache key
 * holds so that a document read with one set of language data is never served to a run that
 * reads with another. The texts, not the paths: a moved or copied folder keeps its keys.
 */
export function languageFingerprint(names: readonly LanguageFileName[], lexiconsDir: string = BUNDLED_LEXICONS_DIR): string {
  const hash = createHash('sha256');
  for (const name of names) hash.update(`${name}\n${readText(languageFile(name, lexiconsDir), LanguageDataError).sha256}\n`);
  return hash.digest('hex');
}

/** One language data file's reading: from a lexicons folder, or from text already read. */
export interface LanguageFileLoader<T> {
  /** The data of the file `lexiconsDir` uses (see `languageFile`): read, validated and converted on first use, then kept. */
  load(lexiconsDir?: string): T;
  /** The same for text already read; `file` is only where the problems say they are. */
  parse(text: string, file: string): T;
}

/**
 * The loader of the language file `name`: validated against `schema` (compiled on first use),
 * then made into what its stage uses by `convert`. Problems are thrown as `Failure`.
 */
export function languageLoader<Raw, T>(
  name: LanguageFileName,
  schema: object,
  convert: (raw: Raw, file: string) => T,
  Failure: DataFileErrorClass = LanguageDataError,
): LanguageFileLoader<T> {
  let validate: ValidateFunction<Raw> | undefined;
  const loaded = new Map<string, T>();
  // The bundled file's data without a look at the disk: some stages ask for it per document.
  let bundled: T | undefined;
  const parse = (text: string, file: string): T => convert(parseValidatedYaml(text, file, (validate ??= compileSchema<Raw>(schema)), Failure), file);
  return {
    parse,
    load(lexiconsDir) {
      if (lexiconsDir === undefined && bundled !== undefined) return bundled;
      const file = languageFile(name, lexiconsDir);
      let value = loaded.get(file);
      if (value === undefined) loaded.set(file, (value = parse(readText(file, Failure).text, file)));
      if (lexiconsDir === undefined) bundled = value;
      return value;
    },
  };
}
