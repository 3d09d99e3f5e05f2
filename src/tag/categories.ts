// Category tags of one passage: one run of the city's matcher over the passage text, exclusions
// applied per sentence, matches grouped into one tag per category.
import { applyExcludes } from '../lexicon/terms.js';
import type { Token } from '../language/index.js';
import type { Evidence, Passage, Span, Tag, TermMatch } from '../types.js';
import type { CityLexicons } from './context.js';

/**
 * Tags of `passage`, in order of their first evidence; offsets relative to the passage text.
 * Matches inside `names` (spans of administration names) are not evidence: "Kultur- och
 * fritidsnämnderna" names two committees and says nothing about culture. `tokens`, when given, are
 * `tokenize(passage.text)`.
 */
export function tagPassage(passage: Passage, city: CityLexicons, names: readonly Span[] = [], tokens?: readonly Token[]): Tag[] {
  const raw = tokens ? city.categoryMatcher.matchTokens(passage.text, tokens) : city.categoryMatcher.match(passage.text);
  if (raw.length === 0) return [];
  const matches = applyExcludes(raw, relativeSentences(passage));
  const byCategory = new Map<string, TermMatch[]>();
  for (const match of matches) {
    if (!city.categories.has(match.key)) continue;
    if (names.some((n) => n.start <= match.start && match.end <= n.end)) continue;
    const list = byCategory.get(match.key);
    if (list) list.push(match);
    else byCategory.set(match.key, [match]);
  }
  const tags: Tag[] = [];
  for (const [id, list] of byCategory) {
    // The matcher already collapses overlapping matches of one key, so each match is one piece.
    const evidence = list.map((m): Evidence => ({ term: m.term, start: m.start, end: m.end, text: m.text, negated: m.negated }));
    tags.push({
      id,
      kind: city.categories.get(id)!.kind,
      negated: evidence.every((e) => e.negated),
      // Set by `tagDocument`, which sees the passages around this one.
      boilerplate: false,
      evidence,
    });
  }
  return tags.sort((a, b) => a.evidence[0].start - b.evidence[0].start);
}

/** The passage's sentences as offsets into its own text; none means one sentence. */
function relativeSentences(passage: Passage): Span[] {
  return passage.sentences.map((s) => ({ start: s.start - passage.start, end: s.end - passage.start }));
}
