// Vale's `consistency`: one concept, several acceptable spellings, but only one per document
// (HBTQ / HBTQI / HBTQIA+; konsekvensanalys / konsekvensbedömning). The form used most often is
// taken as the document's own (the first one used on a tie); every other form is reported.
import { findingAt } from '../findings.js';
import { allMatches, checkFragments, wordPattern } from '../patterns.js';
import type { ReviewCheck } from '../types.js';

interface Form {
  /** How the form is written in messages: "HBTQIA+". */
  name: string;
  /** Regular-expression fragment matching the form and its inflections. */
  pattern: string;
}

interface ConsistencyData {
  forms: Form[];
  ignoreCase?: boolean;
}

export const consistency: ReviewCheck = {
  meta: {
    id: 'consistency',
    description: 'Ett begrepp ska skrivas på ett sätt i hela dokumentet (forms: name + pattern).',
    defaultSeverity: 'warning',
    schema: {
      required: ['forms'],
      properties: {
        forms: {
          type: 'array',
          minItems: 2,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'pattern'],
            properties: { name: { type: 'string', minLength: 1 }, pattern: { type: 'string', minLength: 1 } },
          },
        },
        ignoreCase: { type: 'boolean' },
      },
    },
  },
  validate: (data) =>
    ((data.forms ?? []) as Form[]).flatMap((f, i) => checkFragments([f.pattern], ['forms', i]).map((p) => ({ ...p, path: ['forms', i, 'pattern'] }))),
  check(doc, ctx, rule) {
    const data = rule.data as unknown as ConsistencyData;
    const uses = data.forms.map((form) => ({ form, matches: allMatches(wordPattern([form.pattern], data.ignoreCase ?? false), doc.text) }));
    const used = uses.filter((u) => u.matches.length > 0);
    if (used.length < 2) return [];
    const main = [...used].sort((a, b) => b.matches.length - a.matches.length || a.matches[0].start - b.matches[0].start)[0];
    return used
      .filter((u) => u !== main)
      .flatMap((u) => u.matches)
      .sort((a, b) => a.start - b.start)
      .map((m) => findingAt(ctx.lines, rule, m.start, m.end, rule.message, { expected: main.form.name, count: main.matches.length }, main.form.name));
  },
};
