// The plain pass the tagger is judged against, in the tagger's own language: one Aho–Corasick
// automaton over the lexicon's lower-cased literal terms, run once over the lower-cased text. It
// counts every occurrence (overlapping ones too) and knows nothing of words, stems or compounds:
// the least work any matcher over these terms must do in JavaScript.
import { readFileSync, statSync } from 'node:fs';
import { MB, cpuMs, rate } from './measure/spec.js';

export class AhoCorasick {
  /** Code unit → symbol; 0 for every code unit no term contains. */
  private readonly symbols = new Uint16Array(0x10000);
  private readonly alphabet: number;
  /** Dense transitions, `state * alphabet + symbol`: a lookup per code unit, no failure walk. */
  private readonly next: Int32Array;
  /** Terms ending at each state, its failure chain's included. */
  private readonly outputs: Int32Array;

  constructor(terms: readonly string[]) {
    let alphabet = 1;
    for (const term of terms) for (let i = 0; i < term.length; i++) if (this.symbols[term.charCodeAt(i)] === 0) this.symbols[term.charCodeAt(i)] = alphabet++;
    this.alphabet = alphabet;
    // The trie first, with -1 for a missing edge.
    const trie: number[][] = [new Array<number>(alphabet).fill(-1)];
    const ends = [0];
    for (const term of terms) {
      let state = 0;
      for (let i = 0; i < term.length; i++) {
        const symbol = this.symbols[term.charCodeAt(i)];
        if (trie[state][symbol] === -1) {
          trie[state][symbol] = trie.length;
          trie.push(new Array<number>(alphabet).fill(-1));
          ends.push(0);
        }
        state = trie[state][symbol];
      }
      if (term.length > 0) ends[state]++;
    }
    // Breadth first, filling each missing edge with the failure state's edge (the standard
    // construction of the automaton's full transition table).
    this.next = new Int32Array(trie.length * alphabet);
    this.outputs = Int32Array.from(ends);
    const failure = new Int32Array(trie.length);
    const queue: number[] = [];
    for (let s = 0; s < alphabet; s++) {
      const child = trie[0][s];
      this.next[s] = child === -1 ? 0 : child;
      if (child > 0) queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      this.outputs[state] += this.outputs[failure[state]];
      for (let s = 0; s < alphabet; s++) {
        const child = trie[state][s];
        const fallback = this.next[failure[state] * alphabet + s];
        if (child === -1) this.next[state * alphabet + s] = fallback;
        else {
          this.next[state * alphabet + s] = child;
          failure[child] = fallback;
          queue.push(child);
        }
      }
    }
  }

  /** Occurrences of the terms in `text`, which must be lower-cased as the terms are. */
  count(text: string): number {
    const { symbols, next, outputs, alphabet } = this;
    let state = 0;
    let found = 0;
    for (let i = 0; i < text.length; i++) {
      state = next[state * alphabet + symbols[text.charCodeAt(i)]];
      found += outputs[state];
    }
    return found;
  }
}

export interface AhoCorasickBaseline {
  command: string;
  textMb: number;
  terms: number;
  matches: number;
  /** The best of a few passes (lower-casing the text and matching), once the JIT is warm. */
  cpuMs: number;
  mbPerS: number;
}

/** The automaton over `terms`, timed over `textFile` (read and built outside the timing). */
export function ahoCorasickBaseline(terms: readonly string[], textFile: string, passes = 5): AhoCorasickBaseline {
  const text = readFileSync(textFile, 'utf8');
  const textMb = statSync(textFile).size / MB;
  const automaton = new AhoCorasick(terms);
  let best = Infinity;
  let matches = 0;
  for (let pass = 0; pass < passes; pass++) {
    const started = cpuMs();
    matches = automaton.count(text.toLowerCase());
    best = Math.min(best, cpuMs() - started);
  }
  return {
    command: 'Aho–Corasick in JavaScript (src/bench/aho-corasick.ts), text lower-cased',
    textMb: Math.round(textMb * 1000) / 1000,
    terms: terms.length,
    matches,
    cpuMs: Math.round(best),
    mbPerS: rate(textMb, Math.max(1, best)),
  };
}
