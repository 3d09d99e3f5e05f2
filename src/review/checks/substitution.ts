// Vale's `substitution`: a term with a preferred replacement, e.g. outdated disability terms.
// `swap` maps a regular-expression fragment (matched as whole words) to the preferred wording.
import { defineCheck } from '../define-check.js';
import { allMatches, wordPattern } from '../patterns.js';
import type { Finding } from '../types.js';

interface SubstitutionData {
  swap: Record<string, string>;
  ignoreCase?: boolean;
}

export const substitution = defineCheck<SubstitutionData>({
  meta: {
    id: 'substitution',
    description: 'Termer som har en föredragen ersättning (swap: mönster → föredragen term).',
    defaultSeverity: 'warning',
    schema: {
      required: ['swap'],
      properties: {
        swap: { type: 'object', minProperties: 1, propertyNames: { regexFragment: true }, additionalProperties: { type: 'string', minLength: 1 } },
        ignoreCase: { type: 'boolean' },
      },
    },
    messages: {},
  },
  create(rule) {
    const swaps = Object.entries(rule.data.swap).map(([fragment, expected]) => ({ pattern: wordPattern([fragment], rule.data.ignoreCase ?? true), expected }));
    return (doc, ctx) => {
      const findings: Finding[] = [];
      for (const { pattern, expected } of swaps) {
        for (const m of allMatches(pattern, doc.text)) findings.push(rule.finding(ctx, m.start, m.end, { values: { expected }, expected }));
      }
      return findings;
    };
  },
});
