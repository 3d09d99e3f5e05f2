// Gaps in what an answer says, read from the passages of answer documents (årsanalys, rapport):
// question 1 without question 2 or the reverse, passages that only point to existing processes,
// and answers without any results or follow-up language. What each row's passages say is
// gathered as the documents stream past (`AnswerReader`), the gaps found at the end.
import type { CoverageRow } from './coverage.js';
import type { Gap } from './gap.js';
import { compileCueLists, type CueListsMatcher, type CueMatch } from './cues.js';
import type { EvidenceRef } from '../corpus/evidence.js';
import { detached } from '../corpus/detached.js';
import type { AnalysisRules } from './rules.js';
import { withAuthorName } from './author-name.js';
import type { AnalysisDocument, TaggedPassage } from '../types.js';
import { list, num, plural } from '../util/swedish.js';

type CueList = 'q1' | 'q2' | 'process' | 'action' | 'result';

/** What one row's passages in answer documents say: counts, and the first few of each kind as evidence. */
export interface AnswerFacts {
  items: number;
  /** Passages that describe the work (a counted category or a question-1 cue), and the first few. */
  q1: number;
  q1Evidence: EvidenceRef[];
  /** Passages with a question-2 cue. */
  q2: number;
  q2Evidence: EvidenceRef[];
  /** Passages that point to a process without an action or a result, and their process cues, lower-cased. */
  shallow: number;
  shallowCues: Set<string>;
  shallowEvidence: EvidenceRef[];
  result: boolean;
}

export function noAnswers(): AnswerFacts {
  return { items: 0, q1: 0, q1Evidence: [], q2: 0, q2Evidence: [], shallow: 0, shallowCues: new Set(), shallowEvidence: [], result: false };
}

const readers = new WeakMap<AnalysisRules, AnswerReader>();

/** The reader of `rules`' cues, one for every view that reads with them: they read the same passages. */
export function answerReaderFor(rules: AnalysisRules): AnswerReader {
  let reader = readers.get(rules);
  if (!reader) readers.set(rules, (reader = new AnswerReader(rules)));
  return reader;
}

const hasCountedTag = (passage: TaggedPassage) => passage.boilerplate === null && passage.tags.some((t) => !t.negated && !t.boilerplate);

/** Reads the credited passages of answer documents into each row's `AnswerFacts`. */
export class AnswerReader {
  private readonly matcher: CueListsMatcher<CueList>;
  private readonly types: ReadonlySet<string>;
  private readonly perGap: number;
  /**
   * The matches of the passages of the document read last: a passage is read once per row it is
   * credited to, in each view. Only one document's, so that no other is kept.
   */
  private readonly seen = new Map<TaggedPassage, Record<CueList, readonly CueMatch[]>>();
  private seenIn: AnalysisDocument | null = null;

  constructor(rules: AnalysisRules) {
    this.matcher = compileCueLists({
      q1: rules.question.q1,
      q2: rules.question.q2,
      process: rules.depth.process,
      action: rules.depth.action,
      result: rules.depth.result,
    });
    this.types = new Set(rules.answerTypes);
    this.perGap = rules.thresholds.evidencePerGap;
  }

  isAnswer(doc: AnalysisDocument): boolean {
    return this.types.has(doc.metadata.type);
  }

  /** One passage of an answer document credited to the row; `quote` makes its evidence around a cue. */
  add(facts: AnswerFacts, doc: AnalysisDocument, passage: TaggedPassage, quote: (hit: CueMatch | undefined) => EvidenceRef): void {
    const m = this.matches(doc, passage);
    facts.items++;
    if (hasCountedTag(passage) || m.q1.length > 0) {
      facts.q1++;
      if (facts.q1Evidence.length < this.perGap) facts.q1Evidence.push(quote(m.q1[0]));
    }
    const q2 = m.q2[0];
    if (q2) {
      facts.q2++;
      if (facts.q2Evidence.length < this.perGap) facts.q2Evidence.push(quote(q2));
    }
    const process = m.process;
    if (process.length > 0 && m.action.length === 0 && m.result.length === 0) {
      facts.shallow++;
      for (const h of process) {
        const cue = h.text.toLocaleLowerCase('sv');
        if (!facts.shallowCues.has(cue)) facts.shallowCues.add(detached(cue));
      }
      if (facts.shallowEvidence.length < this.perGap) facts.shallowEvidence.push(quote(process[0]));
    }
    if (m.result.length > 0) facts.result = true;
  }

  /** Lets go of the last document's matches (the reader outlives the analysis with its rules). */
  forget(): void {
    this.seen.clear();
    this.seenIn = null;
  }

  private matches(doc: AnalysisDocument, passage: TaggedPassage): Record<CueList, readonly CueMatch[]> {
    if (doc !== this.seenIn) {
      this.seen.clear();
      this.seenIn = doc;
    }
    let found = this.seen.get(passage);
    if (!found) this.seen.set(passage, (found = this.matcher(passage.text)));
    return found;
  }
}

/** Question and depth gaps for each row that has passages in answer documents. */
export function answerGaps(rows: readonly CoverageRow[], answers: ReadonlyMap<string, AnswerFacts>, rules: AnalysisRules): Gap[] {
  const gaps: Gap[] = [];
  for (const row of rows) {
    const facts = answers.get(row.id);
    if (!facts || facts.items === 0) continue;
    const base = { administration: row.id, tag: null };
    const named = (refs: EvidenceRef[]) => withAuthorName(refs, row.name);

    if (facts.q1 > 0 && facts.q2 === 0) {
      gaps.push({
        ...base,
        kind: 'question',
        message:
          `${row.name}: texten beskriver arbetet (fråga 1, ${plural(facts.q1, 'stycke', 'stycken')}) men tar inte upp möjligheter eller utmaningar (fråga 2). ` +
          `Inget av orden ${list(rules.question.q2.slice(0, 5).map(show), 5)} förekommer.`,
        evidence: named(facts.q1Evidence),
      });
    } else if (facts.q2 > 0 && facts.q1 === 0) {
      gaps.push({
        ...base,
        kind: 'question',
        message: `${row.name}: texten tar upp möjligheter eller utmaningar (fråga 2) men beskriver inte hur arbetet bedrivs systematiskt (fråga 1).`,
        evidence: named(facts.q2Evidence),
      });
    }

    if (facts.shallow > 0) {
      gaps.push({
        ...base,
        kind: 'depth',
        message:
          `${row.name}: ${num(facts.shallow)} av ${plural(facts.items, 'stycke', 'stycken')} hänvisar till befintliga processer (${list([...facts.shallowCues], 4)}) ` +
          `utan att säga vad som görs eller vad det har lett till.`,
        evidence: named(facts.shallowEvidence),
      });
    }
    if (!facts.result) {
      gaps.push({
        ...base,
        kind: 'depth',
        message:
          `${row.name}: inget av de ${plural(facts.items, 'stycke', 'stycken')} som rör förvaltningen säger något om resultat eller uppföljning ` +
          `(ord som ${list(rules.depth.result.slice(0, 6).map(show), 6)}).`,
        evidence: [],
      });
    }
  }
  return gaps;
}

function show(cue: string): string {
  return `”${cue.replace(/=$/, '')}”`;
}
