// How big the benchmark is: `--size full` (default: up to 100 MB of text and a few hundred
// PDF/DOCX files, a few minutes) or `--size small` (the same measurements in seconds, for CI).
import type { CorpusFormat } from './corpus/generate.js';

export interface FormatPlan {
  format: CorpusFormat;
  /** Documents generated. */
  count: number;
  /** Text per document, in bytes. */
  bytesPerDocument: number;
  /** Stage series: how many of the documents each measurement point reads. */
  series: number[];
}

export interface BenchPlan {
  size: 'small' | 'full';
  formats: FormatPlan[];
  /** The "year's corpus" of the issue: this many PDFs (the first of the PDF set) end to end. */
  yearPdfs: number;
  /** Text documents run end to end: in one thread, with the pool, or both ways. */
  endToEndText: { count: number; threads: 'one' | 'pool' | 'both' }[];
  /** The parts of tagging timed alone (match only, attribution only) read at most this much text. */
  partsMb: number;
  /** Text documents each process reads when the machine's parallel capacity is measured. */
  capacityFiles: number;
}

export const PLANS: Record<BenchPlan['size'], BenchPlan> = {
  full: {
    size: 'full',
    formats: [
      // 250 kB answers: 4, 40 and 400 of them are 1, 10 and 100 MB of text.
      { format: 'txt', count: 400, bytesPerDocument: 250_000, series: [4, 40, 400] },
      // About 50 pages each: 40 are the year's corpus of the issue (40 PDFs, ~2,000 pages).
      { format: 'pdf', count: 100, bytesPerDocument: 128_000, series: [6, 40, 100] },
      { format: 'docx', count: 200, bytesPerDocument: 50_000, series: [20, 200] },
    ],
    yearPdfs: 40,
    // 1 MB in one thread only: the pool is not started for so little by default.
    endToEndText: [
      { count: 4, threads: 'one' },
      { count: 40, threads: 'both' },
      { count: 400, threads: 'both' },
    ],
    partsMb: 10,
    capacityFiles: 16,
  },
  small: {
    size: 'small',
    formats: [
      { format: 'txt', count: 4, bytesPerDocument: 60_000, series: [1, 4] },
      { format: 'pdf', count: 2, bytesPerDocument: 20_000, series: [2] },
      { format: 'docx', count: 2, bytesPerDocument: 20_000, series: [2] },
    ],
    yearPdfs: 2,
    endToEndText: [{ count: 4, threads: 'both' }],
    partsMb: 1,
    capacityFiles: 1,
  },
};

export interface BenchArgs {
  plan: BenchPlan;
  json: string | null;
  /** Keep the generated corpus (and print where it is). */
  keep: boolean;
  /** Directory for CPU profiles of tagging and of normalize + segment of the largest text set. */
  profile: string | null;
  /** Pool size for the parallel runs; default one per core. */
  workers: number | null;
}

export function parseArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = { plan: PLANS.full, json: null, keep: false, profile: null, workers: null };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    if (flag === '--size') {
      const size = value();
      if (size !== 'small' && size !== 'full') throw new Error(`--size must be small or full, not "${size}"`);
      args.plan = PLANS[size];
    } else if (flag === '--json') args.json = value();
    else if (flag === '--keep') args.keep = true;
    else if (flag === '--profile') args.profile = value();
    else if (flag === '--workers') args.workers = Number(value());
    else throw new Error(`unknown flag ${flag} (use --size small|full, --json FILE, --profile DIR, --workers N, --keep)`);
  }
  return args;
}
