// A recipient listed twice under "Beslutet skickas till", also when written two ways
// ("MKB Fastighets AB" and "MKB"): reported at the second listing.
import { defineCheck } from '../define-check.js';
import { placeOf } from '../line-column.js';
import { nameLookup } from '../registry-lookup.js';
import { readRecipients, rolePatterns, type Recipient } from '../recipients.js';
import type { Finding } from '../types.js';
import { recipientSchema, type RecipientData } from './recipient-registry.js';

export const recipientDuplicates = defineCheck<RecipientData>({
  meta: {
    id: 'recipient-duplicates',
    description: 'Samma mottagare ska inte stå två gånger under "Beslutet skickas till".',
    defaultSeverity: 'error',
    schema: recipientSchema,
    messages: {},
  },
  create(rule) {
    const roles = rolePatterns(rule.data.roles ?? []);
    return (doc, ctx) => {
      const section = ctx.sections.get(rule.data.section);
      if (!section) return [];
      const first = new Map<string, Recipient>();
      const findings: Finding[] = [];
      for (const recipient of readRecipients(doc.text, section.body, nameLookup(ctx.registry), roles)) {
        // Unknown recipients are compared by their text; known ones by administration (and role).
        const key = recipient.resolution ? `${recipient.resolution.id}|${recipient.role ?? ''}` : recipient.text.toLowerCase();
        const earlier = first.get(key);
        if (!earlier) {
          first.set(key, recipient);
          continue;
        }
        const { line } = placeOf(ctx.lines, earlier.start);
        findings.push(rule.finding(ctx, recipient.start, recipient.end, { values: { firstLine: line, first: earlier.text } }));
      }
      return findings;
    };
  },
});
