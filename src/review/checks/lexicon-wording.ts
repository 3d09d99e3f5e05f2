// Titles and terms in the wording the lexicons prefer. Concept groups of kind 'title' hold a
// policy's canonical title and its known misquotations; any of those variants, or a quoted
// passage nearly but not exactly like a canonical title, is reported. Groups of kind 'concept'
// (barnrättsspår, not barnrättspår) are reported the same way without the quotation test.
import type { ConceptGroup, Document } from '../../types.js';
import { memoizeByObject } from '../../util/memo.js';
import { escapeRegExp } from '../../util/regexp.js';
import { defineCheck } from '../define-check.js';
import { allMatches, wordPattern } from '../patterns.js';
import { findTitles, phraseSimilarity, quotedSpans } from '../titles.js';
import type { Finding, ReviewContext, RuleContext } from '../types.js';

interface LexiconWordingData {
  conceptKind: 'title' | 'concept';
  /** Quoted text at least this similar to a canonical title (word edit distance) is a misquote. */
  minSimilarity?: number;
}

type LexiconWordingRule = RuleContext<LexiconWordingData, never>;

export const lexiconWording = defineCheck<LexiconWordingData>({
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
    messages: {},
  },
  create(rule) {
    const min = rule.data.minSimilarity ?? 0.75;
    return (doc, ctx) => {
      const findings = rule.data.conceptKind === 'title' ? titleFindings(doc, ctx, rule, min) : conceptFindings(doc, ctx, rule);
      // Variants differing only in case (HBTQ, hbtq) or by a suffix (HBTQIA, HBTQIA+) find the
      // same words: keep the longest match at each place.
      findings.sort((a, b) => a.start - b.start || b.end - a.end);
      return findings.filter((f, i) => i === 0 || f.start !== findings[i - 1].start);
    };
  },
});

function titleFindings(doc: Document, ctx: ReviewContext, rule: LexiconWordingRule, min: number): Finding[] {
  const findings: Finding[] = [];
  const titles = findTitles(doc.text, ctx.concepts);
  for (const t of titles.filter((o) => !o.canonical)) {
    findings.push(rule.finding(ctx, t.start, t.end, { values: { expected: t.group.preferred }, expected: t.group.preferred }));
  }
  for (const quote of quotedSpans(doc.text)) {
    if (titles.some((t) => t.start < quote.end && t.end > quote.start)) continue;
    const best = ctx.concepts
      .filter((g) => g.kind === 'title')
      .map((g) => ({ g, similarity: phraseSimilarity(quote.text, g.preferred) }))
      .sort((a, b) => b.similarity - a.similarity)[0];
    if (best && best.similarity >= min && best.similarity < 1) {
      findings.push(rule.finding(ctx, quote.start, quote.end, { values: { expected: best.g.preferred }, expected: best.g.preferred }));
    }
  }
  return findings;
}

/** Each concept group's variants, compiled once per lexicon's concept groups. */
const variantPatterns = memoizeByObject((groups: readonly ConceptGroup[]) =>
  groups
    .filter((g) => g.kind === 'concept')
    .flatMap((group) =>
      group.variants.map((variant) => {
        // Long lower-case words inflect (barnrättspåret); abbreviations and phrases do not.
        const inflects = /^\p{Ll}{6,}$/u.test(variant);
        const pattern = wordPattern([`${escapeRegExp(variant)}${inflects ? '\\p{L}{0,4}' : ''}`], !/\p{Lu}/u.test(variant.slice(1)));
        return { group, inflects, pattern };
      }),
    ),
);

function conceptFindings(doc: Document, ctx: ReviewContext, rule: LexiconWordingRule): Finding[] {
  const findings: Finding[] = [];
  for (const { group, inflects, pattern } of variantPatterns(ctx.concepts)) {
    for (const m of allMatches(pattern, doc.text)) {
      // An inflecting variant must not match the preferred form itself plus an ending.
      if (inflects && m.text.toLowerCase().startsWith(group.preferred.toLowerCase())) continue;
      findings.push(rule.finding(ctx, m.start, m.end, { values: { expected: group.preferred }, expected: group.preferred }));
    }
  }
  return findings;
}
