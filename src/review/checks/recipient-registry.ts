// Every recipient under "Beslutet skickas till" must be a body the city's registry knows
// (by name, alias, known misspelling, near miss, or as "<förvaltning>s handläggare"). Spelling
// is the administration-spelling rule's business; this rule reports bodies nobody knows.
import { findingAt } from '../findings.js';
import { nameLookup } from '../registry-lookup.js';
import { readRecipients } from '../recipients.js';
import type { ReviewCheck } from '../types.js';

export interface RecipientData {
  section: string;
  /** Role words after a genitive that make a recipient of an office's staff: "handläggare". */
  roles?: string[];
}

export const recipientSchema = {
  required: ['section'],
  properties: {
    section: { type: 'string', minLength: 1 },
    roles: { type: 'array', items: { type: 'string', minLength: 1 } },
  },
};

export const recipientRegistry: ReviewCheck = {
  meta: {
    id: 'recipient-registry',
    description: 'Mottagarna under "Beslutet skickas till" ska finnas i stadens register.',
    defaultSeverity: 'error',
    schema: recipientSchema,
  },
  check(doc, ctx, rule) {
    const data = rule.data as unknown as RecipientData;
    const section = ctx.sections.get(data.section);
    if (!section || !ctx.registry) return [];
    return readRecipients(doc.text, section.body, nameLookup(ctx.registry), data.roles ?? [])
      .filter((r) => r.resolution === null)
      .map((r) => findingAt(ctx.lines, rule, r.start, r.end, rule.message, { registry: ctx.registry?.name ?? '' }));
  },
};
