// Reads the small YAML data files in lexicons/language/ that the segment stage needs, at module
// load, validated by a JSON schema through the shared loader (src/lexicon/validate.ts): a
// malformed file fails with `file:line:col:` and what is wrong, like every other data file.
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { compileSchema, DataFileError, NON_BLANK_TEXT, parseValidatedYaml, readValidatedYaml } from '../data-files/validate.js';
import { languageDir } from '../paths.js';

/** The bundled lexicons/language/. */
const LANGUAGE_DIR = languageDir();

/** Every problem in one of the segment stage's language files, one per line as `file:line:col: message`. */
export class LanguageDataError extends DataFileError {}

/** A non-empty list of texts with something in them. */
export const TEXT_LIST = { type: 'array', items: NON_BLANK_TEXT, minItems: 1 } as const;

/** A validator for one file's schema, compiled once. */
export function languageSchema<T>(schema: object): ValidateFunction<T> {
  return compileSchema<T>(schema);
}

/** Reads and validates lexicons/language/<name>; throws LanguageDataError naming the file and the problem. */
export function readLanguageData<T>(name: string, validate: ValidateFunction<T>): T {
  return readValidatedYaml(path.join(LANGUAGE_DIR, name), validate, LanguageDataError);
}

/** `readLanguageData` for YAML text already read; `file` is only where the problems say they are. */
export function parseLanguageData<T>(text: string, file: string, validate: ValidateFunction<T>): T {
  return parseValidatedYaml(text, file, validate, LanguageDataError);
}
