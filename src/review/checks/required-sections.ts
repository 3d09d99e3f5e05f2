// The standard sections of a document type (tjänsteskrivelse: Sammanfattning, Förslag till beslut,
// Beslutsunderlag, Beslutsplanering, Beslutet skickas till, the case itself, Ansvariga), each with
// the heading variants accepted for it. A missing section is reported where it should have stood:
// at the heading of the next section that is there, or at the end of the text.
import { defineCheck } from '../define-check.js';
import { indexSections, type SectionDef } from '../sections.js';
import type { Finding, Rule } from '../types.js';

interface RequiredSectionsData {
  /** Document type → its sections in their usual order. */
  documentTypes: Record<string, SectionDef[]>;
}

const sectionDef = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'headings'],
  properties: {
    name: { type: 'string', minLength: 1 },
    headings: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
  },
};

export const requiredSections = defineCheck<RequiredSectionsData>({
  meta: {
    id: 'required-sections',
    description: 'Avsnitt som en dokumenttyp ska ha, med godtagna rubrikvarianter.',
    defaultSeverity: 'error',
    schema: {
      required: ['documentTypes'],
      properties: {
        documentTypes: { type: 'object', minProperties: 1, additionalProperties: { type: 'array', items: sectionDef, minItems: 1 } },
      },
    },
    messages: {},
  },
  create: (rule) => (doc, ctx) => {
    const defs = rule.data.documentTypes[ctx.documentType] ?? [];
    const index = indexSections(doc, defs);
    const findings: Finding[] = [];
    defs.forEach((def, i) => {
      if (index.get(def.name)) return;
      const next = defs
        .slice(i + 1)
        .map((d) => index.get(d.name))
        .find((f) => f !== null);
      const at = next ? next.heading.start : doc.text.trimEnd().length;
      findings.push(rule.finding(ctx, at, at, { values: { section: def.name, headings: def.headings.join(', ') } }));
    });
    return findings;
  },
});

/** The sections a required-sections rule expects in a document of `type` (none without the rule). */
export function sectionDefsFor(type: string, rule: Rule | undefined): SectionDef[] {
  if (!rule) return [];
  return requiredSections.dataOf(rule).documentTypes[type] ?? [];
}
