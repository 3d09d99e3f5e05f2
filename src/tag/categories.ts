// Category tags of one passage: one run of the city's matcher over the passage text, then, per
// sentence, the rules that tell coverage from words that only look like it: exclusions, budget
// and procedure sentences, names of organs, and weak terms without a second cue.
import { applyExcludes } from '../lexicon/terms.js';
import { tokenize, type Tokens } from '../language/index.js';
import type { Evidence, Passage, Span, Tag, TermMatch } from '../types.js';
import type { CityLexicons, TagRules } from './context.js';
import { organNameSpans, type OrganNameRules } from './organ-names.js';
import { sentencePolarity, type PolarityRules } from './polarity.js';
import { hasAmountOf, kindCues, kindThresholds } from './sentence-kinds.js';

/**
 * Tags of `passage`, in order of their first evidence; offsets relative to the passage text.
 * Matches inside `names` (spans of administration names) are not evidence: "Kultur- och
 * fritidsnämnderna" names two committees and says nothing about culture. `tokens`, when given, are
 * `tokenize(passage.text)`.
 */
export function tagPassage(passage: Passage, city: CityLexicons, names: readonly Span[] = [], tokens?: Tokens, rules: TagRules = {}): Tag[] {
  const raw = tokens ? city.categoryMatcher.matchTokens(passage.text, tokens) : city.categoryMatcher.match(passage.text);
  if (raw.length === 0) return [];
  const sentences = relativeSentences(passage);
  let words = tokens ?? (rules.organs || rules.polarity ? tokenize(passage.text) : null);
  const allWords = () => (words ??= tokenize(passage.text));
  // Organ names are read only for a passage with a category match to check against them.
  let organSpans: readonly Span[] | undefined;
  const organs = () => (organSpans ??= rules.organs ? organNameSpans(allWords(), rules.organs) : []);
  const counted = countedMatches(applyExcludes(raw, sentences), sentences, city, names, organs, rules.organs, allWords);
  if (counted.length === 0) return [];
  const matches = rules.polarity ? withPolarity(counted, sentences, allWords(), rules.polarity) : counted;
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
 * - in a sentence of a kind (boilerplate.yaml `sentences`: budget, procurement, procedure …),
 *   only a category with as many different terms there as the kind asks, or none;
 * - none inside an administration's name, registered or not ("Jämställdhetsutskottet", "Rådet för
 *   funktionshinderfrågor"), unless the term is itself the organ word (pensionärsråd, P3);
 * - a weak match counts only with a strong match of its category in the sentence, or a weak one
 *   of another facet; then both are evidence.
 */
function countedMatches(
  matches: TermMatch[],
  sentences: Span[],
  city: CityLexicons,
  names: readonly Span[],
  organs: () => readonly Span[],
  rules: OrganNameRules | undefined,
  tokens: () => Tokens,
): TermMatch[] {
  // Most passages match nothing: none of the sets and maps below made for them.
  if (matches.length === 0) return [];
  // Sentences are in order: a binary search keeps a long passage linear in its matches.
  const sentenceOf = (offset: number): number => Math.max(0, lastStartingAtOrBefore(sentences, offset));
  // Each sentence's tokens are read once per kind of amount, however many budget words it has:
  // by the kind's units (one array per kind, made once) and the sentence, no key string per question.
  let amounts: Map<string[][], Map<number, boolean>> | undefined;
  const hasAmount = (sentence: number, units: string[][]): boolean => {
    amounts ??= new Map();
    let bySentence = amounts.get(units);
    if (bySentence === undefined) amounts.set(units, (bySentence = new Map()));
    let found = bySentence.get(sentence);
    if (found === undefined) {
      const span = sentences[sentence] ?? { start: 0, end: Number.MAX_SAFE_INTEGER };
      const all = tokens();
      const first = firstTokenOf(all, span);
      const last = lastTokenAtOrBefore(all, span.end - 1);
      bySentence.set(sentence, (found = hasAmountOf(all, units, first, last + 1)));
    }
    return found;
  };
  const needed = kindThresholds(matches, sentenceOf, city.sentenceKinds, hasAmount);
  const isKindCue = kindCues(matches);
  // The candidates as parallel arrays, not an object each: most passages keep every one. A
  // candidate's sentence matters only in a sentence of a kind or beside weak terms (-1: not asked yet).
  const kept: TermMatch[] = [];
  const sentenceOfKept: number[] = [];
  const facets: (string | null)[] = [];
  let weak = false;
  for (const match of matches) {
    if (!city.categories.has(match.key)) continue;
    if (names.length > 0 && insideAny(match, names)) continue;
    const sentence = needed.size > 0 ? sentenceOf(match.start) : -1;
    if (needed.get(sentence) === Number.POSITIVE_INFINITY && !isKindCue(match)) continue;
    if (rules !== undefined && insideAny(match, organs()) && !rules.isOrganTerm(match.term)) continue;
    const facet = city.weakFacet(match.key, match.term);
    weak ||= facet !== null;
    kept.push(match);
    sentenceOfKept.push(sentence);
    facets.push(facet);
  }
  // Without weak matches and sentences of a kind (most passages) every candidate counts.
  if (!weak && needed.size === 0) return kept;
  // Per category and sentence: whether a strong match or two facets of weak ones are there.
  let counted = kept.map((_, k) => k);
  if (weak) {
    for (let k = 0; k < kept.length; k++) if (sentenceOfKept[k] < 0) sentenceOfKept[k] = sentenceOf(kept[k].start);
    // Category → sentence → the facets there (null: a strong match), by nested maps: no key string per match.
    const facetsBy = new Map<string, Map<number, Set<string | null>>>();
    for (let k = 0; k < kept.length; k++) {
      let bySentence = facetsBy.get(kept[k].key);
      if (bySentence === undefined) facetsBy.set(kept[k].key, (bySentence = new Map()));
      let set = bySentence.get(sentenceOfKept[k]);
      if (set === undefined) bySentence.set(sentenceOfKept[k], (set = new Set()));
      set.add(facets[k]);
    }
    counted = counted.filter((k) => {
      const set = facetsBy.get(kept[k].key)!.get(sentenceOfKept[k])!;
      return set.has(null) || set.size >= 2;
    });
  }
  if (needed.size === 0) return counted.length === kept.length ? kept : counted.map((k) => kept[k]);
  // In a sentence of a kind: the different terms of each category there.
  const terms = new Map<string, Set<string>>();
  for (const k of counted) {
    if (!needed.has(sentenceOfKept[k])) continue;
    const id = `${kept[k].key}\u0000${sentenceOfKept[k]}`;
    terms.set(id, (terms.get(id) ?? new Set()).add(kept[k].term));
  }
  return counted
    .filter((k) => {
      const sentence = sentenceOfKept[k];
      return !needed.has(sentence) || terms.get(`${kept[k].key}\u0000${sentence}`)!.size >= needed.get(sentence)! || isKindCue(kept[k]);
    })
    .map((k) => kept[k]);
}

/** Whether `match` lies inside one of `spans`. A loop, not `some`: asked for every match, and a closure per match was garbage. */
function insideAny(match: TermMatch, spans: readonly Span[]): boolean {
  for (let k = 0; k < spans.length; k++) if (spans[k].start <= match.start && match.end <= spans[k].end) return true;
  return false;
}

/** Matches with the negation of their sentence: all negated in a dismissal, none in an affirmation. */
function withPolarity(matches: TermMatch[], sentences: Span[], tokens: Tokens, rules: PolarityRules): TermMatch[] {
  const spans = sentences.length > 0 ? sentences : [{ start: 0, end: Number.MAX_SAFE_INTEGER }];
  // Only the sentences with matches are read, each once: linear in the passage.
  const polarity = new Map<number, ReturnType<typeof sentencePolarity>>();
  return matches.map((m) => {
    const i = lastStartingAtOrBefore(spans, m.start);
    let p = polarity.get(i);
    if (p === undefined) {
      const first = firstTokenOf(tokens, spans[i]);
      polarity.set(i, (p = sentencePolarity(tokens, first, spans[i], rules)));
    }
    if (p === 'dismissed' && !m.negated) return { ...m, negated: true };
    if (p === 'affirmed' && m.negated) return { ...m, negated: false };
    return m;
  });
}

/** Index of a sentence's first token (tokens in order): the one after the last that starts before it. */
function firstTokenOf(tokens: Tokens, sentence: Span): number {
  return lastTokenAtOrBefore(tokens, sentence.start - 1) + 1;
}

/** Index of the last token starting at or before `offset`, or -1. */
function lastTokenAtOrBefore(tokens: Tokens, offset: number): number {
  let low = -1;
  let high = tokens.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (tokens.start(mid) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Index of the last span starting at or before `offset` (spans in order), or -1. */
function lastStartingAtOrBefore(spans: readonly { start: number }[], offset: number): number {
  let low = -1;
  let high = spans.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (spans[mid].start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The passage's sentences as offsets into its own text; none means one sentence. */
function relativeSentences(passage: Passage): Span[] {
  return passage.sentences.map((s) => ({ start: s.start - passage.start, end: s.end - passage.start }));
}
