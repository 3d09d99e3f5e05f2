// A summary, not a fault: which of the city's principles and which rights areas the memo
// touches (by the tagging stage's evidence, stock phrases left out), which it considers and
// dismisses (negated evidence only), and which principles it does not touch. One info finding
// at the start of the document.
import { defineCheck } from '../define-check.js';
import { frameworksFor } from '../../lexicon/frameworks.js';
import { hasCode } from '../../analyze/gaps.js';

/** The rule file has no fields of its own. */
type NoData = Record<never, never>;

export const principlesSummary = defineCheck<NoData>({
  meta: {
    id: 'principles-summary',
    description: 'Sammanfattning av vilka principer och rättighetsområden dokumentet berör.',
    defaultSeverity: 'info',
    schema: { properties: {} },
    messages: {},
  },
  create: (rule) => (doc, ctx) => {
    if (!ctx.tagged) return [];
    const counts = new Map<string, number>();
    // Considered and dismissed ("Beslutet bedöms inte påverka barn"): shown apart, never as touched.
    const dismissed = new Set<string>();
    for (const passage of ctx.tagged.passages) {
      for (const tag of passage.tags) {
        if (tag.boilerplate) continue;
        if (tag.negated) dismissed.add(tag.id);
        else counts.set(tag.id, (counts.get(tag.id) ?? 0) + 1);
      }
    }
    const city = doc.metadata.city ?? ctx.registry?.city ?? null;
    // The principles that apply to the memo's city: its own, else SKR's national ones (lexicon/frameworks.ts).
    const frameworks = frameworksFor(ctx.lexicons, city);
    const principles = frameworks.filter((f) => f.kind === 'principles').flatMap((f) => f.categories);
    const areas = frameworks.filter((f) => f.kind === 'areas').flatMap((f) => f.categories);
    // A person reads the labels: "P1", "Barnets rättigheter", never "barnratt".
    const name = (c: (typeof principles)[number]) => (c.kind === 'principle' && hasCode(c) ? c.id : c.label);
    const list = (cats: typeof principles) => cats.map((c) => `${name(c)} (${counts.get(c.id)})`).join(', ') || 'inga';
    const touched = (cats: typeof principles) => cats.filter((c) => counts.has(c.id));
    const values = {
      principles: list(touched(principles)),
      areas: list(touched(areas)),
      dismissed: dismissedList([...principles, ...areas].filter((c) => dismissed.has(c.id) && !counts.has(c.id)).map(name)),
      missing:
        principles
          .filter((c) => !counts.has(c.id))
          .map(name)
          .join(', ') || 'inga',
    };
    return [rule.finding(ctx, 0, 0, { values })];
  },
});

/** The message's optional part: empty, or "; övervägda och avfärdade: …". */
function dismissedList(names: string[]): string {
  return names.length === 0 ? '' : `; övervägda och avfärdade: ${names.join(', ')}`;
}
