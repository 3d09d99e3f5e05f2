// Passive -s forms (genomförs, redogörs, har samordnats) and nominal style (samordningen,
// förutsättningar, implementeringen): each makes a sentence heavier and hides who acts. Reported
// per sentence above a count, and for the document above a rate per 100 words.
import { sentenceStyle, type WordToken } from '../../language/readability.js';
import { defineCheck } from '../define-check.js';
import { proseSentences } from '../prose.js';
import type { Finding } from '../types.js';

interface DensityData {
  measure: 'passive' | 'nominal';
  maxPerSentence: number;
  /** Per 100 words of the whole document. */
  maxPer100Words: number;
  /** Words not counted (regular-expression fragments, whole word): lexicalized nouns such as "rättigheter". */
  ignore?: string[];
  skipSections?: string[];
}

export const styleDensity = defineCheck<DensityData, 'document'>({
  meta: {
    id: 'style-density',
    description: 'Passiva verbformer (-s) eller nominalstil (-ning, -het, -else, -tion) per mening och per 100 ord.',
    defaultSeverity: 'info',
    schema: {
      required: ['measure', 'maxPerSentence', 'maxPer100Words'],
      properties: {
        measure: { enum: ['passive', 'nominal'] },
        maxPerSentence: { type: 'integer', minimum: 1 },
        maxPer100Words: { type: 'number', minimum: 0 },
        ignore: { type: 'array', items: { type: 'string', minLength: 1, regexFragment: true } },
        skipSections: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
    },
    // The main message (`message`): one sentence.
    messages: { document: '{count} förekomster, {rate} per 100 ord (gräns {max})' },
  },
  create(rule) {
    const data = rule.data;
    const ignored = data.ignore?.length ? new RegExp(`^(?:${data.ignore.join('|')})$`, 'iu') : null;
    return (doc, ctx) => {
      const findings: Finding[] = [];
      let total = 0;
      let wordCount = 0;
      for (const sentence of proseSentences(doc, ctx.sections, data.skipSections)) {
        const style = sentenceStyle(sentence.text, sentence.start);
        const hits: WordToken[] = (data.measure === 'passive' ? style.passives : style.nominals).filter((h) => !ignored?.test(h.text));
        total += hits.length;
        wordCount += style.words.length;
        if (hits.length > data.maxPerSentence) {
          const forms = hits.map((h) => h.text).join(', ');
          findings.push(rule.finding(ctx, sentence.start, sentence.end, { values: { count: hits.length, max: data.maxPerSentence, forms } }));
        }
      }
      const rate = wordCount > 0 ? (100 * total) / wordCount : 0;
      if (rate > data.maxPer100Words) {
        const values = { rate: rate.toFixed(1), max: data.maxPer100Words, count: total, words: wordCount };
        findings.unshift(rule.finding(ctx, 0, 0, { messageId: 'document', values }));
      }
      return findings;
    };
  },
});
