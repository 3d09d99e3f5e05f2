// The benchmark's end-to-end rows aggregate each document as it arrives (as `mrkoll analyze`
// does) instead of holding the corpus: the analysis must be the one over the documents held.
import { describe, expect, it } from 'vitest';
import { aggregate, aggregateStreaming } from '../../src/bench/measure/aggregate.js';
import { seedCorpus } from '../helpers/seed-corpus.js';

describe('the benchmark’s aggregation', () => {
  it('gives one document at a time the analysis of all of them held, variants set aside alike', async () => {
    const { lexicons, all } = await seedCorpus();
    const failures = [{ path: 'trasig.pdf', reason: 'oläslig' }];
    const held = aggregate(all, lexicons, failures);
    const streaming = aggregateStreaming(lexicons);
    for (const doc of all) streaming.add(doc);
    const streamed = streaming.finish(failures);
    expect(streamed.corpus.skippedVariants.length).toBeGreaterThan(0);
    expect(streamed.corpus.documents.length).toBeGreaterThan(2);
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(held));
  });
});
