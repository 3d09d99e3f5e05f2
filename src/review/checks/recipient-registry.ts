// Every recipient under "Beslutet skickas till" must be a body the city's registry knows
// (by name, alias, known misspelling, near miss, or as "<förvaltning>s handläggare"). Spelling
// is the administration-spelling rule's business; this rule reports bodies nobody knows. A city
// without a registry (or a document whose city is unknown) gets one info line saying that the
// recipients and names were not checked, where the template has a recipient list.
import { cityName } from '../../lexicon/municipalities.js';
import { defineCheck } from '../define-check.js';
import { nameLookup } from '../registry-lookup.js';
import { readRecipients, rolePatterns } from '../recipients.js';
import type { DataSchema } from '../types.js';

export interface RecipientData {
  section: string;
  /** Role words after a genitive that make a recipient of an office's staff: "handläggare". */
  roles?: string[];
}

export const recipientSchema: DataSchema<RecipientData> = {
  required: ['section'],
  properties: {
    section: { type: 'string', minLength: 1 },
    roles: { type: 'array', items: { type: 'string', minLength: 1 } },
  },
};

export const recipientRegistry = defineCheck<RecipientData, 'noRegistry' | 'unknownCity'>({
  meta: {
    id: 'recipient-registry',
    description: 'Mottagarna under "Beslutet skickas till" ska finnas i stadens register.',
    defaultSeverity: 'error',
    schema: recipientSchema,
    messages: {
      noRegistry: 'Mottagare och organnamn prövas inte: det finns inget register för {city} i lexikonen (se mrkoll registry init)',
      unknownCity: 'Mottagare och organnamn prövas inte: kommunen är okänd (ange --city)',
    },
  },
  create(rule) {
    const roles = rolePatterns(rule.data.roles ?? []);
    return (doc, ctx) => {
      const section = ctx.sections.get(rule.data.section);
      const registry = ctx.registry;
      if (!registry) {
        const listed = section !== null || ctx.sections.defs.some((def) => def.name === rule.data.section);
        if (!listed) return [];
        const at = section?.heading.start ?? 0;
        const messageId = ctx.city === null ? 'unknownCity' : 'noRegistry';
        const city = ctx.city === null ? '' : cityName(ctx.city);
        return [rule.finding(ctx, at, at, { messageId, values: { city }, severity: 'info' })];
      }
      if (!section) return [];
      return readRecipients(doc.text, section.body, nameLookup(registry), roles)
        .filter((r) => r.resolution === null)
        .map((r) => rule.finding(ctx, r.start, r.end, { values: { registry: registry.name } }));
    };
  },
});
