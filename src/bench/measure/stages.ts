// The pipeline stage by stage over one set of files, on one thread: ingest, normalize + segment,
// tagging (tokenize, stem, match, negation, attribution: `tagDocument`), with the matcher and
// attribution also timed alone, and aggregation. Each stage keeps only what the next one needs.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { ingestFile, DEFAULT_LIMITS } from '../../ingest/index.js';
import { normalize } from '../../normalize/index.js';
import { segment } from '../../segment/index.js';
import { applyManifest } from '../../corpus/extract.js';
import { loadLexicons } from '../../lexicon/load.js';
import { attributionScope, buildContext, cityLexiconsFor } from '../../tag/context.js';
import { tagDocument } from '../../tag/index.js';
import { attributePassages } from '../../attribute/index.js';
import { Manifests } from '../../corpus/manifest.js';
import type { Document, RawDocument, TaggedDocument } from '../../types.js';
import { aggregate } from './aggregate.js';
import { PeakMeter, rssMb } from './memory.js';
import { MB, cpuMs, rate, type StageRow, type StagesResult, type StagesSpec } from './spec.js';

export async function measureStages(spec: StagesSpec): Promise<StagesResult> {
  const meter = new PeakMeter();
  const rows: StageRow[] = [];
  let textMb = 0;
  let pages = 0;
  /** Runs `work` as one stage and records its row; its text size is known only after segmentation. */
  const stage = async <T>(name: string, work: () => T | Promise<T>, files = spec.files.length): Promise<T> => {
    const startRssMb = rssMb();
    meter.reset();
    const started = performance.now();
    const cpuStart = cpuMs();
    const result = await work();
    const wallMs = Math.round(performance.now() - started);
    const cpu = cpuMs() - cpuStart;
    rows.push({ format: spec.format, stage: name, files, textMb: 0, wallMs, cpuMs: cpu, mbPerS: 0, peakRssMb: meter.peakMb(), startRssMb });
    return result;
  };

  let raws: RawDocument[] | null = await stage('ingest', async () => {
    const out: RawDocument[] = [];
    for (const file of spec.files) {
      const raw = await ingestFile(file, DEFAULT_LIMITS);
      pages += raw.pages?.length ?? 0;
      out.push(raw);
      meter.sample();
    }
    return out;
  });
  const manifests = new Manifests();
  let profiler = spec.profile ? await startProfiler() : null;
  let docs: Document[] | null = await stage('normalize+segment', () =>
    raws!.map((raw) => {
      meter.sample();
      return applyManifest(segment(normalize(raw)), manifests.entryFor(raw.path));
    }),
  );
  if (profiler) writeFileSync(spec.profile!.extract, JSON.stringify(await stopProfiler(profiler)));
  raws = null;
  for (const doc of docs) textMb += Buffer.byteLength(doc.text, 'utf8') / MB;
  if (spec.dumpText) writeFileSync(spec.dumpText, docs.map((d) => d.text).join('\n\n'));

  const { lexicons, context } = await stage('compile lexicons', () => {
    const lexicons = loadLexicons();
    return { lexicons, context: buildContext(lexicons) };
  });
  profiler = spec.profile ? await startProfiler() : null;
  const tagged: TaggedDocument[] = await stage('tag', () =>
    docs!.map((doc) => {
      meter.sample();
      return tagDocument(doc, context);
    }),
  );
  if (profiler) writeFileSync(spec.profile!.tag, JSON.stringify(await stopProfiler(profiler)));
  // The parts of tagging alone, after the full run (their caches are warm, as they are in most
  // of it), over the first documents only: they repeat work already measured.
  const parts: Document[] = [];
  let partsMb = 0;
  for (const doc of docs) {
    if (parts.length > 0 && partsMb >= spec.partsMb) break;
    parts.push(doc);
    partsMb += Buffer.byteLength(doc.text, 'utf8') / MB;
  }
  docs = null;
  const sizes = new Map<string, number>([
    ['tag: match only', partsMb],
    ['tag: attribution only', partsMb],
  ]);
  await stage(
    'tag: match only',
    () => {
      for (const doc of parts) {
        const matcher = cityLexiconsFor(doc, context).categoryMatcher;
        for (const passage of doc.passages) matcher.match(passage.text);
      }
    },
    parts.length,
  );
  await stage(
    'tag: attribution only',
    () => {
      for (const doc of parts) attributePassages(doc, attributionScope(doc, context));
    },
    parts.length,
  );
  await stage('aggregate', () => aggregate(tagged, lexicons, []));

  for (const row of rows) {
    const mb = sizes.get(row.stage) ?? textMb;
    row.textMb = round(mb);
    if (row.stage === 'compile lexicons') continue;
    row.mbPerS = rate(mb, row.wallMs);
    if (row.stage === 'ingest' && spec.format === 'pdf') {
      row.pages = pages;
      row.pagesPerS = rate(pages, row.wallMs);
    }
  }
  return { kind: 'stages', rows };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

async function startProfiler(): Promise<Session> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return session;
}

async function stopProfiler(session: Session): Promise<unknown> {
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  return profile;
}
