// End to end: the built `mrkoll search` and `mrkoll kwic` on the seeds — inflected and compound
// forms found, the JSON contracts of docs/schema/search.md and kwic.md, filters, CSV, sorting.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const SEEDS = path.join(ROOT, 'corpora/seeds');
let cacheDir: string;
const run = (...args: string[]) => runCli([...args, '--cache-dir', cacheDir]);

beforeAll(() => {
  cacheDir = mkdtempSync(path.join(os.tmpdir(), 'mrkoll-search-cache-'));
}, 180_000);
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

interface Hit {
  document: string;
  snippet: string;
  highlights: Array<[number, number]>;
  tags: string[];
  section: string | null;
  page: number | null;
  line: number | null;
}

describe('mrkoll search (built binary)', () => {
  test('finds compounds and inflections, ranked, with highlights that point at them', () => {
    const { status, stdout, stderr } = run('search', 'konsekvensanalys', SEEDS, '--format', 'json', '--limit', '50');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.schemaVersion).toBe(1);
    expect(json.query.words[0].forms).toEqual(expect.arrayContaining(['barnkonsekvensanalys', 'konsekvensanalyser']));
    const marked = json.hits.flatMap((h: Hit) => h.highlights.map(([s, e]) => h.snippet.slice(s, e).toLowerCase()));
    expect(marked).toEqual(expect.arrayContaining(['konsekvensanalyser', 'barnkonsekvensanalys']));
    for (const h of json.hits as Hit[]) {
      expect(h.highlights.length).toBeGreaterThan(0);
      expect(h.page !== null || h.line !== null).toBe(true);
    }
    const scores = json.hits.map((h: { score: number }) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  test('text off a terminal marks matches with «»', () => {
    const { stdout } = run('search', 'klarspråk', SEEDS);
    expect(stdout).toMatch(/«klarspråk»/i);
    expect(stdout).not.toMatch(/\u001b\[/);
  });

  test('filters by tag, type and year', () => {
    const byTag = JSON.parse(run('search', 'nämnder', SEEDS, '--tag', 'P4', '--format', 'json').stdout);
    expect(byTag.hits.length).toBeGreaterThan(0);
    for (const h of byTag.hits as Hit[]) expect(h.tags).toContain('P4');
    const byType = JSON.parse(run('search', 'policy', SEEDS, '--type', 'remissvar', '--format', 'json').stdout);
    for (const h of byType.hits as Hit[]) expect(h.document).toMatch(/remissvar/);
    const byYear = JSON.parse(run('search', 'policy', SEEDS, '--year', '2023', '--format', 'json').stdout);
    for (const h of byYear.hits as Hit[]) expect(h.document).toMatch(/rapport/);
  });

  test('CSV has a header and one row per hit', () => {
    const { stdout } = run('search', 'klarspråk', SEEDS, '--format', 'csv');
    const [header, ...rows] = stdout.trim().split('\r\n');
    expect(header).toBe('rank,score,document,passage,section,page,line,type,year,tags,administrations,snippet,paragraph,sectionPath');
    expect(rows.length).toBeGreaterThan(0);
  });

  test('a query of stop words only is an error', () => {
    const { status, stderr } = run('search', 'och det', SEEDS);
    expect(status).toBe(2);
    expect(stderr).toMatch(/bara stoppord/);
  });
});

describe('mrkoll kwic (built binary)', () => {
  test('finds compounds and coordinated compounds of a term', () => {
    const json = JSON.parse(run('kwic', 'barnrätt', SEEDS, '--format', 'json').stdout);
    expect(json.schemaVersion).toBe(1);
    const forms = new Set(json.lines.map((l: { keyword: string }) => l.keyword.toLowerCase()));
    expect([...forms]).toEqual(expect.arrayContaining(['barnrätt', 'barnrättsarbetet']));
    expect(json.lines.some((l: { via: string }) => l.via === 'compound')).toBe(true);
    expect(json.total).toBe(json.lines.length);
  });

  test('--sort right orders by the words after the keyword; --width limits the context', () => {
    const json = JSON.parse(run('kwic', 'barnets bästa', SEEDS, '--sort', 'right', '--width', '20', '--format', 'json').stdout);
    // Sorted word by word; punctuation is not a word.
    const firstWords = json.lines.map((l: { right: string }) => l.right.match(/[\p{L}\p{N}]+/u)?.[0] ?? '');
    expect(firstWords).toEqual([...firstWords].sort((a: string, b: string) => a.localeCompare(b, 'sv', { sensitivity: 'base' })));
    for (const l of json.lines) expect(l.left.length).toBeLessThanOrEqual(20);
  });

  test('text lines align the keyword; CSV has its header', () => {
    const text = run('kwic', 'klarspråk', SEEDS, '--width', '30')
      .stdout.split('\n')
      .filter((l) => /klarspråk/i.test(l) && l.includes('corpora'));
    const columns = new Set(text.map((l) => l.toLowerCase().indexOf('klarspråk')));
    expect(columns.size).toBe(1);
    const csv = run('kwic', 'klarspråk', SEEDS, '--format', 'csv').stdout;
    expect(csv.split('\r\n')[0]).toBe('document,passage,section,page,line,left,keyword,right,via,negated,paragraph,sectionPath');
  });
});
