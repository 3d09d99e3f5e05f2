// Something the document must say somewhere: that it assesses consequences for human rights, or
// for children (barnets bästa, barnkonsekvensanalys). Passes when any pattern matches outside a
// quoted title: "Policy för mänskliga rättigheter med fokus på barnets rättigheter…" names the
// policy and is no assessment of anything.
import { findingAt } from '../findings.js';
import { allMatches, checkFragments, inside, wordPattern } from '../patterns.js';
import { findTitles } from '../titles.js';
import type { ReviewCheck } from '../types.js';

interface RequiredPhrasesData {
  anyOf: string[];
  /** Document types the rule applies to; all when absent. */
  documentTypes?: string[];
}

export const requiredPhrases: ReviewCheck = {
  meta: {
    id: 'required-phrases',
    description: 'Dokumentet ska innehålla minst en av fraserna (anyOf), utanför citerade titlar.',
    defaultSeverity: 'warning',
    schema: {
      required: ['anyOf'],
      properties: {
        anyOf: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
        documentTypes: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
    },
  },
  validate: (data) => checkFragments(data.anyOf, ['anyOf']),
  check(doc, ctx, rule) {
    const data = rule.data as unknown as RequiredPhrasesData;
    if (data.documentTypes && !data.documentTypes.includes(ctx.documentType)) return [];
    const titles = findTitles(doc.text, ctx.concepts);
    const evidence = allMatches(wordPattern(data.anyOf), doc.text).filter((m) => !inside(titles, m.start, m.end));
    if (evidence.length > 0) return [];
    // Something missing has no place of its own: it is reported at the start of the document.
    return [findingAt(ctx.lines, rule, 0, 0, rule.message)];
  },
};
