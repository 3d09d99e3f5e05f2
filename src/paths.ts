// Where the package's own files are: the one place that knows the layout of the installed package.
// This module sits in src/ (tests), in dist/ (tsc's output) or in dist/bundle/ (the binary, one
// bundled file and its lazily loaded chunks), so the package root is the nearest folder above it
// that holds package.json; every bundled lexicon, rule file and the version are found from there.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** The package root: the folder holding package.json, lexicons/ and rules/. */
export const PACKAGE_ROOT = packageRootAbove(HERE);

/** The code root: src/ when run from the TypeScript sources (tests), dist/ when built (also from the bundle). */
export const CODE_ROOT = path.join(PACKAGE_ROOT, path.relative(PACKAGE_ROOT, HERE).split(path.sep)[0]);

/** The nearest folder above `folder` (not `folder` itself) that holds package.json; the parent of `folder` when none does. */
export function packageRootAbove(folder: string): string {
  for (let dir = path.dirname(folder); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.dirname(folder);
  }
}

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
