// `mrkoll lexicon eval`: the lexicons measured against sentences a person annotated (which rights
// areas and principles each one covers, and which it considers and dismisses). Precision, recall
// and F1 per category, how dismissals were read, and what was found instead of what was missed.
// One rule for dismissals, as analyze counts them (issue #14 item 6): a dismissed category is in
// `expect` and `negated`; the per-category scores are about coverage, so a negated or stock-text
// tag is not "found" there, and dismissals are scored on their own line (`negated`).
// The tagger is passed in (the CLI gives tagDocument), so this module does not depend on src/tag.
import { parseYaml, problemAt, sortProblems, type Problem } from '../data-files/problems.js';
import { compileSchema, readDataFile, schemaProblems, DataFileError } from '../data-files/validate.js';
import type { Document, Tag } from '../types.js';

export interface AnnotatedSentence {
  id: string;
  text: string;
  /** The municipality or region whose frameworks apply (lexicons/sweden/municipalities.yaml ID). */
  city?: string;
  genre?: string;
  /** Categories a careful analyst notes, dismissed ones included; [] = about none. */
  expect: string[];
  /** Those of `expect` the sentence considers and dismisses: no coverage, scored as `negated`. */
  negated?: string[];
  note?: string;
}

/** Which sentences to score: all, the development part, or the held-out part (every third sentence). */
export type Split = 'all' | 'dev' | 'test';
export const SPLITS: readonly Split[] = ['all', 'dev', 'test'];

/** A category the tagger can find for a sentence's city. */
export interface ScopeCategory {
  id: string;
  kind: 'principle' | 'area';
}

export interface EvalInput {
  sentences: AnnotatedSentence[];
  /** The tags of one sentence. */
  tag(sentence: AnnotatedSentence): Tag[];
  /** The categories the loaded lexicons have for a city. */
  scope(city: string | undefined): ScopeCategory[];
}

export interface Scores {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface Counts extends Scores {
  /** Expected (tp + fn). */
  n: number;
  tp: number;
  fp: number;
  fn: number;
}

/** Coverage of one category: expected = in `expect` and not `negated`; found = a tag neither negated nor stock text. */
export interface CategoryScore extends Counts {
  id: string;
  kind: 'principle' | 'area';
}

export interface EvalReport {
  sentences: number;
  /** Sentences that expect nothing. */
  negatives: number;
  categories: CategoryScore[];
  /** Expected categories the lexicons do not have for the sentence's city: not scored. */
  notLoaded: Array<{ id: string; sentences: number }>;
  micro: { areas: Scores; principles: Scores };
  /** Of the areas sentences cover (not dismissed), the share found as coverage. */
  areaRecall: number | null;
  /** Of the sentences about nothing, the share with no area as coverage (negated and stock-text tags are not). */
  negativesUntagged: number | null;
  /**
   * Dismissals, over (sentence, category) pairs: expected = annotated `negated`, found = a negated
   * tag of the category. `coveredReadAsNegated`: of the false ones, those the sentence covers.
   */
  negated: Counts & { coveredReadAsNegated: number };
  /** A missed category against each category found instead in the same sentence ("(inget)": none). */
  confusions: Array<{ expected: string; found: string; count: number }>;
  /** Sentences with a miss, a wrong category or a wrong dismissal: covered and dismissed, as annotated and as found. */
  misses: Array<{ id: string; text: string; expect: string[]; found: string[]; expectNegated: string[]; negated: string[] }>;
}

const text = { type: 'string', pattern: '\\S' };
const ids = { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true };
const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['sentences'],
  properties: {
    version: { const: 1 },
    sentences: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'text', 'expect'],
        properties: { id: text, text, city: text, genre: text, expect: ids, negated: ids, note: text },
      },
    },
  },
};

let validate: ReturnType<typeof compileSchema<{ sentences: AnnotatedSentence[] }>> | undefined;

/**
 * Reads and checks an annotation file; throws `DataFileError` with every problem at file:line:col.
 * With `isCity`, a sentence's city must be one it knows (a misspelt city would score the sentence
 * against the national principles without a word).
 */
export function readAnnotations(file: string, isCity?: (id: string) => boolean): AnnotatedSentence[] {
  return parseAnnotations(readDataFile(file), file, isCity);
}

export function parseAnnotations(text: string, file: string, isCity?: (id: string) => boolean): AnnotatedSentence[] {
  const { source, problems: syntax } = parseYaml(text, file);
  if (syntax.length > 0) throw new DataFileError(syntax);
  validate ??= compileSchema(schema);
  if (!validate(source.data)) throw new DataFileError(sortProblems(schemaProblems(source, validate.errors ?? [])));
  const sentences = source.data.sentences;
  const problems: Problem[] = [];
  const seen = new Set<string>();
  sentences.forEach((s, i) => {
    if (seen.has(s.id)) problems.push(problemAt(source, ['sentences', i, 'id'], `"${s.id}" finns redan`));
    seen.add(s.id);
    if (isCity && s.city !== undefined && !isCity(s.city)) problems.push(problemAt(source, ['sentences', i, 'city'], `okänd kommun "${s.city}"`));
    (s.negated ?? []).forEach((id, k) => {
      if (!s.expect.includes(id)) problems.push(problemAt(source, ['sentences', i, 'negated', k], `"${id}" saknas i expect`));
    });
  });
  if (problems.length > 0) throw new DataFileError(problems);
  return sentences;
}

/** The held-out part is every third sentence (the 3rd, 6th, …): spread over the file's sections. */
export function inSplit(index: number, split: Split): boolean {
  if (split === 'all') return true;
  return (index % 3 === 2) === (split === 'test');
}

/** One sentence as a one-passage, one-sentence document of its city. */
export function sentenceDocument(sentence: AnnotatedSentence): Document {
  const span = { start: 0, end: sentence.text.length };
  return {
    path: `${sentence.id}.txt`,
    format: 'txt',
    sha256: '0'.repeat(64),
    bytes: Buffer.byteLength(sentence.text),
    pageCount: null,
    metadata: { type: 'other', title: null, date: null, caseNumbers: [], city: sentence.city ?? null, year: null, author: null },
    text: sentence.text,
    passages: [{ id: 'p0001', kind: 'paragraph', sectionPath: [], page: null, line: 1, ...span, text: sentence.text, sentences: [span] }],
    footnotes: [],
    furniture: [],
    warnings: [],
  };
}

export function evaluate(input: EvalInput): EvalReport {
  const per = new Map<string, CategoryScore>();
  const notLoaded = new Map<string, number>();
  const confusions = new Map<string, number>();
  const negatedCounts = { tp: 0, fp: 0, fn: 0, coveredReadAsNegated: 0 };
  const misses: EvalReport['misses'] = [];
  let negatives = 0;
  let quietNegatives = 0;
  let areasCovered = 0;
  let areasFound = 0;
  for (const sentence of input.sentences) {
    const scope = input.scope(sentence.city);
    const inScope = new Map(scope.map((c) => [c.id, c.kind]));
    const tags = input.tag(sentence).filter((t) => inScope.has(t.id));
    // Coverage as analyze counts it: a tag that is neither negated nor stock text.
    const found = new Set(tags.filter((t) => !t.negated && !t.boilerplate).map((t) => t.id));
    const foundNegated = new Set(tags.filter((t) => t.negated && !found.has(t.id)).map((t) => t.id));
    const annotatedNegated = new Set((sentence.negated ?? []).filter((id) => inScope.has(id)));
    const expected = new Set(sentence.expect.filter((id) => inScope.has(id) && !annotatedNegated.has(id)));
    for (const id of sentence.expect) if (!inScope.has(id)) notLoaded.set(id, (notLoaded.get(id) ?? 0) + 1);
    for (const c of scope) {
      let score = per.get(c.id);
      if (!score) per.set(c.id, (score = { id: c.id, kind: c.kind, n: 0, tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null }));
      if (expected.has(c.id) && found.has(c.id)) score.tp++;
      else if (found.has(c.id)) score.fp++;
      else if (expected.has(c.id)) score.fn++;
      if (annotatedNegated.has(c.id) && foundNegated.has(c.id)) negatedCounts.tp++;
      else if (annotatedNegated.has(c.id)) negatedCounts.fn++;
      else if (foundNegated.has(c.id)) {
        negatedCounts.fp++;
        if (expected.has(c.id)) negatedCounts.coveredReadAsNegated++;
      }
    }
    const missed = [...expected].filter((id) => !found.has(id));
    const extra = [...found].filter((id) => !expected.has(id));
    const negatedWrong = [...new Set([...annotatedNegated, ...foundNegated])].some((id) => annotatedNegated.has(id) !== foundNegated.has(id));
    for (const m of missed) for (const x of extra.length > 0 ? extra : ['(inget)']) bump(confusions, `${m}\u0000${x}`);
    if (missed.length > 0 || extra.length > 0 || negatedWrong) {
      misses.push({
        id: sentence.id,
        text: sentence.text,
        expect: [...expected],
        found: [...found],
        expectNegated: [...annotatedNegated],
        negated: [...foundNegated],
      });
    }
    for (const id of expected) {
      if (inScope.get(id) === 'area') {
        areasCovered++;
        if (found.has(id)) areasFound++;
      }
    }
    if (sentence.expect.length === 0) {
      negatives++;
      if (![...found].some((id) => inScope.get(id) === 'area')) quietNegatives++;
    }
  }
  const categories = [...per.values()].map((c) => ({ ...c, n: c.tp + c.fn, ...scores(c) }));
  return {
    sentences: input.sentences.length,
    negatives,
    categories,
    notLoaded: [...notLoaded].map(([id, sentences]) => ({ id, sentences })).sort((a, b) => a.id.localeCompare(b.id)),
    micro: {
      areas: scores(total(categories.filter((c) => c.kind === 'area'))),
      principles: scores(total(categories.filter((c) => c.kind === 'principle'))),
    },
    areaRecall: areasCovered === 0 ? null : areasFound / areasCovered,
    negativesUntagged: negatives === 0 ? null : quietNegatives / negatives,
    negated: { ...negatedCounts, n: negatedCounts.tp + negatedCounts.fn, ...scores(negatedCounts) },
    confusions: [...confusions]
      .map(([pair, count]) => ({ expected: pair.split('\u0000')[0], found: pair.split('\u0000')[1], count }))
      .sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected) || a.found.localeCompare(b.found)),
    misses,
  };
}

function scores(c: { tp: number; fp: number; fn: number }): Scores {
  const precision = c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn);
  const f1 = precision === null || recall === null || precision + recall === 0 ? null : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function total(list: { tp: number; fp: number; fn: number }[]) {
  return list.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
