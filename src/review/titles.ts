// Where the lexicons' titles (concept groups of kind 'title': the policy's canonical title and its
// known misquotations) stand in a text, and which quoted passages look like a title.
import type { ConceptGroup } from '../types.js';
import { memoizeByObject } from '../util/memo.js';
import { escapeRegExp } from '../util/regexp.js';
import { allMatches, wordPattern } from './patterns.js';

export interface TitleOccurrence {
  group: ConceptGroup;
  start: number;
  end: number;
  text: string;
  /** True when the text is the preferred wording. */
  canonical: boolean;
}

/** Each title group's preferred form and variants, compiled once per lexicon's concept groups. */
const titlePatterns = memoizeByObject((groups: readonly ConceptGroup[]) =>
  groups
    .filter((g) => g.kind === 'title')
    .flatMap((group) => [
      { group, canonical: true, pattern: wordPattern([escapeRegExp(group.preferred)]) },
      ...group.variants.map((v) => ({ group, canonical: false, pattern: wordPattern([escapeRegExp(v)]) })),
    ]),
);

/** Occurrences of every title group's preferred form and variants, longest first where they overlap. */
export function findTitles(text: string, groups: readonly ConceptGroup[]): TitleOccurrence[] {
  const found: TitleOccurrence[] = [];
  for (const { group, canonical, pattern } of titlePatterns(groups)) {
    for (const m of allMatches(pattern, text)) found.push({ group, ...m, canonical });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((o, i) => !found.slice(0, i).some((p) => p.start <= o.start && p.end >= o.end));
}

/** Text between quotation marks (”…”, “…”, "…", »…«, «…»), without the marks; at most 300 characters. */
export function quotedSpans(text: string): Array<{ start: number; end: number; text: string }> {
  const spans: Array<{ start: number; end: number; text: string }> = [];
  for (const m of text.matchAll(/[”“"»«]([^”“"»«\n]{10,300}(?:\n[^”“"»«\n]{1,300}){0,2})[”“"»«]/gu)) {
    const start = m.index + 1;
    spans.push({ start, end: start + m[1].length, text: m[1] });
  }
  return spans;
}

/** Similarity in [0, 1] of two phrases, by word-level edit distance over their lower-cased words. */
export function phraseSimilarity(a: string, b: string): number {
  const x = a.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const y = b.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (x.length === 0 || y.length === 0) return 0;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return 1 - previous[y.length] / Math.max(x.length, y.length);
}
