// Vale's `consistency`: one concept, several acceptable spellings, but only one per document
// (HBTQ / HBTQI / HBTQIA+; konsekvensanalys / konsekvensbedömning). The form used most often is
// taken as the document's own (the first one used on a tie); every other form is reported.
import { defineCheck } from '../define-check.js';
import { allMatches, wordPattern } from '../patterns.js';

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

export const consistency = defineCheck<ConsistencyData>({
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
            properties: { name: { type: 'string', minLength: 1 }, pattern: { type: 'string', minLength: 1, regexFragment: true } },
          },
        },
        ignoreCase: { type: 'boolean' },
      },
    },
    messages: {},
  },
  create(rule) {
    const forms = rule.data.forms.map((form) => ({ form, pattern: wordPattern([form.pattern], rule.data.ignoreCase ?? false) }));
    return (doc, ctx) => {
      const uses = forms.map(({ form, pattern }) => ({ form, matches: allMatches(pattern, doc.text) }));
      const used = uses.filter((u) => u.matches.length > 0);
      if (used.length < 2) return [];
      const main = [...used].sort((a, b) => b.matches.length - a.matches.length || a.matches[0].start - b.matches[0].start)[0];
      const values = { expected: main.form.name, count: main.matches.length };
      return used
        .filter((u) => u !== main)
        .flatMap((u) => u.matches)
        .sort((a, b) => a.start - b.start)
        .map((m) => rule.finding(ctx, m.start, m.end, { values, expected: main.form.name }));
    };
  },
});
