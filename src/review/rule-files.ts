// Reads rule files (YAML, one rule each) from the bundled rules/review/ and any --rules
// directories. A later directory's rule replaces an earlier one with the same id, so a user can
// retune or switch off (severity: off) a built-in rule. Every problem is reported at
// file:line:col, every problem of every file in one run. Known words for the spelling rule come
// from rules/known-words.txt and from a known-words.txt in each --rules directory. The bundled
// rules are trusted; a --rules directory is not: its regular expressions are checked for
// catastrophic backtracking (rule-schema.ts), and rules that run them have a time budget (index.ts).
// A folder's `profiles/` holds review profiles, not rules (profiles.ts); a later folder's profile
// replaces an earlier one with the same id, as rules do.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatProblem, problemAt, readYaml, sortProblems, type Problem } from '../data-files/problems.js';
import { readTextFile, WORD_LIST_MAX_BYTES } from '../data-files/read.js';
import { readProfile } from './profiles.js';
import { COMMON_PROPERTIES, validateRule } from './rule-schema.js';
import type { ReviewCheck, ReviewProfile, Rule } from './types.js';
import { BUNDLED_KNOWN_WORDS_FILE, BUNDLED_REVIEW_RULES_DIR } from '../paths.js';

export interface RuleSet {
  /** Every rule, including those switched off, in id order. */
  rules: Rule[];
  /** Words the spelling rule accepts: each directory's known-words.txt. */
  knownWords: string[];
  /** Review profiles by id: each directory's profiles/, later ones replacing earlier ones. */
  profiles: Map<string, ReviewProfile>;
}

/** The subfolder of a rules folder that holds review profiles. */
export const PROFILES_FOLDER = 'profiles';

/** Thrown by `loadRules`: every problem found, one per line as `file:line:col: message`. */
export class RuleError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`regelfilerna innehåller fel:\n${problems.map((p) => formatProblem(p)).join('\n')}`);
    this.name = 'RuleError';
  }
}

/** The package's own review rules: `rules/review`. */
export function defaultRulesDir(): string {
  return BUNDLED_REVIEW_RULES_DIR;
}

/** The package's own known words: `rules/known-words.txt`. */
export function defaultKnownWordsFile(): string {
  return BUNDLED_KNOWN_WORDS_FILE;
}

/** The bundled rules and known words, then each of `extraDirs` in turn. */
export function loadRules(extraDirs: string[], checks: ReadonlyMap<string, ReviewCheck>): RuleSet {
  const { ruleSet, problems } = readRules([defaultRulesDir(), ...extraDirs], checks);
  const words = defaultKnownWordsFile();
  if (existsSync(words)) ruleSet.knownWords.unshift(...readWordList(words, problems));
  if (problems.length > 0) throw new RuleError(problems);
  return ruleSet;
}

/** The rules in `dirs`, later ones replacing earlier ones by id, and every problem of every file. */
export function readRules(dirs: string[], checks: ReadonlyMap<string, ReviewCheck>): { ruleSet: RuleSet; problems: Problem[] } {
  const problems: Problem[] = [];
  const rules = new Map<string, Rule>();
  const knownWords: string[] = [];
  const profiles = new Map<string, ReviewProfile>();
  const bundled = path.resolve(defaultRulesDir());
  for (const dir of dirs.map((d) => path.resolve(d))) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      problems.push({ file: dir, line: 1, col: 1, message: 'regelkatalogen finns inte' });
      continue;
    }
    readProfiles(path.join(dir, PROFILES_FOLDER), profiles, problems);
    const read = (file: string) => readRule(file, checks, problems, dir === bundled);
    collectById(ruleFiles(dir, problems, true), read, rules, problems, (id, earlier) => `regeln "${id}" finns redan i ${earlier}`);
    const wordsFile = path.join(dir, 'known-words.txt');
    if (existsSync(wordsFile)) knownWords.push(...readWordList(wordsFile, problems));
  }
  const sorted = [...rules.values()].sort((a, b) => a.id.localeCompare(b.id));
  return { ruleSet: { rules: sorted, knownWords, profiles }, problems: sortProblems(problems) };
}

let bundled: Map<string, ReviewProfile> | null = null;

/** The package's own profiles (rules/review/profiles/), read once: for callers without a RuleSet. */
export function bundledProfiles(): ReadonlyMap<string, ReviewProfile> {
  if (!bundled) {
    const problems: Problem[] = [];
    const profiles = new Map<string, ReviewProfile>();
    readProfiles(path.join(defaultRulesDir(), PROFILES_FOLDER), profiles, problems);
    if (problems.length > 0) throw new RuleError(problems);
    bundled = profiles;
  }
  return bundled;
}

/** The profiles in `dir` (when there is one) into `profiles`; two files with one id are a problem. */
function readProfiles(dir: string, profiles: Map<string, ReviewProfile>, problems: Problem[]): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return;
  const read = (file: string) => readProfile(file, problems);
  collectById(ruleFiles(dir, problems), read, profiles, problems, (id, earlier) => `profilen "${id}" finns redan i ${earlier}`);
}

/**
 * Reads `files` of one folder into `into` by id: an id a file of an earlier folder had is
 * replaced, one an earlier file of this folder had is a problem (`twice` words it).
 */
function collectById<T extends { id: string }>(
  files: string[],
  read: (file: string) => T | null,
  into: Map<string, T>,
  problems: Problem[],
  twice: (id: string, earlierFile: string) => string,
): void {
  const seenHere = new Map<string, string>();
  for (const file of files) {
    const item = read(file);
    if (!item) continue;
    const earlier = seenHere.get(item.id);
    if (earlier) {
      problems.push({ file, line: 1, col: 1, message: twice(item.id, path.basename(earlier)) });
      continue;
    }
    seenHere.set(item.id, file);
    into.set(item.id, item);
  }
}

/**
 * `*.yaml` and `*.yml` files of `dir` and its subdirectories, sorted; with `skipProfiles`, not
 * those of its `profiles/`. Linked directories are not followed (a link to `..` would never
 * end); a linked file is read like any other. A directory that cannot be listed is a problem.
 */
function ruleFiles(dir: string, problems: Problem[], skipProfiles = false): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    problems.push({ file: dir, line: 1, col: 1, message: `regelkatalogen kan inte läsas (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
    return [];
  }
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!(skipProfiles && entry.name === PROFILES_FOLDER)) out.push(...ruleFiles(full, problems));
    } else if (/\.ya?ml$/.test(entry.name)) out.push(full);
  }
  return out;
}

/** One rule file, or null with its problems added to `problems`: all of them, in one pass. */
function readRule(file: string, checks: ReadonlyMap<string, ReviewCheck>, problems: Problem[], trusted: boolean): Rule | null {
  const { source, problems: syntax } = readYaml(file);
  if (syntax.length > 0) {
    problems.push(...syntax);
    return null;
  }
  const { problems: invalid, ownFieldsValid } = validateRule(source, checks, trusted);
  problems.push(...invalid);
  if (!ownFieldsValid) return null;
  const raw = source.data as Record<string, unknown>;
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) if (!(key in COMMON_PROPERTIES)) data[key] = value;
  const rule: Rule = {
    id: String(raw.id),
    kind: String(raw.kind),
    severity: raw.severity as Rule['severity'],
    message: String(raw.message),
    messages: (raw.messages as Record<string, string> | undefined) ?? {},
    description: String(raw.description).trim(),
    ...(typeof raw.source === 'string' && { source: raw.source.trim() }),
    ...(raw.examples !== undefined && { examples: raw.examples as Rule['examples'] }),
    data,
    file,
  };
  // The kind's own fields passed their schema, so its check may read them typed, even when a
  // common field is wrong: its problems come in the same run as the schema's.
  const dataProblems = checks.get(rule.kind)?.validate(rule) ?? [];
  problems.push(...dataProblems.map((p) => problemAt(source, p.path, p.message)));
  return invalid.length > 0 || dataProblems.length > 0 ? null : rule;
}

/** One word a line; `#` starts a comment. A file that cannot be read is a problem. */
export function readWordList(file: string, problems: Problem[]): string[] {
  const read = readTextFile(file, WORD_LIST_MAX_BYTES);
  if ('reason' in read) {
    problems.push({ file, line: 1, col: 1, message: read.reason });
    return [];
  }
  return read.text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}
