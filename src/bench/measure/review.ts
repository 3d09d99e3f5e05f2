// `mrkoll review` of the seed memo as an editor runs it, each run a fresh process timed from its
// start to its exit: once with an empty cache folder (cold: lexicons and rules parsed and
// validated, Hunspell loaded), then again from that cache (warm: the unchanged draft's findings
// come from it), then after edits (each run with another line of the draft deleted, so that no
// word is new: the draft is reviewed again with the lexicons, rules and spelling verdicts from
// the cache), with each run's CPU time.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../paths.js';

/** The 2-page memo of the issue. */
export const REVIEW_SEED = path.join(PACKAGE_ROOT, 'corpora', 'seeds', 'malmo-tjansteskrivelse-stk-2023-138-a.txt');

/** The target for a warm run. */
export const REVIEW_TARGET_MS = 300;

export interface ReviewRow {
  file: string;
  /** warm: the draft unchanged; edited: a line of it deleted before each run. */
  cache: 'cold' | 'warm' | 'edited';
  /** The median run's wall time, process start to exit. */
  wallMs: number;
  /** The same run's CPU time (user + system, all threads); null where the hook could not write it. */
  cpuMs: number | null;
  /** Every run's wall time, in order. */
  runsMs: number[];
}

export interface ReviewBench {
  cli: string;
  exitHook: string;
  /** Scratch folder for the cache and the hook's files. */
  root: string;
  warmRuns: number;
}

/** One cold run, `warmRuns` warm ones and as many after an edit, each in a fresh process. */
export function measureReview({ cli, exitHook, root, warmRuns }: ReviewBench): ReviewRow[] {
  const cacheDir = path.join(root, 'cache-review');
  const draft = path.join(root, path.basename(REVIEW_SEED));
  copyFileSync(REVIEW_SEED, draft);
  const run = (i: number) => {
    const cpuFile = path.join(root, `review-cpu-${i}.txt`);
    const started = performance.now();
    const child = spawnSync(process.execPath, ['--import', exitHook, cli, 'review', draft, '--cache-dir', cacheDir], {
      stdio: ['ignore', 'ignore', 'ignore'],
      env: { ...process.env, MRKOLL_BENCH_CPU: cpuFile },
    });
    const wallMs = Math.round(performance.now() - started);
    if (child.status !== 0 && child.status !== 1) throw new Error(`mrkoll review failed (exit ${child.status ?? child.signal})`);
    let cpuMs: number | null = null;
    try {
      cpuMs = Number(readFileSync(cpuFile, 'utf8'));
    } catch {
      // The hook wrote nothing: wall time only.
    }
    return { wallMs, cpuMs };
  };
  const row = (cache: ReviewRow['cache'], runs: Array<{ wallMs: number; cpuMs: number | null }>): ReviewRow => {
    const median = [...runs].sort((a, b) => a.wallMs - b.wallMs)[Math.floor((runs.length - 1) / 2)];
    return { file: path.basename(REVIEW_SEED), cache, wallMs: median.wallMs, cpuMs: median.cpuMs, runsMs: runs.map((r) => r.wallMs) };
  };
  const cold = run(0);
  const warm = Array.from({ length: warmRuns }, (_, i) => run(i + 1));
  const lines = readFileSync(REVIEW_SEED, 'utf8').split('\n');
  const edited = Array.from({ length: warmRuns }, (_, i) => {
    writeFileSync(draft, lines.filter((_line, at) => at !== 10 + i).join('\n'));
    return run(warmRuns + i + 1);
  });
  return [row('cold', [cold]), row('warm', warm), row('edited', edited)];
}
