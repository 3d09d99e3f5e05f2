// Users' rule files (--rules DIR) are untrusted: a pattern that backtracks catastrophically is
// refused when the rule is read, a rule is bounded in size, every problem of every file comes in
// one run, and a rule that still runs too long on a document is stopped there while the others go on.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem, parseYaml } from '../../src/data-files/problems.js';
import { CHECKS, readRules, reviewContext, reviewDocument, type Rule } from '../../src/review/index.js';
import { PATTERN_LIMITS } from '../../src/review/patterns.js';
import { validateRule } from '../../src/review/rule-schema.js';
import { BUNDLED_REVIEW_RULES_DIR } from '../../src/paths.js';
import { ALIAS_BOMB } from '../helpers/hostile-yaml.js';
import { makeTempDir } from '../helpers/temp.js';
import { CLEAN_MEMO, docFrom, reviewer } from './helpers.js';

const HEAD = 'id: egen\nkind: existence\nseverity: warning\nmessage: m\ndescription: d\n';
/** The pattern that hung a review for 90 s (issue 17): exponential on any run of words without "!". */
const CATASTROPHIC = String.raw`(\p{L}+\s?)+!`;

function ruleDir(files: Record<string, string>): string {
  const dir = makeTempDir('mrkoll-hostile-rules-');
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

function problemsOf(files: Record<string, string>): string[] {
  const dir = ruleDir(files);
  return readRules([dir], CHECKS).problems.map((p) => formatProblem(p, dir));
}

describe('catastrophic backtracking in a user rule', () => {
  test('is refused at the pattern, with the part to rewrite', () => {
    expect(problemsOf({ 'egen.yaml': `${HEAD}tokens:\n  - härmed\n  - '${CATASTROPHIC}'\n` })).toEqual([
      'egen.yaml:8:5: tokens[1]: mönstret kan ta exponentiell tid på vissa texter (upprepningen kring "\\p{L}"): skriv om det så att en upprepning inte kan matcha samma text på flera sätt',
    ]);
  });

  test('with Swedish letters, in a substitution key (pointing at the key) and through the word boundary', () => {
    const swap = 'id: byt\nkind: substitution\nseverity: info\nmessage: m\ndescription: d\nswap:\n  ok: bra\n  "(?:ä|ä)+": bättre\n';
    expect(problemsOf({ 'byt.yaml': swap })).toEqual([expect.stringMatching(/^byt\.yaml:8:3: swap: "\(\?:ä\|ä\)\+": mönstret kan ta exponentiell tid/)]);
    // Safe on its own, exponential once the rule's word boundary fails after it ("abc abc1").
    expect(problemsOf({ 'egen.yaml': `${HEAD}tokens: ['(?:\\p{L}+\\s?)+']\n` })).toEqual([
      expect.stringMatching(/^egen\.yaml:6:10: tokens\[0\]: mönstret kan ta exponentiell tid/),
    ]);
  });

  test('is not looked for in the bundled rules, which are trusted (and tested)', () => {
    const { source } = parseYaml(`${HEAD}tokens: ['${CATASTROPHIC}']\n`, path.join(BUNDLED_REVIEW_RULES_DIR, 'egen.yaml'));
    expect(validateRule(source, CHECKS, true).problems).toEqual([]);
    expect(validateRule(source, CHECKS, false).problems).toHaveLength(1);
  });

  test('every bundled rule passes the check a user rule gets, so copying one to retune it works', () => {
    const dir = makeTempDir('mrkoll-copied-rules-');
    cpSync(BUNDLED_REVIEW_RULES_DIR, dir, { recursive: true });
    expect(readRules([dir], CHECKS).problems).toEqual([]);
  });
});

describe('size of a rule', () => {
  test('more fragments than the limit: one problem, at the first one past it', () => {
    const tokens = Array.from({ length: PATTERN_LIMITS.maxCount + 50 }, (_, i) => `  - ord${i}`).join('\n');
    expect(problemsOf({ 'egen.yaml': `${HEAD}tokens:\n${tokens}\n` })).toEqual([
      `egen.yaml:${7 + PATTERN_LIMITS.maxCount}:5: tokens[1000]: regeln har fler än 1000 mönster`,
    ]);
  });

  test('a fragment that is too long, and fragments too long together', () => {
    const long = 'a'.repeat(PATTERN_LIMITS.maxLength + 1);
    expect(problemsOf({ 'egen.yaml': `${HEAD}tokens: [${long}]\n` })).toEqual([`egen.yaml:6:10: tokens[0]: mönstret är längre än 500 tecken (501)`]);
    const many = Array.from({ length: 50 }, (_, i) => `  - ${String(i).padStart(3, '0')}${'b'.repeat(PATTERN_LIMITS.maxLength - 3)}`).join('\n');
    expect(problemsOf({ 'egen.yaml': `${HEAD}tokens:\n${many}\n` })).toEqual([
      `egen.yaml:47:5: tokens[40]: regelns mönster är sammanlagt längre än 20000 tecken`,
    ]);
  });

  test('a fragment that would change what the others mean is refused', () => {
    expect(problemsOf({ 'egen.yaml': `${HEAD}tokens: ['a)|(b']\n` })).toEqual([
      expect.stringMatching(/^egen\.yaml:6:10: tokens\[0\]: ogiltigt reguljärt uttryck: /),
    ]);
  });
});

describe('every problem of every rule file in one run', () => {
  test('common fields, the kind’s own fields and its patterns together', () => {
    const text = 'id: Fel\nkind: existence\nseverity: fatal\ndescription: d\ntokens: ["här(med", ok]\nignorecase: true\n';
    expect(problemsOf({ 'a.yaml': text, 'b.yaml': `${HEAD.replace('egen', 'b')}tokens: ['${CATASTROPHIC}']\n` })).toEqual([
      'a.yaml:1:1: fältet "message" saknas',
      'a.yaml:1:5: id: "Fel" har fel form (ska matcha ^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$)',
      'a.yaml:3:11: severity: ska vara ett av: error, warning, info, off',
      expect.stringMatching(/^a\.yaml:5:10: tokens\[0\]: ogiltigt reguljärt uttryck: /),
      'a.yaml:6:1: okänt fält "ignorecase"',
      expect.stringMatching(/^b\.yaml:6:10: tokens\[0\]: mönstret kan ta exponentiell tid/),
    ]);
  });

  test('an unknown kind comes with the common fields’ problems', () => {
    expect(problemsOf({ 'a.yaml': 'id: a\nkind: existens\nseverity: fatal\nmessage: m\ndescription: d\n' })).toEqual([
      'a.yaml:2:7: okänd regeltyp "existens" (välj ' + [...CHECKS.keys()].join(', ') + ')',
      'a.yaml:3:11: severity: ska vara ett av: error, warning, info, off',
    ]);
  });
});

describe('files in a rules folder that are no rule files', () => {
  test('an alias bomb, a folder named like a rule and a link loop are problems or skipped, not a crash or a hang', () => {
    const dir = ruleDir({ 'bomb.yaml': ALIAS_BOMB, 'ok.yaml': `${HEAD}tokens: [härmed]\n` });
    mkdirSync(path.join(dir, 'mapp.yaml', 'under'), { recursive: true });
    if (process.platform !== 'win32') {
      symlinkSync('..', path.join(dir, 'mapp.yaml', 'under', 'varv'));
      execFileSync('mkfifo', [path.join(dir, 'fifo.yaml')]);
    }
    const { ruleSet, problems } = readRules([dir], CHECKS);
    const shown = problems.map((p) => formatProblem(p, dir));
    expect(shown[0]).toMatch(/^bomb\.yaml:2:8: YAML-fel: alias/);
    if (process.platform !== 'win32') expect(shown[1]).toBe('fifo.yaml:1:1: kan inte läsas (ingen vanlig fil)');
    expect(ruleSet.rules.map((r) => r.id)).toEqual(['egen']);
  });
});

describe('the time budget per rule and document', () => {
  /** A rule as a user's file would give it, had the check at load time let the pattern through. */
  const slow: Rule = {
    id: 'seg-regel',
    kind: 'existence',
    severity: 'warning',
    message: 'm',
    messages: {},
    description: 'd',
    data: { tokens: [CATASTROPHIC] },
    file: 'seg-regel.yaml',
  };

  test('stops the rule that overruns, reports it once, and keeps every other rule’s findings', async () => {
    const { lexicons, ruleSet } = await reviewer();
    const doc = docFrom(CLEAN_MEMO.replace('Förslag till beslut', 'Förslag till beslut härmed'));
    const others = ruleSet.rules.filter((r) => r.severity !== 'off' && r.kind !== 'spelling');
    const ctx = reviewContext(doc, { lexicons, rules: ruleSet.rules, spell: null });
    const expected = reviewDocument(doc, ctx, others);
    expect(expected.map((f) => f.ruleId)).toContain('formell-stil');

    const overruns: string[] = [];
    const started = performance.now();
    const findings = reviewDocument(doc, ctx, [slow, ...others], CHECKS, { budgetMs: 200, onOverrun: (rule, ms) => overruns.push(`${rule.id} ${ms}`) });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(overruns).toEqual(['seg-regel 200']);
    expect(findings).toEqual(expected);
  });

  test('a stopped rule runs again, within its budget, on the next document', async () => {
    const { lexicons } = await reviewer();
    const fine = docFrom('Kort text!');
    const overruns: string[] = [];
    const findings = reviewDocument(fine, reviewContext(fine, { lexicons, rules: [slow], spell: null }), [slow], CHECKS, {
      budgetMs: 200,
      onOverrun: (rule) => overruns.push(rule.id),
    });
    expect(overruns).toEqual([]);
    expect(findings.map((f) => f.excerpt)).toEqual(['Kort text!']);
  });
});
