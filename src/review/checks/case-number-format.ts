// Case numbers must follow the city's format: "STK-2023-138", not "STK 2023-138", "STK-23-138"
// or "STK–2023–138" (en dash from a word processor). A format names the cities it is theirs
// (`cities`); a document is held to its own city's formats and those without cities, and to none
// when its city has no format here: another city's format says nothing about its numbers.
import { CASE_NUMBER_SHAPE, caseNumberFinder, type CaseNumberOccurrence } from '../../language/case-numbers.js';
import { defineCheck } from '../define-check.js';
import { wordPattern } from '../patterns.js';
import type { DataSchema } from '../types.js';

export interface CaseNumberFormatData {
  name: string;
  pattern: string;
  example: string;
  /** The cities (IDs) whose format it is; every city's when absent. */
  cities?: string[];
}

export interface CaseNumberData {
  formats: CaseNumberFormatData[];
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
          cities: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
        },
      },
    },
    shape: { type: 'string', minLength: 1, regexFragment: true },
  },
};

/** The formats that hold for documents of `city` (null: unknown). */
export function formatsFor(data: CaseNumberData, city: string | null): CaseNumberFormatData[] {
  return data.formats.filter((f) => f.cities === undefined || (city !== null && f.cities.includes(city)));
}

/**
 * The rule's case-number finder for a document's city, made once per city: its formats and
 * shape compiled. Null when no format holds for the city.
 */
export function caseNumberFinderFor(data: CaseNumberData): (city: string | null) => ((text: string) => CaseNumberOccurrence[]) | null {
  const shape = wordPattern([data.shape ?? CASE_NUMBER_SHAPE], false);
  const byCity = new Map<string | null, ((text: string) => CaseNumberOccurrence[]) | null>();
  return (city) => {
    let finder = byCity.get(city);
    if (finder === undefined) {
      const formats = formatsFor(data, city);
      byCity.set(city, (finder = formats.length > 0 ? caseNumberFinder(formats, shape) : null));
    }
    return finder;
  };
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
    const finderFor = caseNumberFinderFor(rule.data);
    return (doc, ctx) => {
      const find = finderFor(ctx.city);
      if (!find) return [];
      const examples = formatsFor(rule.data, ctx.city)
        .map((f) => f.example)
        .join(' eller ');
      return find(doc.text)
        .filter((c) => c.format === null)
        .map((c) => rule.finding(ctx, c.start, c.end, { values: { examples } }));
    };
  },
});
