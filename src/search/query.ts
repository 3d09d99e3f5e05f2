// Querying the passage index. Each query word is expanded the way the tagger matches lexicon terms
// (src/language's matcher over the index vocabulary): inflected forms and compounds that contain
// the word — "konsekvensanalys" also finds "barnkonsekvensanalysen". By default every word must
// occur (in one of its forms); "quoted phrases" must occur as a phrase.
import type { LanguageData } from '../language/data.js';
import { compileMatcher } from '../language/matcher.js';
import { defaultTerm } from '../lexicon/terms.js';
import type { CompoundMode, Span, TermSpec } from '../types.js';
import { parseRef, type SearchIndex } from './index.js';
import { indexedWords } from './lunr-sv.js';
import { makeSnippet, type Snippet } from './snippet.js';
import { placeInSource } from '../normalize/source-map.js';

export interface QueryWord {
  /** The word as typed. */
  text: string;
  /** Its own index term (Swedish stem). */
  term: string;
  /** Index terms of every form found in the corpus: inflections and compounds containing it. */
  alternatives: string[];
  /** Those of the alternatives that are only compounds containing the word: they weigh less. */
  compounds: string[];
  /** Those forms as written (lower case), for explanations. */
  forms: string[];
}

export interface ParsedQuery {
  words: QueryWord[];
  phrases: string[];
  /** Stop words left out of the query. */
  ignored: string[];
}

export interface SearchFilters {
  /** Administration IDs (or their last part, "kulturnamnden"): mentioned in the passage or authoring the document. */
  admin?: string[];
  /** Tag IDs: P1–P4, rights areas. */
  tag?: string[];
  /** Document types. */
  type?: string[];
  year?: number[];
}

export interface SearchOptions {
  filters?: SearchFilters;
  /** Hits returned, best first; default 20. */
  limit?: number;
  /** Any word may match instead of all. */
  any?: boolean;
  /** Snippet length in characters; default 220. */
  snippetChars?: number;
  /** How query words match inside compounds; default as lexicon terms (`any` from six letters). */
  compound?: CompoundMode;
  /** The swedish.yaml query words and phrases are matched with; default the bundled one. */
  language?: LanguageData;
}

export interface SearchHit {
  document: string;
  title: string | null;
  type: string;
  year: number | null;
  passage: string;
  section: string | null;
  sectionPath: string[];
  /** Page, line of a text file and paragraph of a DOCX of the first matched word (see SourcePlace). */
  page: number | null;
  line: number | null;
  paragraph: number | null;
  score: number;
  snippet: Snippet;
  tags: string[];
  administrations: string[];
}

export interface SearchResult {
  query: ParsedQuery;
  /** Passages that matched, before the limit. */
  total: number;
  hits: SearchHit[];
}

/** Compound forms weigh less than the word's own inflections. */
const COMPOUND_BOOST = 0.5;

export function parseQuery(query: string, index: SearchIndex, compound?: CompoundMode, language?: LanguageData): ParsedQuery {
  const phrases = [...query.matchAll(/"([^"]+)"/g)].map((m) => m[1].trim()).filter(Boolean);
  const words: Array<{ text: string; term: string }> = [];
  const ignored: string[] = [];
  for (const w of indexedWords(query.replace(/"/g, ' '))) {
    if (w.term === null) ignored.push(w.surface);
    else if (!words.some((x) => x.term === w.term)) words.push({ text: w.surface, term: w.term });
  }
  return { words: expand(words, index.vocabulary, compound, language), phrases, ignored };
}

/** Finds, in one pass of the matcher over the vocabulary, every indexed form of every query word. */
function expand(words: Array<{ text: string; term: string }>, vocabulary: Map<string, string>, compound?: CompoundMode, language?: LanguageData): QueryWord[] {
  const surfaces = [...vocabulary.keys()];
  const starts: number[] = [];
  let text = '';
  for (const s of surfaces) {
    starts.push(text.length);
    text += `${s}\n`;
  }
  const matcher = compileMatcher(
    words.map((w, i) => ({ key: String(i), term: searchTerm(w.text, compound) })),
    { negation: false, coordination: false, language },
  );
  const found = words.map((w) => ({ ...w, compounds: new Set<string>(), inflections: new Set([w.term]), forms: new Set<string>() }));
  for (const m of matcher.match(text)) {
    const surface = surfaces[lastAtOrBefore(starts, m.start)];
    const word = found[Number(m.key)];
    (m.via === 'word' ? word.inflections : word.compounds).add(vocabulary.get(surface)!);
    word.forms.add(surface);
  }
  return found.map((w) => ({
    text: w.text,
    term: w.term,
    alternatives: [...new Set([...w.inflections, ...w.compounds])],
    compounds: [...w.compounds].filter((t) => !w.inflections.has(t)),
    forms: [...w.forms].sort(),
  }));
}

/** A query word as a lexicon term: compound-aware like the tagger's defaults, never case-sensitive (the vocabulary is lower case). */
function searchTerm(word: string, compound?: CompoundMode): TermSpec {
  const base = defaultTerm(word);
  return { ...base, compound: compound ?? base.compound, caseSensitive: false };
}

function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult {
  const parsed = parseQuery(query, index, options.compound, options.language);
  if (parsed.words.length === 0) return { query: parsed, total: 0, hits: [] };
  const results = index.lunr.query((q) => {
    for (const word of parsed.words) {
      for (const alt of word.alternatives) q.term(alt, { usePipeline: false, boost: word.compounds.includes(alt) ? COMPOUND_BOOST : 1 });
    }
  });
  const phraseMatcher = parsed.phrases.length
    ? compileMatcher(
        parsed.phrases.map((p, i) => ({ key: String(i), term: defaultTerm(p) })),
        { negation: false, language: options.language },
      )
    : null;
  const accepts = filterFor(index, options.filters ?? {});
  const hits: SearchHit[] = [];
  for (const result of results) {
    const matched = new Set(Object.keys(result.matchData.metadata));
    const hasWord = (w: QueryWord) => w.alternatives.some((a) => matched.has(a));
    if (options.any ? !parsed.words.some(hasWord) : !parsed.words.every(hasWord)) continue;
    const [d, p] = parseRef(result.ref);
    if (!accepts(d, p)) continue;
    const passage = index.documents[d].passages[p];
    let spans: Span[] = indexedWords(passage.text)
      .filter((w) => w.term !== null && matched.has(w.term))
      .map((w) => ({ start: w.start, end: w.end }));
    if (phraseMatcher) {
      const phraseSpans = phraseMatcher.match(passage.text);
      if (new Set(phraseSpans.map((m) => m.key)).size < parsed.phrases.length) continue;
      spans = [...phraseSpans, ...spans.filter((s) => !phraseSpans.some((m) => m.start < s.end && s.start < m.end))];
    }
    const first = spans.reduce((min, s) => Math.min(min, s.start), spans.length > 0 ? Infinity : 0);
    hits.push(toHit(index, d, p, result.score, makeSnippet(passage.text, spans, options.snippetChars), first));
  }
  return { query: parsed, total: hits.length, hits: hits.slice(0, options.limit ?? 20) };
}

/** A hit; its page, line and DOCX paragraph are those of the first matched word (at `at` in the passage). */
function toHit(index: SearchIndex, d: number, p: number, score: number, snippet: Snippet, at: number): SearchHit {
  const doc = index.documents[d];
  const passage = doc.passages[p];
  const facets = index.facets[d]?.[p] ?? { tags: [], administrations: [] };
  return {
    document: doc.path,
    title: doc.metadata.title,
    type: doc.metadata.type,
    year: doc.metadata.year,
    passage: passage.id,
    section: passage.sectionPath.at(-1) ?? null,
    sectionPath: passage.sectionPath,
    ...placeInSource(doc.format, passage, at),
    score: Math.round(score * 1000) / 1000,
    snippet,
    tags: facets.tags,
    administrations: facets.administrations,
  };
}

/** Whether passage `p` of document `d` passes the filters. Values within one filter are alternatives. */
function filterFor(index: SearchIndex, filters: SearchFilters): (d: number, p: number) => boolean {
  const lower = (xs?: string[]) => (xs?.length ? xs.map((x) => x.toLowerCase()) : null);
  const admins = lower(filters.admin);
  const tags = lower(filters.tag);
  const types = lower(filters.type);
  const years = filters.year?.length ? filters.year : null;
  const isAdmin = (id: string | null) => id !== null && admins!.some((a) => id.toLowerCase() === a || id.toLowerCase().endsWith(`/${a}`));
  return (d, p) => {
    const meta = index.documents[d].metadata;
    const facets = index.facets[d]?.[p] ?? { tags: [], administrations: [] };
    if (types && !types.includes(meta.type)) return false;
    if (years && (meta.year === null || !years.includes(meta.year))) return false;
    if (tags && !facets.tags.some((t) => tags.includes(t.toLowerCase()))) return false;
    if (admins && !isAdmin(index.authors[d]) && !facets.administrations.some(isAdmin)) return false;
    return true;
  };
}
