// `mrkoll lexicon eval`: the lexicons measured against sentences a person annotated (which rights
// areas and principles each one covers, and which it considers and dismisses). Precision, recall
// and F1 per category, how dismissals were read, and what was found instead of what was missed.
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
  /** Those of `expect` the sentence considers and dismisses. */
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

export interface CategoryScore extends Scores {
  id: string;
  kind: 'principle' | 'area';
  /** Sentences that expect the category (tp + fn). */
  n: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface EvalReport {
  sentences: number;
  /** Sentences that expect nothing. */
  negatives: number;
  categories: CategoryScore[];
  /** Expected categories the lexicons do not have for the sentence's city: not scored. */
  notLoaded: Array<{ id: string; sentences: number }>;
  micro: { areas: Scores; principles: Scores };
  /** Of the areas sentences cover (not dismissed), the share found. */
  areaRecall: number | null;
  /** Of the sentences about nothing, the share with no area as coverage (negated or boilerplate tags aside). */
  negativesUntagged: number | null;
  dismissals: {
    /** Annotated as considered and dismissed. */
    expected: number;
    /** Of those, found as negated or boilerplate. */
    found: number;
    /** Covered (not dismissed) but found only as negated or boilerplate. */
    coveredReadAsDismissed: number;
  };
  /** A missed category against each category found instead in the same sentence ("(inget)": none). */
  confusions: Array<{ expected: string; found: string; count: number }>;
  /** Sentences with a miss or a wrong category. */
  misses: Array<{ id: string; text: string; expect: string[]; found: string[]; dismissed: string[] }>;
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

/** Reads and checks an annotation file; throws `DataFileError` with every problem at file:line:col. */
export function readAnnotations(file: string): AnnotatedSentence[] {
  return parseAnnotations(readDataFile(file), file);
}

export function parseAnnotations(text: string, file: string): AnnotatedSentence[] {
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
  const dismissals = { expected: 0, found: 0, coveredReadAsDismissed: 0 };
  const misses: EvalReport['misses'] = [];
  let negatives = 0;
  let quietNegatives = 0;
  let areasCovered = 0;
  let areasFound = 0;
  for (const sentence of input.sentences) {
    const scope = input.scope(sentence.city);
    const inScope = new Map(scope.map((c) => [c.id, c.kind]));
    const tags = input.tag(sentence);
    const found = new Set(tags.map((t) => t.id).filter((id) => inScope.has(id)));
    const dismissed = new Set(tags.filter((t) => t.negated || t.boilerplate).map((t) => t.id));
    const expected = new Set(sentence.expect.filter((id) => inScope.has(id)));
    const negated = new Set(sentence.negated ?? []);
    for (const id of sentence.expect) if (!inScope.has(id)) notLoaded.set(id, (notLoaded.get(id) ?? 0) + 1);
    for (const c of scope) {
      let score = per.get(c.id);
      if (!score) per.set(c.id, (score = { id: c.id, kind: c.kind, n: 0, tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null }));
      if (expected.has(c.id) && found.has(c.id)) score.tp++;
      else if (found.has(c.id)) score.fp++;
      else if (expected.has(c.id)) score.fn++;
    }
    const missed = [...expected].filter((id) => !found.has(id));
    const extra = [...found].filter((id) => !expected.has(id));
    for (const m of missed) for (const x of extra.length > 0 ? extra : ['(inget)']) bump(confusions, `${m}\u0000${x}`);
    if (missed.length > 0 || extra.length > 0) {
      misses.push({ id: sentence.id, text: sentence.text, expect: [...expected], found: [...found], dismissed: [...dismissed].filter((id) => found.has(id)) });
    }
    for (const id of expected) {
      if (negated.has(id)) {
        dismissals.expected++;
        if (dismissed.has(id)) dismissals.found++;
      } else if (dismissed.has(id)) dismissals.coveredReadAsDismissed++;
      if (inScope.get(id) === 'area' && !negated.has(id)) {
        areasCovered++;
        if (found.has(id)) areasFound++;
      }
    }
    if (sentence.expect.length === 0) {
      negatives++;
      if (![...found].some((id) => inScope.get(id) === 'area' && !dismissed.has(id))) quietNegatives++;
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
    dismissals,
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
