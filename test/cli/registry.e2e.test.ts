// `mrkoll registry init` end to end with the built binary: a draft of Växjö's registry from the
// Växjö corpus that `mrkoll lexicon check` accepts as written, and an --out that is an input refused.
import { copyFileSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/temp.js';

const tmp = makeTempDir('mrkoll-registry-e2e-');

describe('mrkoll registry init', () => {
  it('drafts a registry that mrkoll lexicon check accepts unchanged', () => {
    const lexicons = path.join(tmp, 'lexikon');
    cpSync(path.join(ROOT, 'lexicons'), lexicons, { recursive: true });
    const out = path.join(lexicons, 'registries', 'vaxjo.yaml');
    const init = runCli(['registry', 'init', 'corpora/vaxjo', '--city', 'vaxjo', '--no-cache', '--no-progress', '--out', out]);
    expect(init.stderr).toBe(`mrkoll: skrev ${out}\n`);
    expect(init.status).toBe(0);
    const draft = parse(readFileSync(out, 'utf8'));
    expect(draft.city).toBe('vaxjo');
    expect(draft.administrations.map((a: any) => a.id)).toEqual(
      expect.arrayContaining(['vaxjo/namnden-for-arbete-och-valfard', 'vaxjo/forvaltningen-for-arbete-och-valfard']),
    );
    expect(draft.administrations.find((a: any) => a.id === 'vaxjo/forvaltningen-for-arbete-och-valfard').serves).toBe('vaxjo/namnden-for-arbete-och-valfard');
    const check = runCli(['lexicon', 'check', '--lexicons', lexicons]);
    expect(check.stdout).toMatch(/^Lexikonen i .* är giltiga/);
    expect(check.status).toBe(0);
  });

  it('prints the draft when there is no --out', () => {
    const run = runCli(['registry', 'init', 'corpora/vaxjo/protokoll-arbete-valfard-2025-02-19.txt', '--city', 'vaxjo', '--no-cache', '--no-progress']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^# Utkast till register för Växjö kommun/);
    expect(parse(run.stdout).administrations.length).toBeGreaterThan(3);
  });

  it('never writes over an input', () => {
    const input = path.join(tmp, 'protokoll.txt');
    copyFileSync(path.join(ROOT, 'corpora/vaxjo/protokoll-arbete-valfard-2025-02-19.txt'), input);
    const before = readFileSync(input, 'utf8');
    const run = runCli(['registry', 'init', input, '--city', 'vaxjo', '--no-cache', '--no-progress', '--out', input]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('indata skrivs aldrig över');
    expect(readFileSync(input, 'utf8')).toBe(before);
  });

  it('asks for --city when the documents do not say whose they are', () => {
    const input = path.join(tmp, 'anteckning.txt');
    writeFileSync(input, 'Nämnden för Teknik & Service beslutar att anta taxan.\n');
    const out = path.join(tmp, 'utkast.yaml');
    const run = runCli(['registry', 'init', input, '--no-cache', '--no-progress', '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--city');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a city no list knows', () => {
    const run = runCli(['registry', 'init', 'corpora/vaxjo', '--city', 'atlantis', '--no-cache', '--no-progress']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('okänd kommun "atlantis"');
  });
});
