// Vale's `existence`: words and phrases that should not stand in the text at all (stiff
// officialese that klarspråk advice asks writers to replace).
import { findingAt } from '../findings.js';
import { allMatches, checkFragments, wordPattern } from '../patterns.js';
import type { ReviewCheck } from '../types.js';

interface ExistenceData {
  tokens: string[];
  ignoreCase?: boolean;
}

export const existence: ReviewCheck = {
  meta: {
    id: 'existence',
    description: 'Ord och fraser som inte bör förekomma (reguljära uttryck, hela ord).',
    defaultSeverity: 'info',
    schema: {
      required: ['tokens'],
      properties: {
        tokens: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
        ignoreCase: { type: 'boolean' },
      },
    },
  },
  validate: (data) => checkFragments(data.tokens, ['tokens']),
  check(doc, ctx, rule) {
    const data = rule.data as unknown as ExistenceData;
    const pattern = wordPattern(data.tokens, data.ignoreCase ?? true);
    return allMatches(pattern, doc.text).map((m) => findingAt(ctx.lines, rule, m.start, m.end, rule.message));
  },
};
