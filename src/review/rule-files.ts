// Reads rule files (YAML, one rule each) from the bundled rules/review/ and any --rules
// directories. A later directory's rule replaces an earlier one with the same id, so a user can
// retune or switch off (severity: off) a built-in rule. Every problem is reported at
// file:line:col. Known words for the spelling rule come from rules/known-words.txt and from a
// known-words.txt in each --rules directory.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatProblem, problemAt, readYaml, sortProblems, type Problem } from '../data-files/problems.js';
import { COMMON_PROPERTIES, validateRule } from './rule-schema.js';
import type { ReviewCheck, Rule } from './types.js';
import { BUNDLED_KNOWN_WORDS_FILE, BUNDLED_REVIEW_RULES_DIR } from '../paths.js';

export interface RuleSet {
  /** Every rule, including those switched off, in id order. */
  rules: Rule[];
  /** Words the spelling rule accepts: each directory's known-words.txt. */
  knownWords: string[];
}

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
  if (existsSync(words)) ruleSet.knownWords.unshift(...readWordList(words));
  if (problems.length > 0) throw new RuleError(problems);
  return ruleSet;
}

export function readRules(dirs: string[], checks: ReadonlyMap<string, ReviewCheck>): { ruleSet: RuleSet; problems: Problem[] } {
  const problems: Problem[] = [];
  const rules = new Map<string, Rule>();
  const knownWords: string[] = [];
  for (const dir of dirs.map((d) => path.resolve(d))) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      problems.push({ file: dir, line: 1, col: 1, message: 'regelkatalogen finns inte' });
      continue;
    }
    const seenHere = new Map<string, string>();
    for (const file of ruleFiles(dir)) {
      const rule = readRule(file, checks, problems);
      if (!rule) continue;
      const earlier = seenHere.get(rule.id);
      if (earlier) {
        problems.push({ file, line: 1, col: 1, message: `regeln "${rule.id}" finns redan i ${path.basename(earlier)}` });
        continue;
      }
      seenHere.set(rule.id, file);
      rules.set(rule.id, rule);
    }
    const wordsFile = path.join(dir, 'known-words.txt');
    if (existsSync(wordsFile)) knownWords.push(...readWordList(wordsFile));
  }
  const sorted = [...rules.values()].sort((a, b) => a.id.localeCompare(b.id));
  return { ruleSet: { rules: sorted, knownWords }, problems: sortProblems(problems) };
}

/** `*.yaml` and `*.yml` files of `dir` and its subdirectories, sorted. */
function ruleFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...ruleFiles(full));
    else if (/\.ya?ml$/.test(name)) out.push(full);
  }
  return out;
}

function readRule(file: string, checks: ReadonlyMap<string, ReviewCheck>, problems: Problem[]): Rule | null {
  const { source, problems: syntax } = readYaml(file);
  if (syntax.length > 0) {
    problems.push(...syntax);
    return null;
  }
  const invalid = validateRule(source, checks);
  if (invalid.length > 0) {
    problems.push(...invalid);
    return null;
  }
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
  // validateRule found the kind among `checks`.
  const dataProblems = checks.get(rule.kind)?.validate(rule) ?? [];
  if (dataProblems.length > 0) {
    problems.push(...dataProblems.map((p) => problemAt(source, p.path, p.message)));
    return null;
  }
  return rule;
}

/** One word a line; `#` starts a comment. */
export function readWordList(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}
