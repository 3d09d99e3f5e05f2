// `npm run bench [-- --size small|full] [--json FILE] [--profile DIR] [--workers N] [--keep]`:
// generates a scale corpus from the seeds in a temporary directory, measures every stage and the
// whole pipeline (with and without the worker pool, with and without the cache, and the
// `mrkoll analyze` binary), times grep and pdftotext on the same input, and prints the figures
// against the targets of the issue. Nothing large is left behind unless --keep.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLexicons } from '../lexicon/load.js';
import { grepBaselines, lexiconTerms, pdftotextBaseline, toolVersion } from './baselines.js';
import { ahoCorasickBaseline } from './aho-corasick.js';
import { writeCorpus, type WrittenCorpus } from './corpus/generate.js';
import { loadMaterial } from './corpus/material.js';
import type { EndToEndRow, EndToEndSpec, MeasureResult, MeasureSpec, ParallelCapacity, StageRow, StagesSpec } from './measure/spec.js';
import { MB, rate } from './measure/spec.js';
import { parseArgs, type BenchArgs } from './plan.js';
import { summarizeProfile, type CpuProfile } from './profile.js';
import { measureReview, REVIEW_SEED } from './measure/review.js';
import { checkTargets, formatResult, growthOf, type BenchResult, type Machine } from './report.js';

/** The corpus is the same in every run: the PRNG's seed. */
const SEED = 2023;
const CHILD = fileURLToPath(new URL('./measure/child.js', import.meta.url));
const EXIT_HOOK = new URL('./measure/exit-hook.js', import.meta.url).href;
/** The binary as package.json's `bin` names it: the bundle that `npm run build` makes (scripts/bundle.mjs). */
const CLI = fileURLToPath(new URL('../bundle/mrkoll.js', import.meta.url));

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

let scratch = 0;
/** The spec and result files of one measuring child process. */
function childFiles(root: string, spec: MeasureSpec): { specFile: string; resultFile: string } {
  const specFile = path.join(root, `spec-${++scratch}.json`);
  writeFileSync(specFile, JSON.stringify(spec));
  return { specFile, resultFile: path.join(root, `result-${scratch}.json`) };
}

/** Runs one measurement in a fresh Node process. */
function measure(root: string, spec: MeasureSpec): MeasureResult {
  const { specFile, resultFile } = childFiles(root, spec);
  const child = spawnSync(process.execPath, [CHILD, specFile, resultFile], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (child.status !== 0) throw new Error(`measuring ${spec.kind} failed (exit ${child.status ?? child.signal})`);
  return JSON.parse(readFileSync(resultFile, 'utf8')) as MeasureResult;
}

/** Runs several measurements at once, each in its own process. */
async function measureTogether(root: string, specs: MeasureSpec[]): Promise<MeasureResult[]> {
  const runs = specs.map((spec) => {
    const { specFile, resultFile } = childFiles(root, spec);
    const child = spawn(process.execPath, [CHILD, specFile, resultFile], { stdio: ['ignore', 'ignore', 'inherit'] });
    return new Promise<MeasureResult>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (code, signal) => {
        if (code === 0) resolve(JSON.parse(readFileSync(resultFile, 'utf8')) as MeasureResult);
        else reject(new Error(`measuring ${spec.kind} failed (exit ${code ?? signal})`));
      });
    });
  });
  return Promise.all(runs);
}

/**
 * How many threads' worth of single-threaded work `processes` processes get done at once here.
 * Alone and together alternate `rounds` times and the best of each counts: other jobs on a shared
 * host come and go within seconds, and one short sample can catch the second core taken.
 */
async function parallelCapacity(root: string, files: string[], processes: number, rounds: number): Promise<ParallelCapacity> {
  const wall = (r: MeasureResult) => (r.kind === 'capacity' ? r.wallMs : 0);
  let aloneMs = Infinity;
  let togetherMs = Infinity;
  for (let round = 0; round < rounds; round++) {
    aloneMs = Math.min(aloneMs, wall(measure(root, { kind: 'capacity', files })));
    const together = await measureTogether(
      root,
      Array.from({ length: processes }, () => ({ kind: 'capacity' as const, files })),
    );
    togetherMs = Math.min(togetherMs, Math.max(...together.map(wall)));
  }
  return { processes, aloneMs, togetherMs, capacity: Math.round(((processes * aloneMs) / togetherMs) * 100) / 100 };
}

/** `mrkoll analyze FILES --format json`, timed from process start to exit, with its peak memory. */
function runCli(root: string, files: string[], cacheDir: string): { wallMs: number; peakRssMb: number } {
  return runCommand(root, ['analyze', ...files, '--format', 'json', '--out', path.join(root, 'analyze.json'), '--cache-dir', cacheDir, '--no-progress']);
}

/** `mrkoll tag --format jsonl` without cache: it writes each document as it is tagged, so its peak should not grow with the corpus. */
function runTagJsonl(root: string, files: string[]): { wallMs: number; peakRssMb: number } {
  return runCommand(root, ['tag', ...files, '--format', 'jsonl', '--out', path.join(root, 'tags.jsonl'), '--no-cache', '--no-progress']);
}

/**
 * `mrkoll analyze --format text` in one thread without cache: it counts each document as it
 * arrives and keeps none (src/analyze/index.ts, `CorpusAggregator`), so its peak should not grow
 * with the corpus (target `analyze-memory`).
 */
function runAnalyzeOneThread(root: string, files: string[]): { wallMs: number; peakRssMb: number } {
  return runCommand(root, ['analyze', ...files, '--format', 'text', '--out', path.join(root, 'analyze.txt'), '--workers', '1', '--no-cache', '--no-progress']);
}

/** The same as an HTML report: the names section reads the corpus again, from its document store (src/corpus/document-store.ts). */
function runAnalyzeHtml(root: string, files: string[]): { wallMs: number; peakRssMb: number } {
  return runCommand(root, ['analyze', ...files, '--format', 'html', '--out', path.join(root, 'analyze.html'), '--workers', '1', '--no-cache', '--no-progress']);
}

function runCommand(root: string, args: string[]): { wallMs: number; peakRssMb: number } {
  const peakFile = path.join(root, `peak-${++scratch}.txt`);
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', EXIT_HOOK, CLI, ...args], {
    stdio: ['ignore', 'ignore', 'ignore'],
    env: { ...process.env, MRKOLL_BENCH_PEAK: peakFile },
  });
  const wallMs = Math.round(performance.now() - started);
  if (child.status !== 0 && child.status !== 1) throw new Error(`mrkoll ${args[0]} failed (exit ${child.status ?? child.signal})`);
  let peakKb = 0;
  try {
    peakKb = Number(readFileSync(peakFile, 'utf8'));
  } catch {
    // No /proc: no peak.
  }
  return { wallMs, peakRssMb: Math.round(peakKb / 1024) };
}

function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpus: cpus.length,
    parallelism: os.availableParallelism(),
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.versions.node,
    platform: `${os.platform()} ${os.release()}`,
    loadStart: Math.round(os.loadavg()[0] * 100) / 100,
    loadEnd: 0,
    grep: toolVersion('grep'),
    pdftotext: toolVersion('pdftotext', ['-v']),
  };
}

async function main(args: BenchArgs): Promise<void> {
  const startedAt = new Date();
  const root = mkdtempSync(path.join(os.tmpdir(), 'mrkoll-bench-'));
  const plan = args.plan;
  const workers = args.workers ?? os.availableParallelism();
  const host = machine();
  try {
    const lexicons = loadLexicons();
    log(`generating the ${plan.size} corpus in ${root}`);
    const material = await loadMaterial(lexicons);
    const corpora = new Map<string, WrittenCorpus>();
    for (const f of plan.formats) corpora.set(f.format, writeCorpus(material, path.join(root, f.format), f.format, f.count, f.bytesPerDocument, SEED));

    const stages: StageRow[] = [];
    const textFile = path.join(root, 'text.txt');
    const profiles = args.profile
      ? { tag: path.resolve(args.profile, 'tag.cpuprofile'), extract: path.resolve(args.profile, 'normalize-segment.cpuprofile') }
      : null;
    if (profiles) mkdirSync(path.dirname(profiles.tag), { recursive: true });
    for (const f of plan.formats) {
      const corpus = corpora.get(f.format)!;
      for (const count of f.series) {
        const largestText = f.format === 'txt' && count === Math.max(...f.series);
        log(`stages: ${count} ${f.format}`);
        const spec: StagesSpec = { kind: 'stages', format: f.format, files: corpus.files.slice(0, count), partsMb: plan.partsMb };
        if (largestText) spec.dumpText = textFile;
        if (largestText && profiles) spec.profile = profiles;
        const measured = measure(root, spec);
        if (measured.kind === 'stages') stages.push(...measured.rows);
      }
    }

    log('baselines: grep, Aho–Corasick in JavaScript, pdftotext');
    const grep = grepBaselines(lexicons, textFile, path.join(root, 'terms.txt'));
    const ahoCorasick = ahoCorasickBaseline(lexiconTerms(lexicons), textFile);
    const pdfs = corpora.get('pdf')!;
    const yearFiles = pdfs.files.slice(0, plan.yearPdfs);
    const yearPages = pdfs.pages.slice(0, plan.yearPdfs).reduce((a, b) => a + b, 0);
    const pdftotext = pdftotextBaseline(yearFiles, yearPages);

    log(`parallel capacity: ${workers} processes at once against one alone`);
    const capacity = await parallelCapacity(root, corpora.get('txt')!.files.slice(0, plan.capacityFiles), workers, plan.size === 'full' ? 3 : 1);

    const endToEnd: EndToEndRow[] = [];
    const run = (corpus: string, spec: EndToEndSpec, cache: EndToEndRow['cache']) => {
      log(`end to end: ${corpus}, ${spec.files.length} files, ${spec.threads} thread(s), cache ${cache}`);
      const measured = measure(root, spec);
      if (measured.kind === 'e2e') endToEnd.push({ corpus, cache, via: 'in-process', ...measured.row });
    };
    const text = corpora.get('txt')!;
    for (const { count, threads } of plan.endToEndText) {
      for (const w of threads === 'both' ? [1, workers] : threads === 'one' ? [1] : [workers]) {
        run('text', { kind: 'e2e', files: text.files.slice(0, count), threads: w, cacheDir: null }, 'off');
      }
    }
    // The pool's own choice of threads, against one thread at the largest size run both ways.
    const bothWays = Math.max(...plan.endToEndText.filter((e) => e.threads === 'both').map((e) => e.count));
    run('text', { kind: 'e2e', files: text.files.slice(0, bothWays), threads: 'auto', cacheDir: null }, 'off');
    // The CLI in a child process, for its own peak memory: tag's streamed shard, and analyze's streamed aggregation.
    const cliRuns = [
      { via: 'tag-jsonl', label: 'mrkoll tag --format jsonl', measure: runTagJsonl },
      { via: 'analyze-1', label: 'mrkoll analyze --workers 1', measure: runAnalyzeOneThread },
      { via: 'html-1', label: 'mrkoll analyze --workers 1 --format html', measure: runAnalyzeHtml },
    ] as const;
    for (const { count } of plan.endToEndText) {
      const measured = endToEnd.find((r) => r.corpus === 'text' && r.files === count)!;
      for (const { via, label, measure } of cliRuns) {
        log(`end to end: ${label}, ${count} files`);
        const { wallMs, peakRssMb } = measure(root, text.files.slice(0, count));
        endToEnd.push({
          corpus: 'text',
          files: count,
          textMb: measured.textMb,
          threads: null,
          cache: 'off',
          via,
          wallMs,
          cpuMs: null,
          mbPerS: rate(measured.textMb, wallMs),
          peakRssMb,
          documents: measured.documents,
          failures: measured.failures,
        });
      }
    }
    for (const w of [1, workers]) {
      const cacheDir = path.join(root, `cache-${w}`);
      run('year-pdf', { kind: 'e2e', files: yearFiles, threads: w, cacheDir }, 'cold');
      run('year-pdf', { kind: 'e2e', files: yearFiles, threads: w, cacheDir }, 'warm');
    }
    const yearRow = endToEnd.find((r) => r.corpus === 'year-pdf')!;
    for (const cache of ['cold', 'warm'] as const) {
      log(`end to end: mrkoll analyze, ${yearFiles.length} PDFs, cache ${cache}`);
      const cli = runCli(root, yearFiles, path.join(root, 'cache-cli'));
      endToEnd.push({
        corpus: 'year-pdf',
        files: yearFiles.length,
        textMb: yearRow.textMb,
        pages: yearRow.pages,
        threads: null,
        cache,
        via: 'cli',
        wallMs: cli.wallMs,
        cpuMs: null,
        mbPerS: rate(yearRow.textMb, cli.wallMs),
        peakRssMb: cli.peakRssMb,
        documents: yearRow.documents,
        failures: yearRow.failures,
      });
    }

    log(`review: ${path.basename(REVIEW_SEED)}, cold, warm and after edits, a fresh process each`);
    const review = measureReview({ cli: CLI, exitHook: EXIT_HOOK, root, warmRuns: plan.size === 'full' ? 5 : 3 });

    const tagRow = stages.filter((r) => r.format === 'txt' && r.stage === 'tag').sort((a, b) => b.textMb - a.textMb)[0];
    const pdfIngest = stages.find((r) => r.format === 'pdf' && r.stage === 'ingest' && r.files === plan.yearPdfs);
    const ratio = (a: number | undefined, b: number | undefined) => (a && b ? Math.round((a / b) * 1000) / 1000 : null);
    const tagVsGrep = ratio(tagRow?.mbPerS, grep.find((g) => g.command.startsWith('LC_ALL=C '))?.mbPerS);
    const tagVsAhoCorasick = ratio(tagRow?.mbPerS, ahoCorasick.mbPerS);
    host.loadEnd = Math.round(os.loadavg()[0] * 100) / 100;
    const result: BenchResult = {
      schema: 'mrkoll-bench/1',
      size: plan.size,
      startedAt: startedAt.toISOString(),
      durationS: Math.round((Date.now() - startedAt.getTime()) / 1000),
      machine: host,
      corpus: [...corpora].map(([format, c]) => ({
        format,
        files: c.files.length,
        textMb: Math.round((c.textBytes.reduce((a, b) => a + b, 0) / MB) * 1000) / 1000,
        ...(c.pages.length > 0 ? { pages: c.pages.reduce((a, b) => a + b, 0) } : {}),
      })),
      stages,
      growth: growthOf(stages),
      endToEnd,
      review,
      parallelCapacity: capacity,
      baselines: { grep, ahoCorasick, pdftotext },
      ratios: {
        tagVsGrep,
        tagVsGrepUtf8: ratio(tagRow?.mbPerS, grep.find((g) => g.command.includes('UTF-8'))?.mbPerS),
        tagVsAhoCorasick,
        pdfIngestVsPdftotext: ratio(pdfIngest?.pagesPerS, pdftotext?.pagesPerS),
      },
      targets: checkTargets({ size: plan.size, stages, endToEnd, tagVsGrep, tagVsAhoCorasick, parallelism: workers, capacity, review }),
    };
    if (profiles) {
      const summary = (file: string) => ({ file, summary: summarizeProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile) });
      result.profiles = { tag: summary(profiles.tag), extract: summary(profiles.extract) };
    }
    process.stdout.write(formatResult(result));
    if (args.json) writeFileSync(args.json, `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    if (args.keep) log(`corpus kept in ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

let args: BenchArgs;
try {
  args = parseArgs(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`bench: ${(error as Error).message}\n`);
  process.exit(2);
}
await main(args);
