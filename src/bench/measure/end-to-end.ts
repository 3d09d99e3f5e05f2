// Files to analysis in one measuring process: lexicons, extraction and tagging (in a pool of
// `threads` threads, this one included, or in this thread alone for 1), aggregation. Node's own start-up is not included;
// the benchmark times the `mrkoll analyze` binary for that.
import { loadLexicons } from '../../lexicon/load.js';
import { analyzeFilesInParallel } from '../../corpus/pool/index.js';
import { aggregate } from './aggregate.js';
import { PeakMeter } from './memory.js';
import { MB, cpuMs, rate, type EndToEndResult, type EndToEndSpec } from './spec.js';

export async function measureEndToEnd(spec: EndToEndSpec): Promise<EndToEndResult> {
  const meter = new PeakMeter();
  meter.reset();
  const started = performance.now();
  const cpuStart = cpuMs();
  const lexicons = loadLexicons();
  const cache = spec.cacheDir === null ? { cache: false } : { cacheDir: spec.cacheDir };
  const { documents, failures, threads } = await analyzeFilesInParallel(spec.files, {
    lexicons,
    workers: spec.threads === 'auto' ? undefined : spec.threads,
    ...cache,
    onProgress: () => meter.sample(),
  });
  aggregate(documents, lexicons, failures);
  const wallMs = Math.round(performance.now() - started);
  const cpu = cpuMs() - cpuStart;
  let textBytes = 0;
  let pages = 0;
  for (const doc of documents) {
    textBytes += Buffer.byteLength(doc.text, 'utf8');
    if (doc.format === 'pdf') pages += doc.pageCount ?? 0;
  }
  const textMb = Math.round((textBytes / MB) * 1000) / 1000;
  return {
    kind: 'e2e',
    row: {
      files: spec.files.length,
      textMb,
      ...(pages > 0 ? { pages } : {}),
      threads,
      ...(spec.threads === 'auto' && { auto: true as const }),
      wallMs,
      cpuMs: cpu,
      mbPerS: rate(textMb, wallMs),
      peakRssMb: meter.peakMb(),
      documents: documents.length,
      failures: failures.length,
    },
  };
}
