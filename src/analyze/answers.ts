// Gaps in what an answer says, read from the passages of answer documents (årsanalys, rapport):
// question 1 without question 2 or the reverse, passages that only point to existing processes,
// and answers without any results or follow-up language.
import type { CoverageRow } from './coverage.js';
import type { Gap } from './gap.js';
import { compileCues, type CueMatch, type CueMatcher } from './cues.js';
import type { CreditedPassage, View } from '../corpus/credit.js';
import { evidenceOf } from '../corpus/evidence.js';
import { attributionOf } from '../corpus/attribution.js';
import type { AnalysisRules } from './rules.js';
import { list, num, plural } from '../util/swedish.js';

interface Matchers {
  q1: CueMatcher;
  q2: CueMatcher;
  process: CueMatcher;
  action: CueMatcher;
  result: CueMatcher;
}

type Passage = CreditedPassage['passage'];
type PassageMatchers = Record<keyof Matchers, (passage: Passage) => CueMatch[]>;

/** The matchers, each remembering its matches per passage: a passage is read once per row it is credited to. */
function perPassage(m: Matchers): PassageMatchers {
  const memo = <K extends keyof Matchers>(key: K) => {
    const seen = new Map<Passage, CueMatch[]>();
    return (passage: Passage) => {
      let found = seen.get(passage);
      if (found === undefined) seen.set(passage, (found = m[key](passage.text)));
      return found;
    };
  };
  return { q1: memo('q1'), q2: memo('q2'), process: memo('process'), action: memo('action'), result: memo('result') };
}

const cache = new WeakMap<AnalysisRules, Matchers>();

function matchersFor(rules: AnalysisRules): Matchers {
  let m = cache.get(rules);
  if (!m) {
    m = {
      q1: compileCues(rules.question.q1),
      q2: compileCues(rules.question.q2),
      process: compileCues(rules.depth.process),
      action: compileCues(rules.depth.action),
      result: compileCues(rules.depth.result),
    };
    cache.set(rules, m);
  }
  return m;
}

const hasCountedTag = (item: CreditedPassage) => item.passage.boilerplate === null && item.passage.tags.some((t) => !t.negated && !t.boilerplate);

/** Question and depth gaps for each row that has passages in answer documents. */
export function answerGaps(rows: readonly CoverageRow[], credited: Map<string, CreditedPassage[]>, rules: AnalysisRules, view: View): Gap[] {
  const m = perPassage(matchersFor(rules));
  const t = rules.thresholds;
  const gaps: Gap[] = [];
  for (const row of rows) {
    const ev = (item: CreditedPassage, hit: CueMatch | undefined) =>
      evidenceOf(item.doc, item.passage, hit ? { start: hit.start, end: hit.end } : null, t.quoteMaxChars, {
        attribution: attributionOf(item.doc, item.passage, row.id, row.name, view, hit?.start ?? 0),
      });
    const items = (credited.get(row.id) ?? []).filter((x) => rules.answerTypes.includes(x.doc.metadata.type));
    if (items.length === 0) continue;
    const base = { administration: row.id, tag: null };

    const q1 = items.filter((x) => hasCountedTag(x) || m.q1(x.passage).length > 0);
    const q2 = items.map((x) => ({ x, hit: m.q2(x.passage)[0] })).filter((y) => y.hit);
    if (q1.length > 0 && q2.length === 0) {
      gaps.push({
        ...base,
        kind: 'question',
        message:
          `${row.name}: texten beskriver arbetet (fråga 1, ${plural(q1.length, 'stycke', 'stycken')}) men tar inte upp möjligheter eller utmaningar (fråga 2). ` +
          `Inget av orden ${list(rules.question.q2.slice(0, 5).map(show), 5)} förekommer.`,
        evidence: q1.slice(0, t.evidencePerGap).map((x) => ev(x, m.q1(x.passage)[0])),
      });
    } else if (q2.length > 0 && q1.length === 0) {
      gaps.push({
        ...base,
        kind: 'question',
        message: `${row.name}: texten tar upp möjligheter eller utmaningar (fråga 2) men beskriver inte hur arbetet bedrivs systematiskt (fråga 1).`,
        evidence: q2.slice(0, t.evidencePerGap).map((y) => ev(y.x, y.hit)),
      });
    }

    const shallow = items
      .map((x) => ({ x, hits: m.process(x.passage), hit: m.process(x.passage)[0] }))
      .filter((y) => y.hit && m.action(y.x.passage).length === 0 && m.result(y.x.passage).length === 0);
    if (shallow.length > 0) {
      const cues = [...new Set(shallow.flatMap((y) => y.hits.map((h) => h.text.toLocaleLowerCase('sv'))))];
      gaps.push({
        ...base,
        kind: 'depth',
        message:
          `${row.name}: ${num(shallow.length)} av ${plural(items.length, 'stycke', 'stycken')} hänvisar till befintliga processer (${list(cues, 4)}) ` +
          `utan att säga vad som görs eller vad det har lett till.`,
        evidence: shallow.slice(0, t.evidencePerGap).map((y) => ev(y.x, y.hit)),
      });
    }
    if (!items.some((x) => m.result(x.passage).length > 0)) {
      gaps.push({
        ...base,
        kind: 'depth',
        message:
          `${row.name}: inget av de ${plural(items.length, 'stycke', 'stycken')} som rör förvaltningen säger något om resultat eller uppföljning ` +
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
