// Sentences longer than a reader can hold: klarspråk advice puts the limit around 20–25 words on
// average; a single sentence past 35 is worth splitting.
import { words } from '../../language/readability.js';
import { defineCheck } from '../define-check.js';
import { proseSentences } from '../prose.js';

interface SentenceLengthData {
  maxWords: number;
  skipSections?: string[];
}

export const sentenceLength = defineCheck<SentenceLengthData>({
  meta: {
    id: 'sentence-length',
    description: 'Meningar med fler ord än gränsen.',
    defaultSeverity: 'warning',
    schema: {
      required: ['maxWords'],
      properties: { maxWords: { type: 'integer', minimum: 1 }, skipSections: { type: 'array', items: { type: 'string', minLength: 1 } } },
    },
    messages: {},
  },
  create(rule) {
    const { maxWords, skipSections } = rule.data;
    return (doc, ctx) =>
      proseSentences(doc, ctx.sections, skipSections)
        .map((s) => ({ s, count: words(s.text).length }))
        .filter(({ count }) => count > maxWords)
        .map(({ s, count }) => rule.finding(ctx, s.start, s.end, { values: { words: count, max: maxWords } }));
  },
});
