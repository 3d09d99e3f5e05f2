// Case numbers must follow the city's format: "STK-2023-138", not "STK 2023-138", "STK-23-138"
// or "STK–2023–138" (en dash from a word processor).
import { CASE_NUMBER_SHAPE, caseNumberFinder, type CaseNumberFormat } from '../../language/case-numbers.js';
import { findingAt } from '../findings.js';
import { wordPattern } from '../patterns.js';
import type { ReviewCheck } from '../types.js';

export interface CaseNumberData {
  formats: CaseNumberFormat[];
  /** Loose pattern for anything that looks like a case number; a built-in shape when absent. */
  shape?: string;
}

export const caseNumberSchema = {
  required: ['formats'],
  properties: {
    formats: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'pattern', 'example'],
        properties: { name: { type: 'string', minLength: 1 }, pattern: { type: 'string', minLength: 1 }, example: { type: 'string', minLength: 1 } },
      },
    },
    shape: { type: 'string', minLength: 1 },
  },
};

export const caseNumberFormat: ReviewCheck = {
  meta: {
    id: 'case-number-format',
    description: 'Diarienummer ska ha stadens form (t.ex. STK-2023-138).',
    defaultSeverity: 'error',
    schema: caseNumberSchema,
  },
  validate: (data) =>
    ((data.formats ?? []) as CaseNumberFormat[]).flatMap((f, i) => {
      try {
        new RegExp(f.pattern, 'u');
        return [];
      } catch (error) {
        return [{ path: ['formats', i, 'pattern'], message: `ogiltigt reguljärt uttryck: ${(error as Error).message}` }];
      }
    }),
  check(doc, ctx, rule) {
    const data = rule.data as unknown as CaseNumberData;
    const examples = data.formats.map((f) => (f as CaseNumberFormat & { example: string }).example).join(' eller ');
    return caseNumberFinder(
      data.formats,
      wordPattern([data.shape ?? CASE_NUMBER_SHAPE], false),
    )(doc.text)
      .filter((c) => c.format === null)
      .map((c) => findingAt(ctx.lines, rule, c.start, c.end, rule.message, { examples }));
  },
};
