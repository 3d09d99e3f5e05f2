// Something the document must say somewhere: that it assesses consequences for human rights, or
// for children (barnets bästa, barnkonsekvensanalys). Passes when any pattern matches outside a
// quoted title ("Policy för mänskliga rättigheter med fokus på barnets rättigheter…" names the
// policy and is no assessment of anything), or when the document has a section for it: a
// "Barnperspektiv" or "Prövning av barnets bästa" with text under it is the assessment.
import { defineCheck } from '../define-check.js';
import { allMatches, inside, wordPattern } from '../patterns.js';
import { indexSections } from '../sections.js';
import { findTitles } from '../titles.js';

interface RequiredPhrasesData {
  anyOf: string[];
  /** Section headings that satisfy the rule as well, when text follows them. */
  sections?: string[];
  /** Document types the rule applies to; all when absent. */
  documentTypes?: string[];
}

export const requiredPhrases = defineCheck<RequiredPhrasesData>({
  meta: {
    id: 'required-phrases',
    description: 'Dokumentet ska innehålla minst en av fraserna (anyOf), utanför citerade titlar.',
    defaultSeverity: 'warning',
    schema: {
      required: ['anyOf'],
      properties: {
        anyOf: { type: 'array', items: { type: 'string', minLength: 1, regexFragment: true }, minItems: 1 },
        sections: { type: 'array', items: { type: 'string', minLength: 1 } },
        documentTypes: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
    },
    messages: {},
  },
  create(rule) {
    const { documentTypes } = rule.data;
    const pattern = wordPattern(rule.data.anyOf);
    const sections = rule.data.sections?.length ? [{ name: rule.rule.id, headings: rule.data.sections }] : [];
    return (doc, ctx) => {
      if (documentTypes && !documentTypes.includes(ctx.documentType)) return [];
      if (sections.length > 0 && indexSections(doc, sections).found.length > 0) return [];
      const titles = findTitles(doc.text, ctx.concepts);
      const evidence = allMatches(pattern, doc.text).filter((m) => !inside(titles, m.start, m.end));
      if (evidence.length > 0) return [];
      // Something missing has no place of its own: it is reported at the start of the document.
      return [rule.finding(ctx, 0, 0)];
    };
  },
});
