// The sections the document's template has (its review profile, rules/review/profiles/: for
// Malmö's tjänsteskrivelse Sammanfattning, Förslag till beslut, Beslutsunderlag, Beslutsplanering,
// Beslutet skickas till, the case itself, Ansvariga), each with the heading variants accepted for
// it. A missing section is reported where it should have stood: at the heading of the next
// section that is there, or at the end of the text; as seriously as the profile says.
import { defineCheck } from '../define-check.js';
import type { Finding } from '../types.js';

/** The rule file has no fields of its own: the sections are the profile's. */
type NoData = Record<never, never>;

export const requiredSections = defineCheck<NoData>({
  meta: {
    id: 'required-sections',
    description: 'Avsnitt som dokumenttypen ska ha enligt granskningsprofilen (stadens mall), med godtagna rubrikvarianter.',
    defaultSeverity: 'error',
    schema: { properties: {} },
    messages: {},
  },
  create: (rule) => (doc, ctx) => {
    const defs = ctx.profile?.documentTypes[ctx.documentType]?.sections ?? [];
    const findings: Finding[] = [];
    defs.forEach((def, i) => {
      if (def.severity === 'off' || ctx.sections.get(def.name)) return;
      // Sections the profile only knows (off) have no set place in the template to report at.
      const next = defs
        .slice(i + 1)
        .filter((d) => d.severity !== 'off')
        .map((d) => ctx.sections.get(d.name))
        .find((f) => f !== null);
      const at = next ? next.heading.start : doc.text.trimEnd().length;
      findings.push(rule.finding(ctx, at, at, { values: { section: def.name, headings: def.headings.join(', ') }, severity: def.severity }));
    });
    return findings;
  },
});
