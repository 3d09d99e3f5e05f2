// Titles and terms in the wording the lexicons prefer. Concept groups of kind 'title' hold a
// policy's canonical title and its known misquotations; any of those variants, or a quoted
// passage nearly but not exactly like a canonical title, is reported. Groups of kind 'concept'
// (barnrättsspår, not barnrättspår) are reported the same way without the quotation test.
import { escapeRegExp } from '../../util/regexp.js';
import { findingAt } from '../findings.js';
import { allMatches, wordPattern } from '../patterns.js';
import { findTitles, phraseSimilarity, quotedSpans } from '../titles.js';
import type { Finding, ReviewCheck } from '../types.js';

interface LexiconWordingData {
  conceptKind: 'title' | 'concept';
  /** Quoted text at least this similar to a canonical title (word edit distance) is a misquote. */
  minSimilarity?: number;
}

export const lexiconWording: ReviewCheck = {
  meta: {
    id: 'lexicon-wording',
    description: 'Titlar och begrepp i lexikonens föredragna lydelse (begreppsgrupper).',
    defaultSeverity: 'warning',
    schema: {
      required: ['conceptKind'],
      properties: {
        conceptKind: { enum: ['title', 'concept'] },
        minSimilarity: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
      },
    },
  },
  check(doc, ctx, rule) {
    const data = rule.data as unknown as LexiconWordingData;
    const findings: Finding[] = [];
    if (data.conceptKind === 'title') {
      const titles = findTitles(doc.text, ctx.concepts);
      for (const t of titles.filter((o) => !o.canonical)) {
        findings.push(findingAt(ctx.lines, rule, t.start, t.end, rule.message, { expected: t.group.preferred }, t.group.preferred));
      }
      const min = data.minSimilarity ?? 0.75;
      for (const quote of quotedSpans(doc.text)) {
        if (titles.some((t) => t.start < quote.end && t.end > quote.start)) continue;
        const best = ctx.concepts
          .filter((g) => g.kind === 'title')
          .map((g) => ({ g, similarity: phraseSimilarity(quote.text, g.preferred) }))
          .sort((a, b) => b.similarity - a.similarity)[0];
        if (best && best.similarity >= min && best.similarity < 1) {
          findings.push(findingAt(ctx.lines, rule, quote.start, quote.end, rule.message, { expected: best.g.preferred }, best.g.preferred));
        }
      }
    } else {
      for (const group of ctx.concepts.filter((g) => g.kind === 'concept')) {
        for (const variant of group.variants) {
          // Long lower-case words inflect (barnrättspåret); abbreviations and phrases do not.
          const inflects = /^\p{Ll}{6,}$/u.test(variant);
          const pattern = wordPattern([`${escapeRegExp(variant)}${inflects ? '\\p{L}{0,4}' : ''}`], !/\p{Lu}/u.test(variant.slice(1)));
          for (const m of allMatches(pattern, doc.text)) {
            // An inflecting variant must not match the preferred form itself plus an ending.
            if (inflects && m.text.toLowerCase().startsWith(group.preferred.toLowerCase())) continue;
            findings.push(findingAt(ctx.lines, rule, m.start, m.end, rule.message, { expected: group.preferred }, group.preferred));
          }
        }
      }
    }
    // Variants differing only in case (HBTQ, hbtq) or by a suffix (HBTQIA, HBTQIA+) find the
    // same words: keep the longest match at each place.
    findings.sort((a, b) => a.start - b.start || b.end - a.end);
    return findings.filter((f, i) => i === 0 || f.start !== findings[i - 1].start);
  },
};
