// Case numbers must follow the city's format: "STK-2023-138", not "STK 2023-138", "STK-23-138"
// or "STK–2023–138" (en dash from a word processor).
import { CASE_NUMBER_SHAPE, caseNumberFinder } from '../../language/case-numbers.js';
import { defineCheck } from '../define-check.js';
import { wordPattern } from '../patterns.js';
import type { DataSchema } from '../types.js';

export interface CaseNumberData {
  formats: Array<{ name: string; pattern: string; example: string }>;
  /** Loose pattern for anything that looks like a case number; a built-in shape when absent. */
  shape?: string;
}

export const caseNumberSchema: DataSchema<CaseNumberData> = {
  required: ['formats'],
  properties: {
    formats: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'pattern', 'example'],
        properties: {
          name: { type: 'string', minLength: 1 },
          pattern: { type: 'string', minLength: 1, regexFragment: true },
          example: { type: 'string', minLength: 1 },
        },
      },
    },
    shape: { type: 'string', minLength: 1, regexFragment: true },
  },
};

/** The rule's case-number finder: its formats and shape compiled once. */
export function caseNumberFinderFor(data: CaseNumberData) {
  return caseNumberFinder(data.formats, wordPattern([data.shape ?? CASE_NUMBER_SHAPE], false));
}

export const caseNumberFormat = defineCheck<CaseNumberData>({
  meta: {
    id: 'case-number-format',
    description: 'Diarienummer ska ha stadens form (t.ex. STK-2023-138).',
    defaultSeverity: 'error',
    schema: caseNumberSchema,
    messages: {},
  },
  create(rule) {
    const find = caseNumberFinderFor(rule.data);
    const examples = rule.data.formats.map((f) => f.example).join(' eller ');
    return (doc, ctx) =>
      find(doc.text)
        .filter((c) => c.format === null)
        .map((c) => rule.finding(ctx, c.start, c.end, { values: { examples } }));
  },
});
