// Names the draft writes otherwise than the corpus given with `review --corpus` (and the city's
// registry) write them: `mrkoll names` run over the corpus and the drafts together (the CLI does
// that once, src/cli/review-corpus.ts), and every form it reports as a variant, a possible wrong
// name or a misspelling that stands in this draft is flagged where it stands. Forms the
// administration-spelling rule already flags (the registry's known misspellings and near misses)
// are left to it.
import { variantKey, type NameGroup, type NameVariant } from '../../names/index.js';
import { compareOrganNames } from '../../names/organ-forms.js';
import { escapeRegExp } from '../../util/regexp.js';
import { defineCheck } from '../define-check.js';
import type { Finding, ReviewContext } from '../types.js';
import type { Document, TaggedDocument } from '../../types.js';

type CorpusNamesData = Record<string, never>;

/** What each reported status is called in the message. */
const FORM_WORDS: Partial<Record<NameVariant['status'], string>> = {
  variant: 'annan form av namnet',
  'known-misspelling': 'känd felstavning',
  possible: 'möjligen fel namn eller stavfel',
  misspelling: 'trolig felstavning',
  abbreviation: 'förkortning som inte förklaras här',
};

export const corpusNames = defineCheck<CorpusNamesData, 'possible' | 'abbreviation'>({
  meta: {
    id: 'corpus-names',
    description: 'Namn och ord som korpusen (--corpus) eller stadens register skriver på ett annat sätt.',
    defaultSeverity: 'warning',
    schema: { properties: {} },
    messages: { possible: null, abbreviation: null },
  },
  create: (rule) => (doc, ctx) => {
    if (!ctx.names) return [];
    const findings: Finding[] = [];
    const taken: Array<{ start: number; end: number }> = [];
    const add = (start: number, end: number, group: NameGroup, variant: NameVariant) => {
      if (taken.some((s) => start < s.end && end > s.start)) return;
      taken.push({ start, end });
      const messageId = variant.status === 'possible' ? 'possible' : variant.status === 'abbreviation' ? 'abbreviation' : undefined;
      // A slip in the name ("Kommunstyrelssen") is grouped under its organ like any other form; it is still a slip.
      const slip = group.kind === 'administration' && variant.status === 'variant' && compareOrganNames(variant.text, group.canonical) === 'near';
      const values = {
        expected: group.canonical,
        form: slip ? 'stavfel i namnet' : (FORM_WORDS[variant.status] ?? variant.status),
        count: total(group, variant),
      };
      findings.push(rule.finding(ctx, start, end, { messageId, values, expected: group.canonical }));
    };
    for (const group of ctx.names) {
      const flagged = group.variants.filter((v) => v.documents.includes(doc.path) && isFlagged(group, v, ctx));
      if (flagged.length === 0) continue;
      if (group.kind === 'administration') {
        for (const { start, end, variant } of organPlaces(ctx.tagged, group, flagged)) add(start, end, group, variant);
        // A bare abbreviation is nobody's to the draft's own attribution: names found it in the corpus.
        for (const variant of flagged.filter((v) => v.status === 'abbreviation')) {
          for (const { start, end } of wordPlaces(doc, variant.text, true)) add(start, end, group, variant);
        }
      } else if (group.kind === 'spelling') {
        for (const variant of flagged) for (const { start, end } of wordPlaces(doc, variant.text)) add(start, end, group, variant);
      }
    }
    return findings.sort((a, b) => a.start - b.start);
  },
});

/** How often the corpus writes the canonical form: the evidence in the message. */
function total(group: NameGroup, variant: NameVariant): number {
  return group.variants.filter((v) => v !== variant && (v.status === 'canonical' || v.status === 'alias')).reduce((n, v) => n + v.count, 0);
}

/** A form to act on: not the canonical or another correct one, and not one administration-spelling flags. */
function isFlagged(group: NameGroup, v: NameVariant, ctx: ReviewContext): boolean {
  if (!(v.status in FORM_WORDS)) return false;
  const registered = group.kind === 'administration' && !group.unregistered && ctx.registry !== null;
  return !(registered && (v.status === 'known-misspelling' || v.status === 'possible'));
}

/** Where the tagged draft names the group's organ in one of the flagged forms (same key as `names` groups by). */
function organPlaces(tagged: TaggedDocument | null, group: NameGroup, flagged: NameVariant[]) {
  const byKey = new Map(flagged.map((v) => [variantKey(v.text), v]));
  const places: Array<{ start: number; end: number; variant: NameVariant }> = [];
  for (const passage of tagged?.passages ?? []) {
    for (const m of passage.mentions) {
      if (m.via !== 'explicit' || m.end <= m.start) continue;
      const variant = byKey.get(variantKey(passage.text.slice(m.start, m.end)));
      if (variant) places.push({ start: passage.start + m.start, end: passage.start + m.end, variant });
    }
  }
  return places;
}

/** Whole-word occurrences of `text` in the draft, the first letter in either case unless `exact`. */
function wordPlaces(doc: Document, text: string, exact = false) {
  const first = text.charAt(0);
  const rest = escapeRegExp(text.slice(1)).replace(/\s+/g, '\\s+');
  const head = exact ? escapeRegExp(first) : `[${escapeRegExp(first.toLocaleUpperCase('sv') + first.toLocaleLowerCase('sv'))}]`;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${head}${rest}(?![\\p{L}\\p{N}])`, 'gu');
  return [...doc.text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
