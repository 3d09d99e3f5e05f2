// The coverage matrix of one view, gathered one document at a time: each credited passage is
// counted into its administration's row as it arrives, and only counts, a bounded number of
// quotes per cell (evidence-pool.ts) and the few quotes the gaps show are kept, so that analyze
// need not hold the corpus. `finish` makes the `Coverage` and what the gaps read.
import type { Lexicons, Tag, AnalysisDocument, TaggedPassage, Span, Evidence } from '../types.js';
import { administrationIndex, creditor, tagConcerns, type AdministrationInfo, type CreditOptions, type View } from '../corpus/credit.js';
import { NameTally } from '../corpus/administration-names.js';
import { evidenceOf, type EvidenceRef } from '../corpus/evidence.js';
import { attributionOf } from '../corpus/attribution.js';
import { detached, detachedRef } from '../corpus/detached.js';
import { CategorySeen, citiesOf, disambiguate, frameworksOf, notApplicable, round, type CategoryInfo, type Coverage, type CoverageRow } from './coverage.js';
import { answerReaderFor, type AnswerReader, noAnswers, type AnswerFacts } from './answers.js';
import { EvidencePool } from './evidence-pool.js';
import { AUTHOR_NAME_LATER, withAuthorName } from './author-name.js';
import type { ExpectedSet } from './expected.js';
import type { AnalysisRules } from './rules.js';

export interface AggregateOptions extends CreditOptions {
  view: View;
  quoteMaxChars?: number;
  /** Quotes kept per cell, counted and not counted each (default: all). */
  evidencePerCell?: number;
  /** Quotes kept for an administration's "nästan tyst" gap (default 3). */
  evidencePerGap?: number;
  /** Keep the passage's whole text with each quote (the HTML report shows it); default true. */
  passageText?: boolean;
  /** The answer rules, to gather what the question and depth gaps read; none without them. */
  rules?: AnalysisRules;
}

/** What the gaps read besides the coverage, per administration. */
export interface GapFacts {
  /** Each row's first credited passages, quoted at the administration's first mention. */
  firstPassages: Map<string, EvidenceRef[]>;
  answers: Map<string, AnswerFacts>;
}

interface CellFacts {
  passages: number;
  words: number;
  evidence: EvidencePool;
  notCounted: EvidencePool;
}

interface RowFacts {
  words: number;
  passages: number;
  tagged: number;
  documents: Set<string>;
  /** The number (in reading order) of the document last credited: its frameworks and city are in. */
  last: number;
  cells: Map<string, CellFacts>;
  frameworks: Set<string>;
  cities: Array<string | null>;
  first: EvidenceRef[];
  answers: AnswerFacts;
}

export class ViewAggregator {
  readonly view: View;
  private readonly rows = new Map<string, RowFacts>();
  private readonly broad = new Map<string, { passages: number; names: Set<string> }>();
  private readonly credit: ReturnType<typeof creditor>;
  private readonly maxChars: number;
  private readonly perCell: number;
  private readonly perGap: number;
  private readonly answers: AnswerReader | null;
  /** Documents added so far. */
  private read = 0;

  constructor(
    private readonly lexicons: Lexicons,
    private readonly options: AggregateOptions,
  ) {
    this.view = options.view;
    this.credit = creditor(options.view, options);
    this.maxChars = options.quoteMaxChars ?? 320;
    this.perCell = options.evidencePerCell ?? Infinity;
    this.perGap = options.evidencePerGap ?? 3;
    this.answers = options.rules ? answerReaderFor(options.rules) : null;
  }

  add(doc: AnalysisDocument): void {
    this.read++;
    const frameworks = frameworksOf(doc, this.lexicons).map((f) => f.id);
    const answer = this.answers?.isAnswer(doc) ?? false;
    this.credit(
      doc,
      (id, passage) => this.addPassage(doc, passage, id, frameworks, answer),
      (id, name) => {
        const b = this.broad.get(id) ?? this.broad.set(id, { passages: 0, names: new Set() }).get(id)!;
        b.passages++;
        if (!b.names.has(name)) b.names.add(detached(name));
      },
    );
  }

  private addPassage(doc: AnalysisDocument, passage: TaggedPassage, id: string, frameworks: string[], answer: boolean): void {
    let row = this.rows.get(id);
    if (!row) {
      row = {
        words: 0,
        passages: 0,
        tagged: 0,
        documents: new Set(),
        last: -1,
        cells: new Map(),
        frameworks: new Set(),
        cities: [],
        first: [],
        answers: noAnswers(),
      };
      this.rows.set(id, row);
    }
    // A document's passages arrive together.
    if (row.last !== this.read) {
      row.last = this.read;
      row.documents.add(doc.path);
      for (const f of frameworks) row.frameworks.add(f);
      if (!row.cities.includes(doc.metadata.city)) row.cities.push(doc.metadata.city);
    }
    row.words += passage.words;
    row.passages++;
    if (row.first.length < this.perGap) {
      const m = passage.mentions.find((x) => x.id === id && x.end > x.start);
      row.first.push(this.quote(doc, passage, id, m ? { start: m.start, end: m.end } : null, m?.start ?? 0));
    }
    if (answer)
      this.answers!.add(row.answers, doc, passage, (hit) => this.quote(doc, passage, id, hit ? { start: hit.start, end: hit.end } : null, hit?.start ?? 0));
    let counted = false;
    for (const tag of passage.tags) {
      if (this.view === 'mention' && !tagConcerns(passage, tag, id)) continue;
      let cell = row.cells.get(tag.id);
      if (!cell)
        row.cells.set(tag.id, (cell = { passages: 0, words: 0, evidence: new EvidencePool(this.perCell), notCounted: new EvidencePool(this.perCell) }));
      // The quote is made only if the pool keeps it, and the term it shows found only then.
      const rank = { document: doc.path, offset: passage.start, strength: distinctTerms(tag.evidence) };
      if (tag.negated || tag.boilerplate || passage.boilerplate !== null) {
        const note = tag.negated ? ('negated' as const) : ('boilerplate' as const);
        cell.notCounted.offer(rank, () => ({ ...this.tagQuote(doc, passage, tag, id), note }));
        continue;
      }
      cell.passages++;
      cell.words += passage.words;
      cell.evidence.offer(rank, () => this.tagQuote(doc, passage, tag, id));
      counted = true;
    }
    if (counted) row.tagged++;
  }

  /** The quote of a passage credited to `id` around `span`, copied out of the document, with what makes it count for `id`. */
  private quote(doc: AnalysisDocument, passage: TaggedPassage, id: string, span: Span | null, near: number, terms?: readonly Evidence[]): EvidenceRef {
    const attribution = attributionOf(doc, passage, id, AUTHOR_NAME_LATER, this.view, near);
    return detachedRef(evidenceOf(doc, passage, span, this.maxChars, { terms, attribution }), this.options.passageText ?? true);
  }

  /** A cell's quote: around the tag's term (by mention, one in a sentence that names `id`), with all its terms. */
  private tagQuote(doc: AnalysisDocument, passage: TaggedPassage, tag: Tag, id: string): EvidenceRef {
    const term = this.view === 'mention' ? termNaming(passage, tag, id) : tag.evidence[0];
    return this.quote(doc, passage, id, term ? { start: term.start, end: term.end } : null, term?.start ?? 0, tag.evidence);
  }

  /**
   * The coverage of every row that appeared and every expected one, named by `names` (what the
   * documents call the unregistered), with `categories` as its columns.
   */
  finish(expected: ExpectedSet, names: NameTally, categories: CategoryInfo[]): { coverage: Coverage; facts: GapFacts } {
    this.answers?.forget();
    const registered = administrationIndex(this.lexicons);
    const isExpected = new Set(expected.ids);
    const ids = new Set([...this.rows.keys(), ...expected.ids]);
    const info = names.describe(ids);
    const order = [...registered.keys()];
    const rank = (id: string) => (registered.has(id) ? order.indexOf(id) : order.length);
    const rows = [...ids]
      .map((id) => {
        const facts = this.rows.get(id);
        const row = buildRow(info.get(id)!, facts, isExpected.has(id), this.broad.get(id));
        row.notApplicable = notApplicable(id, facts?.frameworks ?? null, categories, this.lexicons);
        row.cities = citiesOf(id, facts?.cities ?? null, this.lexicons);
        return row;
      })
      .sort((a, b) => rank(a.id) - rank(b.id) || a.name.localeCompare(b.name, 'sv'));
    disambiguate(rows, this.lexicons);
    return { coverage: { view: this.view, categories, rows, expected }, facts: this.gapFacts() };
  }

  gapFacts(): GapFacts {
    const firstPassages = new Map([...this.rows].map(([id, r]) => [id, r.first]));
    const answers = new Map([...this.rows].map(([id, r]) => [id, r.answers]));
    return { firstPassages, answers };
  }
}

function buildRow(
  info: AdministrationInfo,
  facts: RowFacts | undefined,
  expected: boolean,
  broad: { passages: number; names: Set<string> } | undefined,
): CoverageRow {
  const words = facts?.words ?? 0;
  const cells: CoverageRow['cells'] = {};
  for (const [tag, c] of facts?.cells ?? []) {
    cells[tag] = {
      passages: c.passages,
      words: c.words,
      share: words > 0 ? round(c.words / words) : 0,
      // Quoted before the row's name was known: the name as the coverage gives it, before two cities' are told apart.
      evidence: withAuthorName(c.evidence.items(), info.name),
      notCounted: withAuthorName(c.notCounted.items(), info.name),
      notCountedTotal: c.notCounted.total,
    };
  }
  return {
    ...info,
    expected,
    words,
    passages: facts?.passages ?? 0,
    taggedPassages: facts?.tagged ?? 0,
    documents: [...(facts?.documents ?? [])],
    cells,
    notApplicable: [],
    cities: [],
    ...(broad && { groupOnly: { passages: broad.passages, names: [...broad.names] } }),
  };
}

/** How many different terms make the tag: a stronger quote has more. */
function distinctTerms(evidence: readonly Evidence[]): number {
  let n = 0;
  for (let i = 0; i < evidence.length; i++) {
    let j = 0;
    while (j < i && evidence[j].term !== evidence[i].term) j++;
    if (j === i) n++;
  }
  return n;
}

/** The tag's first term in a sentence that names `id`, else its first term: the quote then shows both. */
function termNaming(passage: TaggedPassage, tag: Tag, id: string): Tag['evidence'][number] | undefined {
  const named = passage.mentions.filter((m) => m.id === id && m.end > m.start);
  for (const s of passage.sentences) {
    const start = s.start - passage.start;
    const end = s.end - passage.start;
    if (!named.some((m) => m.start >= start && m.start < end)) continue;
    const term = tag.evidence.find((e) => e.start >= start && e.start < end);
    if (term) return term;
  }
  return tag.evidence[0];
}

export interface CoverageOptions extends CreditOptions {
  view: View;
  expected: ExpectedSet;
  quoteMaxChars?: number;
}

/** The coverage of documents already read, every quote kept. */
export function computeCoverage(docs: readonly AnalysisDocument[], lexicons: Lexicons, options: CoverageOptions): Coverage {
  const aggregator = new ViewAggregator(lexicons, options);
  const names = new NameTally(administrationIndex(lexicons));
  const categories = new CategorySeen(lexicons);
  for (const doc of docs) {
    aggregator.add(doc);
    names.add(doc);
    categories.add(doc);
  }
  return aggregator.finish(options.expected, names, categories.categories()).coverage;
}
