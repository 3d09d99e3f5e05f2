// Category tags of one passage: one run of the city's matcher over the passage text, then, per
// sentence, the rules that tell coverage from words that only look like it: exclusions, budget
// and procedure sentences, names of organs, and weak terms without a second cue.
import { applyExcludes } from '../lexicon/terms.js';
import type { Token } from '../language/index.js';
import type { Evidence, Passage, Span, Tag, TermMatch } from '../types.js';
import { BOILERPLATE_SENTENCE_PREFIX } from './category-matcher.js';
import type { CityLexicons } from './context.js';
import { organNameSpans, type OrganNameRules } from './organ-names.js';

/** The facet every match inside an organ's name has: two such names do not confirm each other. */
const ORGAN_FACET = '\u0000organ';

/**
 * Tags of `passage`, in order of their first evidence; offsets relative to the passage text.
 * Matches inside `names` (spans of administration names) are not evidence: "Kultur- och
 * fritidsnämnderna" names two committees and says nothing about culture. `tokens`, when given, are
 * `tokenize(passage.text)`.
 */
export function tagPassage(passage: Passage, city: CityLexicons, names: readonly Span[] = [], tokens?: readonly Token[], organs?: OrganNameRules): Tag[] {
  const raw = tokens ? city.categoryMatcher.matchTokens(passage.text, tokens) : city.categoryMatcher.match(passage.text);
  if (raw.length === 0) return [];
  const sentences = relativeSentences(passage);
  const organSpans = organs && tokens ? organNameSpans(tokens, organs) : [];
  const matches = countedMatches(applyExcludes(raw, sentences), sentences, city, names, organSpans, organs);
  const byCategory = new Map<string, TermMatch[]>();
  for (const match of matches) {
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

/**
 * The matches that count, sentence by sentence:
 * - none in a sentence about budget or meeting procedure (boilerplate.yaml `sentences`);
 * - none inside a registered administration's name;
 * - one inside an unregistered organ's name ("Jämställdhetsutskottet", "Rådet för
 *   funktionshinderfrågor") is weak, unless the term is itself the organ word (pensionärsråd);
 * - a weak match counts only with a strong match of its category in the sentence, or a weak one
 *   of another facet; then both are evidence.
 */
function countedMatches(
  matches: TermMatch[],
  sentences: Span[],
  city: CityLexicons,
  names: readonly Span[],
  organs: readonly Span[],
  rules: OrganNameRules | undefined,
): TermMatch[] {
  const sentenceOf = (offset: number): number => {
    const i = sentences.findIndex((s) => offset >= s.start && offset < s.end);
    return i < 0 ? 0 : i;
  };
  const procedural = new Set(matches.filter((m) => m.key.startsWith(BOILERPLATE_SENTENCE_PREFIX)).map((m) => sentenceOf(m.start)));
  const candidates: Array<{ match: TermMatch; sentence: number; facet: string | null }> = [];
  for (const match of matches) {
    if (!city.categories.has(match.key)) continue;
    if (names.some((n) => n.start <= match.start && match.end <= n.end)) continue;
    const sentence = sentenceOf(match.start);
    if (procedural.has(sentence)) continue;
    const inOrgan = organs.some((o) => o.start <= match.start && match.end <= o.end);
    const facet = inOrgan && !rules?.isOrganTerm(match.term) ? ORGAN_FACET : city.weakFacet(match.key, match.term);
    candidates.push({ match, sentence, facet });
  }
  // Per category and sentence: whether a strong match or two facets of weak ones are there.
  const facets = new Map<string, Set<string | null>>();
  for (const c of candidates) {
    const id = `${c.match.key}\u0000${c.sentence}`;
    const set = facets.get(id) ?? new Set();
    set.add(c.facet);
    facets.set(id, set);
  }
  return candidates
    .filter((c) => {
      const set = facets.get(`${c.match.key}\u0000${c.sentence}`)!;
      return set.has(null) || set.size >= 2;
    })
    .map((c) => c.match);
}

/** The passage's sentences as offsets into its own text; none means one sentence. */
function relativeSentences(passage: Passage): Span[] {
  return passage.sentences.map((s) => ({ start: s.start - passage.start, end: s.end - passage.start }));
}
