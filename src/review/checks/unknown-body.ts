// Bodies named in the running text that the city's registry does not know ("Trafiknämnden" in a
// Malmö memo), as the attribution stage found them by the shape of their names; bodies that are
// not the city's (a state agency, another kommun) are no gap in its registry. Recipients are left
// to recipient-registry, which reports them as errors.
import { defineCheck } from '../define-check.js';
import type { Finding } from '../types.js';

interface UnknownBodyData {
  /** Sections not searched (the recipient list has its own rule). */
  skipSections?: string[];
}

export const unknownBody = defineCheck<UnknownBodyData>({
  meta: {
    id: 'unknown-body',
    description: 'Nämnder och bolag i löptexten som inte finns i stadens register.',
    defaultSeverity: 'warning',
    schema: { properties: { skipSections: { type: 'array', items: { type: 'string', minLength: 1 } } } },
    messages: {},
  },
  create: (rule) => (doc, ctx) => {
    if (!ctx.tagged || !ctx.registry) return [];
    const skip = (rule.data.skipSections ?? []).map((name) => ctx.sections.get(name)?.body).filter((s) => s !== undefined);
    const findings: Finding[] = [];
    const seen = new Set<number>();
    for (const passage of ctx.tagged.passages) {
      for (const mention of passage.mentions) {
        if (mention.registered || mention.external || mention.end <= mention.start) continue;
        const start = passage.start + mention.start;
        if (seen.has(start) || skip.some((s) => start >= s.start && start < s.end)) continue;
        seen.add(start);
        findings.push(rule.finding(ctx, start, passage.start + mention.end, { values: { registry: ctx.registry.name } }));
      }
    }
    return findings;
  },
});
