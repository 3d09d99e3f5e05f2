// Where the package's own files are: the one place that knows the layout of the installed package.
// This module sits in src/ (tests), in dist/ (tsc's output, which worker threads run) or in
// dist/bundle/ (the binary: one bundled file and its lazily loaded chunks, scripts/bundle.mjs), so
// the package root is one or two levels up; every bundled lexicon, rule file and the version are
// found from there. Worked out from the path alone: importing this module reads no file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** The package root seen from `folder`, where this module is: the parent of src/ or dist/, two up from dist/bundle/. */
export function packageRootOf(folder: string): string {
  const inBundle = path.basename(folder) === 'bundle' && path.basename(path.dirname(folder)) === 'dist';
  return path.resolve(folder, inBundle ? '../..' : '..');
}

/** The package root: the folder holding package.json, lexicons/ and rules/. */
export const PACKAGE_ROOT = packageRootOf(HERE);

/** The code root: src/ when run from the TypeScript sources (tests), dist/ when built (also from the bundle). */
export const CODE_ROOT = path.join(PACKAGE_ROOT, path.relative(PACKAGE_ROOT, HERE).split(path.sep)[0]);

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
