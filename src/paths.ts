// Where the package's own files are: the one place that knows the layout of the installed package.
// This module sits directly in src/ (or dist/ when built), so the package root is one level up
// from either; every bundled lexicon, rule file and the version are found from here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: the folder holding package.json, lexicons/ and rules/. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The code root: src/ when run from the TypeScript sources (tests), dist/ when built. */
export const CODE_ROOT = path.dirname(fileURLToPath(import.meta.url));

/** The bundled lexicons: frameworks, registries, concepts, boilerplate, language data. */
export const BUNDLED_LEXICONS_DIR = path.join(PACKAGE_ROOT, 'lexicons');

/** The bundled review rules (rules/review) and the words the spelling rule accepts. */
export const BUNDLED_REVIEW_RULES_DIR = path.join(PACKAGE_ROOT, 'rules', 'review');
export const BUNDLED_KNOWN_WORDS_FILE = path.join(PACKAGE_ROOT, 'rules', 'known-words.txt');

/** The analysis thresholds and cue words. */
export const BUNDLED_ANALYSIS_RULES_FILE = path.join(PACKAGE_ROOT, 'rules', 'analysis.yaml');

/** The language data in a lexicons folder: lexicons/language/. */
export function languageDir(lexiconsDir: string = BUNDLED_LEXICONS_DIR): string {
  return path.join(lexiconsDir, 'language');
}

/** The built module at `relative` under dist/ (e.g. "corpus/pool/worker.js"), for code that must start a thread. */
export const DIST_ROOT = path.join(PACKAGE_ROOT, 'dist');

let version: string | undefined;

/** The package's version from package.json, read once. */
export function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}
