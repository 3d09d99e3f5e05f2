// Vale's `substitution`: a term with a preferred replacement, e.g. outdated disability terms.
// `swap` maps a regular-expression fragment (matched as whole words) to the preferred wording.
import { findingAt } from '../findings.js';
import { allMatches, checkFragments, wordPattern } from '../patterns.js';
import type { Finding, ReviewCheck } from '../types.js';

interface SubstitutionData {
  swap: Record<string, string>;
  ignoreCase?: boolean;
}

export const substitution: ReviewCheck = {
  meta: {
    id: 'substitution',
    description: 'Termer som har en föredragen ersättning (swap: mönster → föredragen term).',
    defaultSeverity: 'warning',
    schema: {
      required: ['swap'],
      properties: {
        swap: { type: 'object', minProperties: 1, additionalProperties: { type: 'string', minLength: 1 } },
        ignoreCase: { type: 'boolean' },
      },
    },
  },
  validate: (data) => {
    const swap = (data.swap ?? {}) as Record<string, string>;
    return Object.keys(swap).flatMap((key) => checkFragments([key], ['swap']).map((p) => ({ ...p, path: ['swap', key] })));
  },
  check(doc, ctx, rule) {
    const data = rule.data as unknown as SubstitutionData;
    const findings: Finding[] = [];
    for (const [fragment, expected] of Object.entries(data.swap)) {
      const pattern = wordPattern([fragment], data.ignoreCase ?? true);
      for (const m of allMatches(pattern, doc.text)) {
        findings.push(findingAt(ctx.lines, rule, m.start, m.end, rule.message, { expected }, expected));
      }
    }
    return findings;
  },
};
