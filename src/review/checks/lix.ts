// LIX (läsbarhetsindex) for the whole document and for each section long enough to measure:
// words per sentence plus the share of long words (more than six letters) in per cent.
// 40 is ordinary newspaper prose, 50 official text that is hard going, 60 very hard.
import { readability } from '../../language/readability.js';
import { defineCheck } from '../define-check.js';
import { proseSentences, sectionStart } from '../prose.js';
import type { Finding } from '../types.js';

interface LixData {
  maxDocument: number;
  maxSection: number;
  /** Sections with fewer words are not measured: LIX of a few lines says little. */
  minSectionWords: number;
  skipSections?: string[];
}

export const lixCheck = defineCheck<LixData, 'section'>({
  meta: {
    id: 'lix',
    description: 'Läsbarhetsindex (LIX) för dokumentet och för varje avsnitt.',
    defaultSeverity: 'warning',
    schema: {
      required: ['maxDocument', 'maxSection', 'minSectionWords'],
      properties: {
        maxDocument: { type: 'number', minimum: 0 },
        maxSection: { type: 'number', minimum: 0 },
        minSectionWords: { type: 'integer', minimum: 1 },
        skipSections: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
    },
    // The main message (`message`): the whole document.
    messages: { section: 'LIX {lix} i avsnittet "{section}" (gräns {max})' },
  },
  create(rule) {
    const data = rule.data;
    return (doc, ctx) => {
      const sentences = proseSentences(doc, ctx.sections, data.skipSections);
      const findings: Finding[] = [];
      const whole = readability(sentences.map((s) => s.text));
      if (whole.lix > data.maxDocument) {
        findings.push(
          rule.finding(ctx, 0, 0, { values: { lix: Math.round(whole.lix), max: data.maxDocument, words: whole.words, sentences: whole.sentences } }),
        );
      }
      const bySection = new Map<string, typeof sentences>();
      for (const s of sentences) bySection.set(s.section, [...(bySection.get(s.section) ?? []), s]);
      for (const [section, group] of bySection) {
        const stats = readability(group.map((s) => s.text));
        if (stats.words < data.minSectionWords || stats.lix <= data.maxSection) continue;
        const at = sectionStart(doc, section, group[0].start);
        const end = at + (doc.text.slice(at).search(/\n|$/) || 0);
        const values = {
          lix: Math.round(stats.lix),
          max: data.maxSection,
          section: section || '(inledningen)',
          words: stats.words,
          sentences: stats.sentences,
        };
        findings.push(rule.finding(ctx, at, end, { messageId: 'section', values }));
      }
      return findings;
    };
  },
});
