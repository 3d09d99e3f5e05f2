// The work a pool worker does for a file (ingest, normalize, segment, tag), in this one thread,
// timed once warm: the benchmark runs it alone and in several processes at once to learn how much
// a second thread can add on this machine. Cores shared with other virtual machines, or
// hyper-threads sold as cores, give less than one core each. The first pass over the files is not
// timed: while V8 compiles, a process alone also uses the other core (its compiler threads), and
// a short cold run measured two processes at once as barely faster than one (1.04×) when the pool
// itself gained 1.35× over 100 MB.
import { DEFAULT_LIMITS, ingestFile } from '../../ingest/index.js';
import { loadLexicons } from '../../lexicon/load.js';
import { normalize } from '../../normalize/index.js';
import { segment } from '../../segment/index.js';
import { buildContext } from '../../tag/context.js';
import { tagDocument } from '../../tag/index.js';
import type { CapacityResult, CapacitySpec } from './spec.js';

export async function measureCapacity(spec: CapacitySpec): Promise<CapacityResult> {
  const context = buildContext(loadLexicons());
  const pass = async () => {
    for (const file of spec.files) tagDocument(segment(normalize(await ingestFile(file, DEFAULT_LIMITS))), context);
  };
  await pass();
  const started = performance.now();
  await pass();
  return { kind: 'capacity', wallMs: Math.round(performance.now() - started) };
}
