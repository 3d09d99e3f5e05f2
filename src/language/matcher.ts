/**
 * The Swedish matching engine: finds lexicon terms in text across inflection, compounds and
 * coordinated compounds, and marks the ones a negation governs.
 *
 * Algorithm (one pass, linear in the text; cost per token does not grow with the lexicon):
 * 1. `tokenize` the text (tokenize.ts).
 * 2. Single-word terms: each distinct word is analysed once and cached (compound.ts): its stem
 *    is looked up among term stems (inflection: kulturnämnderna = kulturnämnd); every split point
 *    of the word is looked up as head (barn|konsekvensanalysen) and as modifier (barnrätts|arbetet)
 *    — O(word length) hash look-ups, independent of the number of terms.
 * 3. Multi-word terms (and single tokens that are not words: case numbers) live in a trie keyed
 *    by token stems: from each token the trie is walked as far as the text follows it, so the
 *    cost is bounded by the longest term, not by their number.
 * 4. Coordinations (coordination.ts) are expanded and the expansions analysed like words, with
 *    `via: 'coordination'` and the conjunct's span ("barnrätts-"). A multi-word term that spans
 *    the whole coordination ("arbetsmarknads- och socialnämnden") wins: it is not expanded.
 * 5. Negation (negation.ts): two linear passes per text give every token's scope; each match
 *    then reads its first and last token.
 *
 * Inflection: a word matches a term when their stems (stem.ts) are equal and the word keeps all
 * but two of the term's letters (natural merges `rätt` and `rättighet`), and is not a participle
 * of it (`rådande` ≠ råd). With `inflectPhrases`, each word of a multi-word term also reaches the
 * trie by the stems of its adjective forms (inflection.ts): "särskilda boenden" = särskilt boende.
 *
 * Boundary rules for compounds (numbers in lexicons/language/swedish.yaml):
 * - terms shorter than 4 letters match whole words only (`val` ≠ kvalitet, förvaltningen;
 *   `kön` ≠ könsidentitet, sökönskan; `ras` ≠ deras, trasig) unless the entry sets `shortCompound`;
 * - both sides of a split have ≥ 3 letters and a vowel (`jämlikhet` ≠ o|jämlikhet);
 * - a head begins with the term as written, or with its stem if that stem has ≥ 4 letters and
 *   lacks at most two of the term's (`samer`/"sam" ≠ verk|samheter, `judar`/"jud" ≠ erb|juda);
 * - a head of ≤ 5 letters after a verb particle is a verb (`rätt` ≠ upp|rätta);
 * - a modifier is the term as written, + linking s/e, with a final a/e dropped or made o, or its
 *   stem when the term is written inflected (kulturnämnden → kulturnämnds-);
 * - a hyphen is an explicit boundary: each part of `HBTQIA+-perspektiven` is a word, any length,
 *   any compound mode;
 * - `rätt` is ambiguous (right / correct): give it mode `head` (barn|rätt, allemans|rätten), not
 *   `any` (rätt|vis, rätts|säkra);
 * - a compound match spans the whole token, so KWIC shows the word as written.
 *
 * Overlap policy: matches of the same key that overlap collapse to the longest (then word over
 * compound over coordination, then the longer term); matches of different keys are all kept, so
 * a passage can be both P1 and barnratt, and "arbetsmarknads- och socialnämnden" (key A) is kept
 * with any term of key B inside it. `dropNested` (overlap.ts) lets the caller resolve the latter.
 */
import type { TermMatch, TermSpec } from '../types.js';
import { caseMatches, WordIndex, type TermRef, type WordHit } from './compound.js';
import { expandCoordination, findCoordinations, type Coordination, type SplitChooser } from './coordination.js';
import { languageData, type LanguageData } from './data.js';
import { irregularForms, phraseWordForms, type IrregularForms } from './inflection.js';
import { compileNegation, GOVERNS_END, GOVERNS_START, hasBlankLine, negationClass, negationScope } from './negation.js';
import { collapse, type Candidate } from './overlap.js';
import { stem } from './stem.js';
import { tokenize, type Token, type Tokens } from './tokenize.js';
import { WordBytes, WordMemo } from './word-ids.js';
import { BoundedMap } from '../util/bounded-map.js';

export { dropNested } from './overlap.js';

export interface MatcherEntry {
  key: string;
  term: TermSpec;
  /** Let a term shorter than 4 letters match inside closed compounds (`kön` in könsöverskridande). */
  shortCompound?: boolean;
}

export interface MatcherOptions {
  /** Mark matches governed by negation or hedging (default true). */
  negation?: boolean;
  /** Expand coordinated compounds (default true). */
  coordination?: boolean;
  /** Language data, for tokens, compounds, coordination and negation; default the bundled swedish.yaml. */
  language?: LanguageData;
  /**
   * Let the words of multi-word terms take adjective inflection too ("särskilt boende" finds
   * "särskilda boenden"; inflection.ts). Default false: names of organs stand as written.
   */
  inflectPhrases?: boolean;
}

export interface Matcher {
  match(text: string): TermMatch[];
  /**
   * `match(text)` with the text's tokens already made (`tokenize(text)`): a caller that runs
   * several matchers over one passage tokenizes it once.
   */
  matchTokens(text: string, tokens: Tokens): TermMatch[];
  /**
   * Whether token `i` can take part in a match at all (a single-word hit, the start of a
   * multi-word term, or a conjunct), known once per word number: a caller that walks tokens for
   * several reasons can skip the rest of its work on a token that cannot.
   */
  mayStart(tokens: Tokens, i: number): boolean;
  /** Number of distinct terms compiled. */
  readonly size: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /**
   * `next` by the keys' numbers (`keyNumbers`), for the walk: a look-up by a small integer costs less
   * than by a string, which is hashed and, on a hit, compared character by character with the trie's copy.
   */
  byNumber: Map<number, TrieNode>;
  refs: TermRef[];
  /** Some child is keyed by a verb particle's stem: only then can a particle after a gap continue the node. */
  byParticle: boolean;
}

interface WordInfo {
  key: string;
  start: TrieNode | undefined;
  /** The key's number when it is a child of some node below the root, else -1: a trie walk stops at this token without a look-up. */
  continues: number;
  hits: readonly WordHit[];
  /** negationClass of the word. */
  negation: number;
}

const NO_HITS: readonly WordHit[] = [];

const VOWEL = /[aeiouyåäöéü]/;
const CACHE_LIMIT = 200_000;
const PIECE = 1 << 15;

/** The key a token has in the multi-word trie: its stem, or its text for conjuncts and symbols. */
const trieKey = (t: Token) => (t.kind === 'word' && !t.trailingHyphen ? stem(t.norm) : t.norm);
/** `trieKey` of a word token that may be a conjunct. */
const wordKey = (norm: string, trailingHyphen: boolean) => (trailingHyphen ? norm : stem(norm));

interface ParticleGap {
  words: ReadonlySet<string>;
  maxWords: number;
}

/**
 * A verb and its particle with adverbs between ("följer varje termin upp" = följa upp): the
 * particle within `maxWords` words after the verb, no punctuation between, that continues the
 * trie from the verb's node. Returns its token and node, or null.
 */
function particleAfterGap(tokens: Tokens, from: number, node: TrieNode, gap: ParticleGap): { at: number; node: TrieNode } | null {
  if (!node.byParticle) return null;
  for (let k = from; k < tokens.length && k <= from + gap.maxWords; k++) {
    if (!tokens.isWord(k)) return null;
    const norm = tokens.norm(k);
    if (!gap.words.has(norm)) continue;
    const next = node.next.get(stem(norm));
    return next === undefined ? null : { at: k, node: next };
  }
  return null;
}

/** Sets `byParticle` on every node of the trie under `node` with a child keyed by one of `stems`. */
function markParticleNodes(node: TrieNode, stems: ReadonlySet<string>): void {
  for (const [key, child] of node.next) {
    if (stems.has(key)) node.byParticle = true;
    markParticleNodes(child, stems);
  }
}

/** Numbers every key of the trie under `node` (in `numbers`) and fills the nodes' `byNumber`. */
function numberKeys(node: TrieNode, numbers: Map<string, number>): void {
  for (const [key, child] of node.next) {
    let number = numbers.get(key);
    if (number === undefined) numbers.set(key, (number = numbers.size));
    node.byNumber.set(number, child);
    numberKeys(child, numbers);
  }
}

/** The distinct stems of a term word's phrase forms: the keys text tokens may reach it by. */
const phraseKeys = (word: string, irregular: IrregularForms) => [...new Set(phraseWordForms(word, irregular).map(stem))];

export function compileMatcher(entries: MatcherEntry[], options: MatcherOptions = {}): Matcher {
  const data = options.language ?? languageData();
  const negation = options.negation === false ? null : compileNegation(data.negation);
  const irregular = options.inflectPhrases === true ? irregularForms(data.inflection?.irregular ?? []) : null;
  const gaps =
    options.inflectPhrases === true && data.inflection?.particleGap
      ? { ...data.inflection.particleGap, words: new Set(data.inflection.particleGap.particles) }
      : null;
  const singles: TermRef[] = [];
  const root: TrieNode = { next: new Map(), byNumber: new Map(), refs: [], byParticle: false };
  const seen = new Set<string>();
  for (const entry of entries) {
    const text = entry.term.text.trim();
    const id = `${entry.key}\u0000${text}\u0000${entry.term.compound}\u0000${entry.term.caseSensitive}`;
    if (text === '' || seen.has(id)) continue;
    seen.add(id);
    const tokens = tokenize(text, data).toArray();
    const single = tokens.length === 1 && tokens[0].kind === 'word' && !tokens[0].trailingHyphen;
    const ref: TermRef = {
      id: seen.size,
      key: entry.key,
      term: entry.term,
      shortCompound: entry.shortCompound === true,
      words: tokens.map((t) => t.norm),
      surface: tokens.map((t) => t.text),
      letters: single ? tokens[0].norm.length : 0,
    };
    if (single) {
      singles.push(ref);
      continue;
    }
    // Each word's trie keys: its stem, and with phrase inflection the stems of all its forms.
    const keys = tokens.map((t) => (irregular !== null && t.kind === 'word' && !t.trailingHyphen ? phraseKeys(t.norm, irregular) : [trieKey(t)]));
    let nodes = [root];
    for (const alternatives of keys) {
      const next: TrieNode[] = [];
      for (const node of nodes) {
        for (const key of alternatives) {
          let child = node.next.get(key);
          if (!child) node.next.set(key, (child = { next: new Map(), byNumber: new Map(), refs: [], byParticle: false }));
          if (!next.includes(child)) next.push(child);
        }
      }
      nodes = next;
    }
    for (const node of nodes) node.refs.push(ref);
  }
  if (gaps !== null) markParticleNodes(root, new Set([...gaps.words].map(stem)));
  const keyNumbers = new Map<string, number>();
  for (const child of root.next.values()) numberKeys(child, keyNumbers);
  const index = new WordIndex(singles, data.compound);

  /** The split whose expansions are terms (2 per conjunct), else the longest head term (1). */
  const chooseSplit: SplitChooser = (last, conjuncts) => {
    let best: number | null = null;
    let bestScore = 0;
    for (let k = 1; k <= last.length - 3; k++) {
      if (!VOWEL.test(last.slice(k))) continue;
      let score = 0;
      for (const c of conjuncts) if (index.isWholeTerm(c + last.slice(k))) score += 2;
      if (score === 0 && index.isHeadAt(last, k)) score = 1;
      if (score > bestScore) [best, bestScore] = [k, score];
    }
    return best;
  };

  /** Per distinct word form: its trie key, the trie node it starts, its single-word hits. */
  const words = new WordMemo<WordInfo>();
  function wordInfo(tokens: Tokens, i: number): WordInfo {
    const word = tokens.word(i);
    let info = words.get(word);
    if (info === undefined) {
      const norm = tokens.norm(i);
      const hyphen = tokens.trailingHyphen(i);
      const key = wordKey(norm, hyphen);
      const hits = index.analyze(hyphen ? norm.slice(0, -1) : norm);
      info = {
        key,
        start: root.next.get(key),
        continues: keyNumbers.get(key) ?? -1,
        hits,
        negation: negation === null ? 0 : negationClass(tokens, i, negation),
      };
      words.set(word, info);
    }
    return info;
  }
  /**
   * The same for numbers, case numbers and punctuation, which have no single-word hits: their
   * norms never equal each other's (a number starts with a digit, a case number with a letter,
   * punctuation is one other character), but may a word's ("stk-2023-138"), hence a memo of their own.
   */
  const symbols = new WordMemo<WordInfo>();
  function symbolInfo(tokens: Tokens, i: number): WordInfo {
    const word = tokens.word(i);
    let info = symbols.get(word);
    if (info === undefined) {
      const key = tokens.norm(i);
      const negated = tokens.isPunct(i) && negation !== null ? negationClass(tokens, i, negation) : 0;
      info = { key, start: root.next.get(key), continues: keyNumbers.get(key) ?? -1, hits: NO_HITS, negation: negated };
      symbols.set(word, info);
    }
    return info;
  }
  /**
   * Per word number, whether a token of it can take part in a match: a single-word hit, a trie
   * start, or a conjunct (a coordination's expansions may match); one byte for it as a word and
   * one as a symbol. 0 until known, ACTIVE when it can, else QUIET with its negation class in the
   * low bits (classes fit in 7 bits), which is all the match loop needs of such a token: most
   * tokens are quiet, and a byte from a typed array costs less than reading the word's WordInfo.
   * A passage none of whose tokens can match is answered without the match loop: most passages
   * name no registered name and no external body.
   */
  const wordStates = new WordBytes();
  const symbolStates = new WordBytes();
  const ACTIVE = 1;
  const QUIET = 128;
  function stateOf(tokens: Tokens, i: number, isWord: boolean): number {
    const word = tokens.word(i);
    const states = isWord ? wordStates : symbolStates;
    let state = states.get(word);
    if (state === 0) {
      const info = isWord ? wordInfo(tokens, i) : symbolInfo(tokens, i);
      const active = info.hits.length > 0 || info.start !== undefined || (isWord && tokens.trailingHyphen(i));
      state = active ? ACTIVE : QUIET | info.negation;
      states.set(word, state);
    }
    return state;
  }
  function mayMatch(tokens: Tokens): boolean {
    for (let i = 0; i < tokens.length; i++) if (stateOf(tokens, i, tokens.isWord(i)) === ACTIVE) return true;
    return false;
  }

  const splits = new BoundedMap<string, number | null>(CACHE_LIMIT);
  const cachedSplit: SplitChooser = (last, conjuncts) => {
    const id = `${conjuncts.join('|')}|${last}`;
    let split = splits.get(id);
    if (split === undefined) {
      split = chooseSplit(last, conjuncts);
      splits.set(id, split);
    }
    return split;
  };

  // Per-token scratch, grown as needed: CONJUNCT marks coordination conjuncts, the rest is the
  // token's negation class (saves negationScope a look-up per token).
  let scratch = new Uint8Array(1024);
  const CONJUNCT = 128;
  /** The negation scope of the passage at hand, read before the next (`negationScope`'s `into`). */
  let scopeScratch = new Uint8Array(1024);

  /**
   * A long text is matched in pieces of about PIECE characters cut at blank lines, which no match,
   * clause or coordination crosses, so the result is the same; the tokens of a whole document at
   * once would cost more in garbage collection than the matching itself.
   */
  function match(text: string): TermMatch[] {
    if (text.length <= 2 * PIECE) return matchPiece(text);
    const matches: TermMatch[] = [];
    const blankLine = /\n[^\S\n]*\n/g;
    for (let start = 0; start < text.length;) {
      blankLine.lastIndex = start + PIECE;
      const cut = text.length - start > 2 * PIECE ? blankLine.exec(text) : null;
      const end = cut === null ? text.length : cut.index + 1;
      for (const m of matchPiece(text.slice(start, end))) {
        m.start += start;
        m.end += start;
        matches.push(m);
      }
      start = end;
    }
    return matches;
  }

  function matchPiece(text: string, tokens: Tokens = tokenize(text, data)): TermMatch[] {
    if (!mayMatch(tokens)) return [];
    const found: Candidate[] = [];
    // Coordinations are looked for at the first word ending in a hyphen, which every conjunct
    // does: most passages have none, and are not scanned for them.
    let coordinations: Coordination[] | null = null;
    if (scratch.length < tokens.length) scratch = new Uint8Array(2 * tokens.length);
    // Each token's mark is written when the loop reaches it, so it needs no clearing before.
    const marks = scratch;
    for (let i = 0; i < tokens.length; i++) {
      const isWord = tokens.isWord(i);
      const state = stateOf(tokens, i, isWord);
      if (state !== ACTIVE) {
        // No hit, no trie start, no conjunct: only its negation class is wanted.
        marks[i] = state & ~QUIET;
        continue;
      }
      let node: TrieNode | undefined;
      if (isWord) {
        const info = wordInfo(tokens, i);
        node = info.start;
        if (coordinations === null && tokens.trailingHyphen(i) && options.coordination !== false) {
          coordinations = findCoordinations(tokens, data.coordination, text);
          marks.fill(0, i, tokens.length);
          for (const c of coordinations) for (const k of c.conjuncts) marks[k] = CONJUNCT;
        }
        const conjunct = coordinations !== null && marks[i] === CONJUNCT;
        marks[i] = info.negation;
        if (!conjunct) {
          for (let h = 0; h < info.hits.length; h++) {
            const hit = info.hits[h];
            if (!hit.ref.term.caseSensitive || caseMatches(hit.ref, tokens, i, hit.via === 'word'))
              found.push({ ref: hit.ref, first: i, last: i, via: hit.via, dropped: false });
          }
        }
      } else {
        const info = symbolInfo(tokens, i);
        node = info.start;
        marks[i] = info.negation;
      }
      let gapped = false;
      for (let j = i; node !== undefined;) {
        for (let r = 0; r < node.refs.length; r++) {
          const ref = node.refs[r];
          if (gapped ? !ref.term.caseSensitive : caseMatches(ref, tokens, i)) found.push({ ref, first: i, last: j, via: 'word', dropped: false });
        }
        if (++j >= tokens.length || node.byNumber.size === 0) break;
        // A blank line takes two characters between the tokens: most gaps are one space.
        const gap = tokens.end(j - 1);
        if (tokens.start(j) - gap >= 2 && hasBlankLine(text, gap, tokens.start(j))) break;
        const nextInfo = tokens.isWord(j) ? wordInfo(tokens, j) : symbolInfo(tokens, j);
        const child: TrieNode | undefined = nextInfo.continues >= 0 ? node.byNumber.get(nextInfo.continues) : undefined;
        if (child === undefined && gaps !== null && j === i + 1 && isWord) {
          const particle = particleAfterGap(tokens, j, node, gaps);
          if (particle !== null) {
            [j, node, gapped] = [particle.at, particle.node, true];
            continue;
          }
        }
        node = child;
      }
    }
    // A coordination inside a multi-word term ("arbetsmarknads- och socialnämnden") is not expanded.
    // The trie's matches are in `found` in order of their first token, as are the coordinations, so
    // one sweep gives at each coordination how far a multi-word term starting at or before it reaches.
    const trieFound = found.length;
    let p = 0;
    let reach = -1;
    for (const c of coordinations ?? []) {
      for (; p < trieFound && found[p].first <= c.conjuncts[0]; p++) if (found[p].ref.letters === 0 && found[p].last > reach) reach = found[p].last;
      if (reach >= c.last) continue;
      const expansions = expandCoordination(tokens, c, cachedSplit);
      for (const [k, token] of c.conjuncts.entries()) {
        const word = expansions ? expansions[k].word : tokens.norm(token).slice(0, -1);
        for (const hit of index.analyze(word)) {
          if (caseMatches(hit.ref, tokens, token, false)) found.push({ ref: hit.ref, first: token, last: token, via: 'coordination', dropped: false });
        }
      }
    }
    if (scopeScratch.length < tokens.length) scopeScratch = new Uint8Array(2 * tokens.length);
    const scope = negation !== null && found.length > 0 ? negationScope(text, tokens, negation, marks, scopeScratch) : null;
    return collapse(found).map((m) => {
      const start = tokens.start(m.first);
      const end = tokens.end(m.last);
      const negated = scope !== null && ((scope[m.first] & GOVERNS_START) !== 0 || (scope[m.last] & GOVERNS_END) !== 0);
      return { key: m.ref.key, term: m.ref.term.text, start, end, text: text.slice(start, end), negated, via: m.via };
    });
  }

  const mayStart = (tokens: Tokens, i: number) => stateOf(tokens, i, tokens.isWord(i)) === ACTIVE;

  return { match, matchTokens: matchPiece, mayStart, size: seen.size };
}
