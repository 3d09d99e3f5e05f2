// lunr with lunr-languages' Swedish trimmer and Snowball stemmer, and a pruned stop-word list
// (see stopwords.ts: "inte", "ingen", "utan", "mot" stay searchable). lunr and lunr-languages are
// CommonJS plugins that patch one shared lunr object, so all three are loaded with require.
import { createRequire } from 'node:module';
import type LunrModule from 'lunr';
import { SEARCH_STOP_WORDS } from '../language/stopwords.js';

const require = createRequire(import.meta.url);

type Lunr = typeof LunrModule;
type SwedishSupport = { trimmer: LunrModule.PipelineFunction; stemmer: LunrModule.PipelineFunction };

export const lunr = require('lunr') as Lunr;
(require('lunr-languages/lunr.stemmer.support.js') as (l: Lunr) => void)(lunr);
(require('lunr-languages/lunr.sv.js') as (l: Lunr) => void)(lunr);
const sv = (lunr as unknown as { sv: SwedishSupport }).sv;

/** Registered under a label of its own, so a serialized index finds it again when loaded. */
const stopWordFilter = lunr.generateStopWordFilter([...SEARCH_STOP_WORDS]);
lunr.Pipeline.registerFunction(stopWordFilter, 'stopWordFilter-sv-mrkoll');

/** lunr plugin: the Swedish pipeline for indexing and for queries. */
export function swedish(this: LunrModule.Builder): void {
  this.pipeline.reset();
  this.pipeline.add(sv.trimmer, stopWordFilter, sv.stemmer);
  this.searchPipeline.reset();
  this.searchPipeline.add(sv.trimmer, sv.stemmer);
}

const trimOnly = new lunr.Pipeline();
trimOnly.add(sv.trimmer);
const indexing = new lunr.Pipeline();
indexing.add(sv.trimmer, stopWordFilter, sv.stemmer);

/** One word of a text as the index sees it. */
export interface IndexedWord {
  start: number;
  end: number;
  /** Lower-cased and trimmed of punctuation, as the reader wrote it. */
  surface: string;
  /** The term stored in the index, or null for a stop word. */
  term: string | null;
}

/** The words of `text` with their offsets and index terms, by lunr's own tokenizer and pipeline. */
export function indexedWords(text: string): IndexedWord[] {
  const out: IndexedWord[] = [];
  for (const token of lunr.tokenizer(text)) {
    const meta = (token as unknown as { metadata: { position: [number, number] } }).metadata;
    const [start, length] = meta.position;
    const surface = trimOnly.run([token.clone()])[0]?.toString() ?? '';
    if (surface === '') continue;
    const term = indexing.run([token.clone()])[0]?.toString() ?? null;
    // The trimmer drops leading and trailing punctuation; narrow the offsets to the word itself.
    const offset = text.toLowerCase().indexOf(surface, start);
    const from = offset >= start && offset < start + length ? offset : start;
    out.push({ start: from, end: from + surface.length, surface, term });
  }
  return out;
}

/** The index term of a single query word (trimmed and stemmed, stop words kept). */
export function queryTerm(word: string): string {
  return lunr.Pipeline.load(['trimmer-sv', 'stemmer-sv']).runString(word.toLowerCase())[0] ?? '';
}
