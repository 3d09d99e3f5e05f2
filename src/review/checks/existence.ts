// Vale's `existence`: words and phrases that should not stand in the text at all (stiff
// officialese that klarspråk advice asks writers to replace).
import { defineCheck } from '../define-check.js';
import { allMatches, wordPattern } from '../patterns.js';

interface ExistenceData {
  tokens: string[];
  ignoreCase?: boolean;
}

export const existence = defineCheck<ExistenceData>({
  meta: {
    id: 'existence',
    description: 'Ord och fraser som inte bör förekomma (reguljära uttryck, hela ord).',
    defaultSeverity: 'info',
    schema: {
      required: ['tokens'],
      properties: {
        tokens: { type: 'array', items: { type: 'string', minLength: 1, regexFragment: true }, minItems: 1 },
        ignoreCase: { type: 'boolean' },
      },
    },
    messages: {},
  },
  create(rule) {
    const pattern = wordPattern(rule.data.tokens, rule.data.ignoreCase ?? true);
    return (doc, ctx) => allMatches(pattern, doc.text).map((m) => rule.finding(ctx, m.start, m.end));
  },
});
