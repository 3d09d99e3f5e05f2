// A recipient listed twice under "Beslutet skickas till", also when written two ways
// ("MKB Fastighets AB" and "MKB"): reported at the second listing.
import { findingAt } from '../findings.js';
import { lineColumn } from '../line-column.js';
import { nameLookup } from '../registry-lookup.js';
import { readRecipients, type Recipient } from '../recipients.js';
import type { ReviewCheck } from '../types.js';
import { recipientSchema, type RecipientData } from './recipient-registry.js';

export const recipientDuplicates: ReviewCheck = {
  meta: {
    id: 'recipient-duplicates',
    description: 'Samma mottagare ska inte stå två gånger under "Beslutet skickas till".',
    defaultSeverity: 'error',
    schema: recipientSchema,
  },
  check(doc, ctx, rule) {
    const data = rule.data as unknown as RecipientData;
    const section = ctx.sections.get(data.section);
    if (!section) return [];
    const first = new Map<string, Recipient>();
    const findings = [];
    for (const recipient of readRecipients(doc.text, section.body, nameLookup(ctx.registry), data.roles ?? [])) {
      // Unknown recipients are compared by their text; known ones by administration (and role).
      const key = recipient.resolution ? `${recipient.resolution.id}|${recipient.role ?? ''}` : recipient.text.toLowerCase();
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, recipient);
        continue;
      }
      const { line } = lineColumn(ctx.lines, earlier.start);
      findings.push(findingAt(ctx.lines, rule, recipient.start, recipient.end, rule.message, { firstLine: line, first: earlier.text }));
    }
    return findings;
  },
};
