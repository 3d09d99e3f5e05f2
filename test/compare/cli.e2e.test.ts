// End to end: the built `mrkoll compare` on two years of answers (corpora.ts): the JSON contract of
// docs/schema/compare.md, labels, every format, and a second run that parses nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { writeBothYears } from './corpora.js';

let corpora: ReturnType<typeof writeBothYears>;
let cacheDir: string;
const run = (...args: string[]) => runCli(['compare', ...args, '--cache-dir', cacheDir, '--no-spelling']);

beforeAll(() => {
  corpora = writeBothYears();
  cacheDir = mkdtempSync(path.join(os.tmpdir(), 'mrkoll-compare-cache-'));
}, 180_000);
afterAll(() => {
  rmSync(corpora.root, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
});

describe('mrkoll compare (built binary)', () => {
  test('JSON: the contract fields, labelled by year, naming exactly the committees that changed', () => {
    const { status, stdout, stderr } = run(corpora.year1, corpora.year2, '--format', 'json');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.schemaVersion).toBe(2);
    expect(json.corpora).toEqual(['2023', '2024']);
    expect(json.appeared).toEqual(['malmo/grundskolenamnden']);
    expect(json.disappeared).toEqual(['malmo/fritidsnamnden']);
    for (const change of json.changes) {
      expect(change).toEqual(
        expect.objectContaining({ administration: expect.any(String), tag: expect.any(String), before: expect.any(Number), after: expect.any(Number) }),
      );
      expect(change.delta).toBe(change.after - change.before);
    }
    const touched = [...new Set(json.changes.map((c: { administration: string }) => c.administration))].sort();
    expect(touched).toEqual(['malmo/fritidsnamnden', 'malmo/grundskolenamnden', 'malmo/kulturnamnden', 'malmo/miljonamnden']);
    expect(json.changes).toContainEqual(expect.objectContaining({ administration: 'malmo/kulturnamnden', tag: 'P4', before: 0, after: 1, delta: 1 }));
    expect(json.changes).toContainEqual(expect.objectContaining({ administration: 'malmo/miljonamnden', tag: 'barnratt', before: 1, after: 0, delta: -1 }));
    expect(Array.isArray(json.terms)).toBe(true);
  });

  test('terms carry counts per corpus, G² and a direction', () => {
    const json = JSON.parse(run(corpora.year1, corpora.year2, '--format', 'json', '--min-freq', '1', '--min-g2', '0').stdout);
    expect(json.terms.length).toBeGreaterThan(0);
    for (const t of json.terms) {
      expect(t).toEqual(expect.objectContaining({ term: expect.any(String), g2: expect.any(Number), direction: expect.stringMatching(/^(up|down)$/) }));
      expect(t.counts).toHaveLength(2);
    }
    expect(json.terms.find((t: { term: string }) => t.term === 'klarspråk')).toEqual(expect.objectContaining({ counts: [0, 1], direction: 'up' }));
  });

  test('--label names the corpora; a manifest file stands for its corpus', () => {
    const json = JSON.parse(run(path.join(corpora.year1, 'manifest.yaml'), corpora.year2, '--label', 'före', '--label', 'efter', '--format', 'json').stdout);
    expect(json.corpora).toEqual(['före', 'efter']);
    expect(json.disappeared).toEqual(['malmo/fritidsnamnden']);
  });

  test.each([
    ['text', /Tillkomna förvaltningar[^\n]*\n\s+Grundskolenämnden/],
    ['md', /^# Jämförelse 2023 → 2024/],
    ['html', /<svg[^>]*class="chart"/],
    [
      'csv',
      /^section,administration,tag,term,change,2023,2024,delta,g2,log_ratio,direction,2023 per 10000 words,2024 per 10000 words,2023 per document,2024 per document,significant\r\n/,
    ],
  ])('--format %s', (format, pattern) => {
    const { status, stdout } = run(corpora.year1, corpora.year2, '--format', format);
    expect(status).toBe(0);
    expect(stdout).toMatch(pattern);
  });

  test('one corpus is a usage error', () => {
    const { status, stderr } = run(corpora.year1);
    expect(status).toBe(2);
    expect(stderr).toMatch(/minst två korpusar/);
  });

  test('a second run over unchanged corpora parses nothing', () => {
    run(corpora.year1, corpora.year2, '--format', 'json');
    const again = runCli(['compare', corpora.year1, corpora.year2, '--cache-dir', cacheDir, '--no-spelling', '--format', 'json'], {
      env: { MRKOLL_DEBUG: 'cache' },
    });
    const lines = again.stderr.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('cache: träff'))).toHaveLength(8);
    expect(lines.filter((l) => l.startsWith('cache: miss'))).toEqual([]);
  });
});
