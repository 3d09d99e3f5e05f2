// The rule files themselves: every bundled rule loads, is documented and tested; broken rule
// files are reported at file:line:col; --rules directories add and override rules.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CHECKS, loadRules, readRules, RuleError } from '../../src/review/index.js';
import { formatProblem } from '../../src/data-files/problems.js';
import { docFrom, memoWith, reviewer, ROOT } from './helpers.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function ruleDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mrkoll-rules-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('bundled rules', () => {
  const { rules } = loadRules([], CHECKS);
  const docs = readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8');
  const tests = readdirSync(path.join(ROOT, 'test/review'))
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => readFileSync(path.join(ROOT, 'test/review', f), 'utf8'))
    .join('\n');

  test('load, with kebab-case ids and a check for every kind', () => {
    expect(rules.length).toBeGreaterThanOrEqual(20);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
      expect(CHECKS.has(rule.kind)).toBe(true);
    }
  });
  test.each(rules.map((r) => r.id))('%s is documented in docs/rules.md', (id) => {
    expect(docs).toContain(`## \`${id}\``);
  });
  test.each(rules.map((r) => r.id))('%s has a table of passing and failing examples', (id) => {
    expect(tests).toMatch(new RegExp(`ruleTable\\(\\s*'${id}'`));
  });
});

describe('examples in rule files', () => {
  const { rules } = loadRules([], CHECKS);
  const cases = rules.flatMap((r) => [
    ...(r.examples?.valid ?? []).map((text) => ({ id: r.id, kind: r.kind, text, flagged: false })),
    ...(r.examples?.invalid ?? []).map((text) => ({ id: r.id, kind: r.kind, text, flagged: true })),
  ]);
  // A sentence goes into the case section of a clean memo; for rules about what the whole memo
  // must say (required-phrases), the sentence is the whole document.
  test.each(cases)('$id: "$text"', async ({ id, kind, text, flagged }) => {
    const review = await reviewer();
    const doc =
      kind === 'required-phrases'
        ? docFrom(text, { type: 'tjänsteskrivelse' })
        : docFrom(memoWith('Förskolenämnden har i dag', `${text} Förskolenämnden har i dag`));
    const findings = review.review(doc, id);
    expect(findings.length > 0).toBe(flagged);
  });
});

describe('broken rule files', () => {
  const base = 'id: min-regel\nkind: existence\nseverity: info\nmessage: m\ndescription: d\ntokens: [härmed]\n';
  test.each([
    { name: 'unknown kind', text: base.replace('kind: existence', 'kind: existens'), problem: '2:7: okänd regeltyp "existens"' },
    { name: 'missing field', text: base.replace('message: m\n', ''), problem: '1:1: fältet "message" saknas' },
    { name: 'bad severity', text: base.replace('severity: info', 'severity: fatal'), problem: '3:11: severity: ska vara ett av: error, warning, info, off' },
    { name: 'unknown field', text: `${base}tokenz: [x]\n`, problem: '7:1: okänt fält "tokenz"' },
    { name: 'id not kebab-case', text: base.replace('min-regel', 'MinRegel'), problem: '1:5: id: "MinRegel" har fel form' },
    { name: 'regular expression that does not compile', text: base.replace('[härmed]', '["här(med"]'), problem: '6:10: tokens[0]: ogiltigt reguljärt uttryck' },
    { name: 'YAML syntax', text: 'id: [oavslutad\n', problem: 'YAML-fel' },
  ])('$name', ({ text, problem }) => {
    const dir = ruleDir({ 'min-regel.yaml': text });
    const { problems } = readRules([dir], CHECKS);
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0], dir)).toContain(`min-regel.yaml:${problem}`.replace('min-regel.yaml:YAML', ''));
  });
  test('loadRules throws one error listing every problem', () => {
    const dir = ruleDir({ 'a.yaml': 'id: a\n', 'b.yaml': 'id: b\n' });
    expect(() => loadRules([dir], CHECKS)).toThrow(RuleError);
    expect(() => loadRules([dir], CHECKS)).toThrow(/a\.yaml:1:1: fältet "kind" saknas[\s\S]*b\.yaml:1:1/);
  });
});

describe('--rules directories', () => {
  test('add rules, replace a built-in one by id, and switch one off', () => {
    const dir = ruleDir({
      'egen.yaml': 'id: egen-regel\nkind: existence\nseverity: error\nmessage: Skriv inte "{match}"\ndescription: d\ntokens:\n  - hyresavtal\\p{L}*\n',
      'spelling.yaml': 'id: spelling\nkind: spelling\nseverity: off\nmessage: m\ndescription: avstängd\n',
      'known-words.txt': '# egna ord\nRosengårdsvägen\n',
    });
    const set = loadRules([dir], CHECKS);
    expect(set.rules.find((r) => r.id === 'egen-regel')?.severity).toBe('error');
    expect(set.rules.find((r) => r.id === 'spelling')?.severity).toBe('off');
    expect(set.knownWords).toContain('Rosengårdsvägen');
  });
  test('a missing directory is a problem', () => {
    const { problems } = readRules([path.join(tmpdir(), 'finns-inte-mrkoll')], CHECKS);
    expect(problems[0].message).toBe('regelkatalogen finns inte');
  });
});
