// The memo's own case number (the first one before the first standard section, where the title
// carries it) must read the same everywhere. A number one keystroke away from it, with the same
// series (STK-2023-183, STK-2024-138), is taken for a mistyped own number, not another case.
import type { CaseNumberOccurrence } from '../../language/case-numbers.js';
import { damerauLevenshtein } from '../../util/distance.js';
import { defineCheck } from '../define-check.js';
import { caseNumberFinderFor, caseNumberSchema, type CaseNumberData } from './case-number-format.js';

export const caseNumberConsistency = defineCheck<CaseNumberData>({
  meta: {
    id: 'case-number-consistency',
    description: 'Ärendets eget diarienummer ska stå likadant överallt.',
    defaultSeverity: 'error',
    schema: caseNumberSchema,
    messages: {},
  },
  create(rule) {
    const finderFor = caseNumberFinderFor(rule.data);
    return (doc, ctx) => {
      const find = finderFor(ctx.city);
      if (!find) return [];
      const all = find(doc.text);
      const own = ownNumber(all, ctx.sections.found[0]?.heading.start ?? 0);
      if (!own) return [];
      const [series] = own.key.split('|');
      return all
        .filter((c) => c.key !== own.key && c.key.split('|')[0] === series && damerauLevenshtein(c.key, own.key) === 1)
        .map((c) => rule.finding(ctx, c.start, c.end, { values: { expected: own.text }, expected: own.text }));
    };
  },
});

/**
 * The first well-formed number in the header (before the first standard section). Numbers in the
 * body are references to other cases (STK-2022-1455 and STK-2022-1456 are two plans), so without
 * a header there is no own number to hold the text to.
 */
function ownNumber(all: CaseNumberOccurrence[], headerEnd: number): CaseNumberOccurrence | null {
  return all.find((c) => c.format !== null && c.start < headerEnd) ?? null;
}
