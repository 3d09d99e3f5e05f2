// Files to analysis in one measuring process: lexicons, extraction and tagging (in a pool of
// `threads` threads, this one included, or in this thread alone for 1), aggregation. Each document
// is aggregated as it arrives and let go, as `mrkoll analyze` does: until 2026-12-07 the row held
// every tagged document and aggregated at the end, which made its peak the corpus's size (about
// 7 MB a MB of text) rather than the pipeline's. Node's own start-up is not included; the
// benchmark times the `mrkoll analyze` binary for that.
import { loadLexicons } from '../../lexicon/load.js';
import { analyzeFilesInParallel } from '../../corpus/pool/index.js';
import { aggregateStreaming } from './aggregate.js';
import { PeakMeter } from './memory.js';
import { MB, cpuMs, rate, type EndToEndResult, type EndToEndSpec } from './spec.js';

export async function measureEndToEnd(spec: EndToEndSpec): Promise<EndToEndResult> {
  const meter = new PeakMeter();
  meter.reset();
  const started = performance.now();
  const cpuStart = cpuMs();
  const lexicons = loadLexicons();
  const cache = spec.cacheDir === null ? { cache: false } : { cacheDir: spec.cacheDir };
  const aggregation = aggregateStreaming(lexicons);
  let documents = 0;
  let textBytes = 0;
  let pages = 0;
  const { failures, threads } = await analyzeFilesInParallel(spec.files, {
    lexicons,
    workers: spec.threads === 'auto' ? undefined : spec.threads,
    ...cache,
    keep: false,
    prints: aggregation.comparesText,
    onDocument: (doc) => {
      documents++;
      textBytes += Buffer.byteLength(doc.text, 'utf8');
      if (doc.format === 'pdf') pages += doc.pageCount ?? 0;
      aggregation.add(doc);
    },
    onProgress: () => meter.sample(),
  });
  aggregation.finish(failures);
  const wallMs = Math.round(performance.now() - started);
  const cpu = cpuMs() - cpuStart;
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
      documents,
      failures: failures.length,
    },
  };
}
