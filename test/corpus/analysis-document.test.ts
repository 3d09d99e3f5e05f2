// The slim document analyze holds gives the analysis of the whole one, and lets go of the text.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeCorpus } from '../../src/analyze/index.js';
import { expectedFromRegistry, mainCity } from '../../src/analyze/expected.js';
import { forAnalysis } from '../../src/corpus/analysis-document.js';
import type { AnalysisDocument } from '../../src/types.js';
import { rules, seedCorpus, type SeedCorpus } from '../helpers/seed-corpus.js';

let corpus: SeedCorpus;

beforeAll(async () => {
  corpus = await seedCorpus();
});

function analysisOf(docs: readonly AnalysisDocument[]) {
  const r = rules();
  const expected = expectedFromRegistry(corpus.lexicons, mainCity(docs), r.expected.kinds);
  return analyzeCorpus(docs, corpus.lexicons, { view: 'mention', expected, rules: r, bothViews: true });
}

describe('forAnalysis', () => {
  it('gives the same analysis, both views, evidence and passage texts included', () => {
    const whole = analysisOf(corpus.counted);
    expect(whole.views.mention!.coverage.rows.length).toBeGreaterThan(0);
    expect(analysisOf(corpus.counted.map(forAnalysis))).toEqual(whole);
  });

  it('keeps no body text, footnotes or furniture, and every passage with its own text', () => {
    const doc = corpus.counted[0];
    const slim = forAnalysis(doc);
    expect(Object.keys(slim)).toEqual(expect.arrayContaining(['path', 'format', 'metadata', 'author', 'passages']));
    expect(slim).not.toHaveProperty('text');
    expect(slim).not.toHaveProperty('footnotes');
    expect(slim.passages.map((p) => p.text)).toEqual(doc.passages.map((p) => p.text));
    expect(slim.metadata).toEqual(doc.metadata);
  });
});
