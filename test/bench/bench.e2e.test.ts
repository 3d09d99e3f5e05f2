// The benchmark in its reduced size, as CI runs it: the built `npm run bench -- --size small`
// generates its corpus, measures everything and writes JSON of the documented shape. Timings are
// not asserted: they depend on the machine.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const RUN = path.resolve('dist/bench/run.js');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'mrkoll-bench-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const STAGES = ['ingest', 'normalize+segment', 'compile lexicons', 'tag', 'tag: match only', 'tag: attribution only', 'aggregate'];
const TARGETS = [
  'tag-throughput',
  'tag-vs-grep',
  'tag-vs-aho-corasick',
  'year-first-run',
  'year-cached',
  'memory',
  'analyze-memory',
  'analyze-html-memory',
  'both-cores',
  'pool-never-loses',
  'review-warm',
];

describe('npm run bench -- --size small', () => {
  it('measures every stage, end to end and the baselines, and writes them as JSON', { timeout: 600_000 }, () => {
    expect(existsSync(RUN), 'run `npm run build` first').toBe(true);
    const json = path.join(scratch, 'bench.json');
    const profiles = path.join(scratch, 'profiles');
    const run = spawnSync(process.execPath, [RUN, '--size', 'small', '--json', json, '--profile', profiles], { encoding: 'utf8' });
    expect(run.stderr).not.toMatch(/Error|failed/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Targets:/);

    const result = JSON.parse(readFileSync(json, 'utf8'));
    expect(result).toMatchObject({ schema: 'mrkoll-bench/1', size: 'small', startedAt: expect.any(String), durationS: expect.any(Number) });
    expect(result.machine).toMatchObject({
      cpus: expect.any(Number),
      parallelism: expect.any(Number),
      memoryGb: expect.any(Number),
      node: process.versions.node,
      loadStart: expect.any(Number),
    });
    expect(result.corpus.map((c: { format: string }) => c.format)).toEqual(['txt', 'pdf', 'docx']);
    expect(result.corpus.find((c: { format: string }) => c.format === 'pdf').pages).toBeGreaterThan(0);

    for (const format of ['txt', 'pdf', 'docx']) {
      const stages = result.stages.filter((r: { format: string }) => r.format === format).map((r: { stage: string }) => r.stage);
      expect(new Set(stages), format).toEqual(new Set(STAGES));
    }
    for (const row of result.stages) {
      expect(row).toMatchObject({
        files: expect.any(Number),
        textMb: expect.any(Number),
        wallMs: expect.any(Number),
        cpuMs: expect.any(Number),
        mbPerS: expect.any(Number),
        peakRssMb: expect.any(Number),
        startRssMb: expect.any(Number),
      });
      expect(row.textMb).toBeGreaterThan(0);
      expect(row.peakRssMb).toBeGreaterThan(0);
    }
    const pdfIngest = result.stages.find((r: { format: string; stage: string }) => r.format === 'pdf' && r.stage === 'ingest');
    expect(pdfIngest).toMatchObject({ pages: expect.any(Number), pagesPerS: expect.any(Number) });
    expect(result.growth.some((g: { format: string; stage: string }) => g.format === 'txt' && g.stage === 'tag')).toBe(true);
    for (const g of result.growth)
      expect(g).toMatchObject({ fromMb: expect.any(Number), toMb: expect.any(Number), timePerMb: expect.any(Number), peakRatio: expect.any(Number) });

    const runs = result.endToEnd.map(
      (r: { corpus: string; threads: number | null; cache: string; via: string }) => `${r.corpus} ${r.threads} ${r.cache} ${r.via}`,
    );
    const parallelism = result.machine.parallelism;
    expect(runs).toEqual([
      'text 1 off in-process',
      `text ${parallelism} off in-process`,
      // The pool's own choice: 1 MB earns no worker.
      'text 1 off in-process',
      'text null off tag-jsonl',
      'text null off analyze-1',
      'text null off html-1',
      'year-pdf 1 cold in-process',
      'year-pdf 1 warm in-process',
      `year-pdf ${parallelism} cold in-process`,
      `year-pdf ${parallelism} warm in-process`,
      'year-pdf null cold cli',
      'year-pdf null warm cli',
    ]);
    expect(result.endToEnd.filter((r: { auto?: boolean }) => r.auto)).toHaveLength(1);
    for (const row of result.endToEnd) {
      expect(row).toMatchObject({
        files: expect.any(Number),
        textMb: expect.any(Number),
        wallMs: expect.any(Number),
        peakRssMb: expect.any(Number),
        failures: 0,
      });
      expect(row.documents).toBe(row.files);
      expect(row.cpuMs === null).toBe(row.via !== 'in-process');
    }

    expect(result.parallelCapacity).toMatchObject({
      processes: parallelism,
      aloneMs: expect.any(Number),
      togetherMs: expect.any(Number),
      capacity: expect.any(Number),
    });
    expect(result.parallelCapacity.aloneMs).toBeGreaterThan(0);
    expect(result.parallelCapacity.togetherMs).toBeGreaterThan(0);
    expect(Array.isArray(result.baselines.grep)).toBe(true);
    for (const g of result.baselines.grep)
      expect(g).toMatchObject({
        command: expect.stringMatching(/grep -F -o -i/),
        terms: expect.any(Number),
        matches: expect.any(Number),
        mbPerS: expect.any(Number),
      });
    expect(result.baselines.ahoCorasick).toMatchObject({ terms: expect.any(Number), cpuMs: expect.any(Number), mbPerS: expect.any(Number) });
    expect(result.baselines.ahoCorasick.matches).toBeGreaterThan(0);
    if (result.baselines.pdftotext !== null)
      expect(result.baselines.pdftotext).toMatchObject({ files: 2, pages: expect.any(Number), pagesPerS: expect.any(Number) });
    // review of the seed memo: one cold run, then warm runs and runs after an edit, each with its wall and CPU time.
    expect(result.review.map((r: { cache: string }) => r.cache)).toEqual(['cold', 'warm', 'edited']);
    for (const row of result.review) {
      expect(row).toMatchObject({ file: 'malmo-tjansteskrivelse-stk-2023-138-a.txt', wallMs: expect.any(Number), cpuMs: expect.any(Number) });
      expect(row.cpuMs).toBeGreaterThan(0);
    }
    expect(result.review[1].runsMs).toHaveLength(3);
    expect(run.stdout).toMatch(/Review of malmo-tjansteskrivelse-stk-2023-138-a\.txt/);
    expect(Object.keys(result.ratios).sort()).toEqual(['pdfIngestVsPdftotext', 'tagVsAhoCorasick', 'tagVsGrep', 'tagVsGrepUtf8']);
    expect(result.targets.map((t: { id: string }) => t.id)).toEqual(TARGETS);
    for (const t of result.targets) expect(t).toMatchObject({ description: expect.any(String), actual: expect.any(String) });

    for (const stage of ['tag', 'extract']) {
      const { file, summary } = result.profiles[stage];
      expect(existsSync(file), file).toBe(true);
      expect(summary.totalMs).toBeGreaterThan(0);
      for (const list of [summary.self, summary.inclusive, summary.folders]) {
        expect(list.length).toBeGreaterThan(0);
        for (const entry of list) expect(entry).toMatchObject({ name: expect.any(String), ms: expect.any(Number), percent: expect.any(Number) });
      }
    }
    expect(result.profiles.tag.summary.inclusive.some((e: { name: string }) => e.name === 'tagDocument')).toBe(true);
  });
});
