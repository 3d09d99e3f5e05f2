// `mrkoll lexicon suggest`: candidate terms for one category, mined from a corpus for a person to
// review. The sentences where a strong term of the category stands are its sentences; every word
// and two-word phrase in them is tested against the rest of the corpus with Dunning's G² (the
// keyness of src/compare/keyness.ts), and those over-represented are ranked with their counts and
// two example sentences. Words the category already matches are left out. Nothing is added to a
// lexicon. The category's matches are passed in (the CLI gives the tagger's), so this module does
// not depend on src/tag.
import { logLikelihood } from '../util/log-likelihood.js';
import { stem, tokenize, type LanguageData, type Token, type Tokens } from '../language/index.js';
import { KEYNESS_STOP_WORDS } from '../language/stopwords.js';
import type { Document, Passage, Span } from '../types.js';

/** A match of the category in a passage, offsets into the passage text. */
export interface CategorySpan extends Span {
  /** A strong term: its sentence is one of the category's. */
  strong: boolean;
}

export interface SuggestInput {
  documents: readonly Document[];
  /** The category's matches in one passage, weak ones too: their words are not suggested. */
  matches: (doc: Document, passage: Passage, tokens: Tokens) => CategorySpan[];
  language?: LanguageData;
}

export interface SuggestOptions {
  /** Least occurrences in the category's sentences. Default 3. */
  minCount?: number;
  /** Least G². Default 6.63 (p < 0.01 at one degree of freedom). */
  minG2?: number;
  /** Most candidates listed. Default 30. */
  limit?: number;
}

export const DEFAULT_SUGGEST: Required<SuggestOptions> = { minCount: 3, minG2: 6.63, limit: 30 };

export interface Candidate {
  /** The most frequent surface form. */
  term: string;
  kind: 'word' | 'phrase';
  /** Occurrences in the category's sentences, and in the other sentences. */
  inCategory: number;
  elsewhere: number;
  g2: number;
  /** Up to two of the category's sentences it stands in, from different documents where there are. */
  examples: Array<{ document: string; text: string }>;
}

export interface Suggestions {
  documents: number;
  /** Sentences with a strong term of the category, and all the others. */
  sentences: { category: number; rest: number };
  candidates: Candidate[];
}

interface Tally {
  kind: 'word' | 'phrase';
  counts: [number, number];
  forms: Map<string, number>;
  examples: Array<{ document: string; text: string }>;
}

/** Longest example sentence shown, in characters. */
const EXAMPLE_LENGTH = 300;

export function suggestTerms(input: SuggestInput, options: SuggestOptions = {}): Suggestions {
  const { minCount, minG2, limit } = { ...DEFAULT_SUGGEST, ...options };
  const tallies = new Map<string, Tally>();
  // Running units counted in the category's sentences and elsewhere, words and phrases apart.
  const totals = { word: [0, 0], phrase: [0, 0] };
  const sentences = [0, 0];
  for (const doc of input.documents) {
    for (const passage of doc.passages) {
      const tokens = tokenize(passage.text, input.language);
      const matches = input.matches(doc, passage, tokens);
      // Tokens and sentences are both in order: one pass over the tokens.
      let k = 0;
      for (const sentence of sentenceSpans(passage)) {
        const side = matches.some((m) => m.strong && m.start >= sentence.start && m.start < sentence.end) ? 0 : 1;
        sentences[side]++;
        const text = passage.text.slice(sentence.start, sentence.end).trim();
        let previous: Token | null = null;
        for (; k < tokens.length && tokens.start(k) < sentence.end; k++) {
          const token = tokens.at(k);
          if (token.start < sentence.start) continue;
          const word = candidateWord(token, matches) ? token : null;
          if (word) add(tallies, totals, 'word', stem(word.norm), word.norm, side, doc, text);
          if (word && previous && adjacent(passage.text, previous, word)) {
            add(tallies, totals, 'phrase', `${stem(previous.norm)} ${stem(word.norm)}`, `${previous.norm} ${word.norm}`, side, doc, text);
          }
          previous = word;
        }
      }
    }
  }
  const candidates: Candidate[] = [];
  for (const tally of tallies.values()) {
    const [inCategory, elsewhere] = tally.counts;
    if (inCategory < minCount) continue;
    const total = totals[tally.kind];
    // Only what is more frequent in the category's sentences than elsewhere.
    if (total[1] > 0 && inCategory / total[0] <= elsewhere / total[1]) continue;
    const g2 = logLikelihood(tally.counts, total);
    if (g2 < minG2) continue;
    candidates.push({ term: mostFrequent(tally.forms), kind: tally.kind, inCategory, elsewhere, g2: Math.round(g2 * 100) / 100, examples: tally.examples });
  }
  candidates.sort((a, b) => b.g2 - a.g2 || b.inCategory - a.inCategory || a.term.localeCompare(b.term, 'sv'));
  return { documents: input.documents.length, sentences: { category: sentences[0], rest: sentences[1] }, candidates: candidates.slice(0, limit) };
}

/** A content word outside the category's own matches: no stop word, number or single letter. */
function candidateWord(token: Token, matches: readonly Span[]): boolean {
  if (token.kind !== 'word' || token.trailingHyphen) return false;
  const word = token.norm;
  if (word.length < 2 || /\d/.test(word) || KEYNESS_STOP_WORDS.has(word)) return false;
  return !matches.some((m) => m.start < token.end && token.start < m.end);
}

/** Two words with only spaces between them: a phrase, not words across a comma or a line break. */
const adjacent = (text: string, a: Token, b: Token) => /^[ \t]+$/.test(text.slice(a.end, b.start));

function add(
  tallies: Map<string, Tally>,
  totals: Record<'word' | 'phrase', number[]>,
  kind: Tally['kind'],
  key: string,
  form: string,
  side: number,
  doc: Document,
  text: string,
): void {
  const id = `${kind}:${key}`;
  let tally = tallies.get(id);
  if (!tally) tallies.set(id, (tally = { kind, counts: [0, 0], forms: new Map(), examples: [] }));
  tally.counts[side]++;
  totals[kind][side]++;
  if (side !== 0) return;
  tally.forms.set(form, (tally.forms.get(form) ?? 0) + 1);
  const example = { document: doc.path, text: text.length > EXAMPLE_LENGTH ? `${text.slice(0, EXAMPLE_LENGTH - 1)}…` : text };
  const { examples } = tally;
  if (examples.some((e) => e.text === example.text)) return;
  // A second example from another document replaces one from the same document.
  if (examples.length < 2) examples.push(example);
  else if (examples[0].document === examples[1].document && examples[0].document !== doc.path) examples[1] = example;
}

function mostFrequent(forms: Map<string, number>): string {
  let best = '';
  let count = -1;
  for (const [form, n] of forms) if (n > count || (n === count && form < best)) [best, count] = [form, n];
  return best;
}

/** The passage's sentences as offsets into its text; none means the whole passage. */
function sentenceSpans(passage: Passage): Span[] {
  if (passage.sentences.length === 0) return [{ start: 0, end: passage.text.length }];
  return passage.sentences.map((s) => ({ start: s.start - passage.start, end: s.end - passage.start }));
}
