// `mrkoll lexicon …` in-process: stdout, stderr and the exit code of each subcommand.
import { Command } from 'commander';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerLexicon } from '../../src/cli/lexicon.js';
import { FRAMEWORK, writeLexicons } from './fixture.js';
import { loadLexicons } from '../../src/lexicon/load.js';

interface Run {
  stdout: string;
  stderr: string;
  code: number;
}

async function run(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
    throw new Error(`exit ${code}`);
  });
  process.exitCode = undefined;
  try {
    const program = new Command('mrkoll').exitOverride();
    registerLexicon(program);
    await program.parseAsync(['node', 'mrkoll', 'lexicon', ...args]);
  } catch (error) {
    const code = /^exit (\d+)$/.exec((error as Error).message);
    if (!code) throw error;
    process.exitCode = Number(code[1]);
  } finally {
    out.mockRestore();
    err.mockRestore();
    exit.mockRestore();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return { stdout, stderr, code };
}

const dirs: string[] = [];
const lexicons = (changes: Record<string, string | null> = {}): string => {
  const dir = writeLexicons(changes);
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('mrkoll lexicon check', () => {
  it('passes the bundled lexicons with exit code 0', async () => {
    const result = await run('check');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Lexikonen i .+ är giltiga: 4 ramverk med \d+ kategorier/);
  });

  it('prints each problem as file:line:col: message and exits 2', async () => {
    const dir = lexicons({ 'frameworks/test.yaml': FRAMEWORK.replace('kind: areas', 'kind: områden') });
    const result = await run('check', '--lexicons', dir);
    expect(result.code).toBe(2);
    expect(result.stdout.trim().split('\n')).toEqual([
      `${path.join(dir, 'frameworks/test.yaml')}:4:7: kind: ska vara ett av: principles, areas`.replace(`${process.cwd()}${path.sep}`, ''),
    ]);
    expect(result.stderr).toBe('mrkoll: 1 fel i lexikonen\n');
  });
});

describe('mrkoll lexicon list', () => {
  it('lists frameworks, registries and concepts as text', async () => {
    const result = await run('list', '--lexicons', lexicons());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  test (alla städer): Test\n    testomrade                 2 termer  Testområdet\n');
    expect(result.stdout).toContain('  rattighetsomraden (alla städer): Rättighetsområden\n');
    expect(result.stdout).toContain('  malmo: Malmö stad, 2 poster (1 nämnd, 1 förvaltning)\n    grupp "kulturnämnderna": 2 medlemmar\n');
    expect(result.stdout).toContain('  hbtqi (begrepp): hbtqi  ←  HBTQ | HBTQI\n');
  });

  it('lists the same as JSON', async () => {
    const result = await run('list', '--lexicons', lexicons(), '--format', 'json');
    const json = JSON.parse(result.stdout);
    // The folder's files over the bundled lexicons: one framework more, Malmö's registry replaced.
    const bundled = loadLexicons();
    expect(json.counts).toMatchObject({
      frameworks: bundled.frameworks.length + 1,
      registries: bundled.registries.length,
      concepts: bundled.concepts.length,
      boilerplate: bundled.boilerplate.length,
    });
    expect(json.registries.find((r: { city: string }) => r.city === 'malmo')).toMatchObject({ administrations: 2 });
    expect(json.frameworks.at(-1).categories).toEqual([{ id: 'testomrade', label: 'Testområdet', terms: 2, exclude: 0 }]);
  });

  it('refuses broken lexicons with exit code 2', async () => {
    const result = await run('list', '--lexicons', lexicons({ 'concepts.yaml': 'concepts: [' }));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/concepts\.yaml:1:\d+: YAML-fel: .*\nmrkoll: 1 fel i lexikonen \(kör "mrkoll lexicon check"\)\n$/);
  });
});

describe('mrkoll lexicon stats', () => {
  it('counts how often each entry fires in the documents', async () => {
    const dir = lexicons();
    const doc = path.join(dir, 'memo.txt');
    writeFileSync(doc, 'Kulturnämnden beslutar.\n\nArbetet med barnrätt fortsätter i kulturnämndens verksamhet.\n\nInget annat.\n');
    const result = await run('stats', doc, '--lexicons', dir, '--city', 'malmo', '--no-progress', '--format', 'json');
    expect(result.code).toBe(0);
    const stats = JSON.parse(result.stdout);
    const byKey = Object.fromEntries(stats.entries.map((e: { key: string }) => [e.key, e]));
    expect(byKey.testomrade).toMatchObject({ matches: 1, documents: 1 });
    expect(byKey['malmo/kulturnamnden']).toMatchObject({ matches: 2, documents: 1 });
    expect(stats.never).toContain('malmo/kulturforvaltningen');
    expect(stats.never).not.toContain('malmo/kulturnamnden');
  });
});

describe('mrkoll lexicon eval', () => {
  const ANNOTATIONS = `version: 1
sentences:
  - { id: a1, text: "Arbetet med barnrätt fortsätter i skolan.", city: lund, expect: [barnratt] }
  - { id: a2, text: "Förslaget bedöms inte påverka barnets bästa.", city: lund, expect: [barnratt], negated: [barnratt] }
  - { id: a3, text: "Barnen lekte på gården.", city: lund, expect: [barnratt] }
  - { id: a4, text: "Budgeten för barnrätt är oförändrad.", city: lund, expect: [] }
  - { id: a5, text: "Taket har lagats.", city: lund, expect: [], note: om inget }
  - { id: a6, text: "Stockholmarna ska få större inflytande över sina stadsdelar.", city: lund, expect: [S2] }
`;
  const annotations = (dir: string, text = ANNOTATIONS) => {
    const file = path.join(dir, 'annotations.yaml');
    writeFileSync(file, text);
    return file;
  };

  it('scores each category, counts dismissals and lists confusions as JSON', async () => {
    const dir = lexicons();
    const result = await run('eval', annotations(dir), '--lexicons', dir, '--format', 'json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ schemaVersion: 1, split: 'all', sentences: 6, negatives: 2 });
    // The folder's framework is layered over the bundled ones: its barnratt is the one scored here.
    expect(report.categories.find((c: { id: string }) => c.id === 'barnratt')).toEqual({
      id: 'barnratt',
      kind: 'area',
      n: 2,
      tp: 1,
      fp: 1,
      fn: 1,
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
    });
    // Stockholm's programme is not read for a Lund sentence.
    expect(report.notLoaded).toEqual([{ id: 'S2', sentences: 1 }]);
    // The dismissal (a2) is not coverage of barnratt, and is scored on its own line.
    expect(report.negated).toMatchObject({ n: 1, tp: 1, fn: 0, coveredReadAsNegated: 0 });
    expect(report.negativesUntagged).toBe(0.5);
    expect(report.confusions).toContainEqual({ expected: 'barnratt', found: '(inget)', count: 1 });
    // Sentences the bundled categories also read (skolan: utbildning) are misses too; barnratt's are these.
    expect(report.misses.map((m: { id: string }) => m.id)).toEqual(expect.arrayContaining(['a3', 'a4']));
  });

  it('scores the held-out part alone: every third sentence', async () => {
    const dir = lexicons();
    const report = JSON.parse((await run('eval', annotations(dir), '--lexicons', dir, '--format', 'json', '--split', 'test')).stdout);
    expect(report.sentences).toBe(2);
    expect(report.misses.map((m: { id: string }) => m.id)).toContain('a3');
    expect(report.misses.map((m: { id: string }) => m.id)).not.toContain('a4');
  });

  it('prints a table in Swedish and exits 1 below --min', async () => {
    const dir = lexicons();
    const result = await run('eval', annotations(dir), '--lexicons', dir, '--min', '0.9');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^barnratt +2 +1 +1 +1 +50 % +50 % +50 %$/m);
    expect(result.stdout).toMatch(/^avfärdat \(negated, 1 väntade\): precision +\d+ % +recall 100 %/m);
    expect(result.stdout).toContain('ej i lexikonen för meningens stad (räknas inte): S2 (1)');
    expect(result.stderr).toMatch(/^mrkoll: under 0\.9: .*\bbarnratt\b/);
  });

  it('reports a malformed annotation file at file:line:col and exits 2', async () => {
    const dir = lexicons();
    const file = annotations(dir, ANNOTATIONS.replace('negated: [barnratt]', 'negated: [hbtqi]'));
    const result = await run('eval', file, '--lexicons', dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('annotations.yaml:4:111: "hbtqi" saknas i expect');
  });

  it('refuses a sentence whose city is no municipality, at file:line:col', async () => {
    const dir = lexicons();
    const file = annotations(dir, ANNOTATIONS.replace('city: lund, expect: [barnratt] }', 'city: lnud, expect: [barnratt] }'));
    const result = await run('eval', file, '--lexicons', dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/annotations\.yaml:3:\d+: okänd kommun "lnud"/);
  });
});
