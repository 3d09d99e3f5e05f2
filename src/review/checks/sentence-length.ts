// Sentences longer than a reader can hold: klarspråk advice puts the limit around 20–25 words on
// average; a single sentence past 35 is worth splitting.
import { words } from '../../language/readability.js';
import { findingAt } from '../findings.js';
import { proseSentences } from '../prose.js';
import type { ReviewCheck } from '../types.js';

interface SentenceLengthData {
  maxWords: number;
  skipSections?: string[];
}

export const sentenceLength: ReviewCheck = {
  meta: {
    id: 'sentence-length',
    description: 'Meningar med fler ord än gränsen.',
    defaultSeverity: 'warning',
    schema: {
      required: ['maxWords'],
      properties: { maxWords: { type: 'integer', minimum: 1 }, skipSections: { type: 'array', items: { type: 'string', minLength: 1 } } },
    },
  },
  check(doc, ctx, rule) {
    const data = rule.data as unknown as SentenceLengthData;
    return proseSentences(doc, ctx.sections, data.skipSections)
      .map((s) => ({ s, count: words(s.text).length }))
      .filter(({ count }) => count > data.maxWords)
      .map(({ s, count }) => findingAt(ctx.lines, rule, s.start, s.end, rule.message, { words: count, max: data.maxWords }));
  },
};
