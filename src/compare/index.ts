// Comparing corpora (years, or cities): coverage per administration × category in each, what
// changed from the first to the last, who appeared or fell silent, which words rose or fell
// (keyness.ts), which naming variants came or went, and two cities' frameworks side by side.
import { frameworksFor } from '../lexicon/frameworks.js';
import type { Lexicons, TaggedDocument } from '../types.js';
import { languageData } from '../language/data.js';
import type { CategoryInfo, Coverage, View } from '../analyze/coverage.js';
import { computeCoverage } from '../analyze/view-aggregator.js';
import { mainCity, type ExpectedSet } from '../analyze/expected.js';
import { countTerms, emptyCounts, keyness, logLikelihood, type KeyTerm, type KeynessOptions } from './keyness.js';
import { analyzeNames, variantKey, type NameGroupKind, type NamesOptions, type VariantStatus } from '../names/index.js';
import { setVariantsAside } from '../corpus/variants.js';
import { SAME_TEXT } from '../corpus/same-text.js';

export interface CorpusInput {
  label: string;
  documents: readonly TaggedDocument[];
}

export interface CompareOptions {
  /** Credit passages to the administrations they mention (default, as `mrkoll analyze`) or to the one that wrote them. */
  view?: View;
  /** Mention view: sections whose passages are not credited (distribution lists). */
  ignoreSections?: readonly string[];
  keyness?: KeynessOptions;
  /** Largest movers listed each way; default 5. */
  movers?: number;
  /** Least G² for a coverage change to count as significant; default 3.84 (p < 0.05 at one degree of freedom). */
  changeG2?: number;
  /** Naming variants are compared when given. */
  names?: NamesOptions;
  /** Texts this alike are one document (see `setVariantsAside`); default 0.9. */
  sameText?: number;
}

export interface CorpusInfo {
  label: string;
  documents: number;
  passages: number;
  words: number;
  /** The city most documents come from. */
  city: string | null;
  years: number[];
}

export interface CoverageChange {
  administration: string;
  tag: string;
  /** Passages in the first corpus and the last. */
  before: number;
  after: number;
  delta: number;
  /** Passages in every corpus, in order. */
  counts: number[];
  /** Passages per 10 000 words of each corpus: corpora of different size compare by these. */
  perTenThousandWords: number[];
  /** Passages per document of each corpus. */
  perDocument: number[];
  /** Dunning's G² of the passages against the words of the first corpus and the last (as for terms). */
  g2: number;
  /** G² at or over the comparison's threshold. */
  significant: boolean;
  /** By the rate per 10 000 words from the first corpus to the last, not by the raw count. */
  direction: 'up' | 'down' | 'same';
}

export const DEFAULT_CHANGE_G2 = 3.84;

export interface NameChange {
  kind: NameGroupKind;
  group: string;
  canonical: string;
  /**
   * new: a non-canonical form absent from the first corpus; gone: one absent from the last;
   * switched: an administration wrote only other forms of the group in the first corpus.
   */
  change: 'new' | 'gone' | 'switched';
  /** The form (for switched: the forms written in the last corpus). */
  variant: string;
  status: VariantStatus | null;
  /** Occurrences of the form(s) in every corpus, by all writers. */
  counts: number[];
  administration?: string;
  from?: string[];
  to?: string[];
}

export interface FrameworkColumn {
  corpus: string;
  city: string;
  framework: string;
  title: string;
  categories: Array<{ id: string; label: string; administrations: number; passages: number }>;
}

export interface Comparison {
  view: View;
  corpora: CorpusInfo[];
  categories: CategoryInfo[];
  /** Display names of every administration in the report. */
  names: Record<string, string>;
  changes: CoverageChange[];
  /** The test each coverage change gets, and the threshold it is called significant at. */
  significance: { test: 'G2'; threshold: number };
  movers: { up: CoverageChange[]; down: CoverageChange[] };
  /** Counted coverage in the last corpus and none in the first, and the reverse. */
  appeared: string[];
  disappeared: string[];
  terms: KeyTerm[];
  naming: NameChange[];
  frameworks: FrameworkColumn[];
}

const NO_EXPECTED: ExpectedSet = { source: 'none', label: '', city: null, ids: [], unknown: [] };
/** Forms worth reporting when they come or go; canonical names and preferred terms are not news. */
const NOTEWORTHY: readonly VariantStatus[] = ['variant', 'misspelling', 'known-misspelling'];

export function compareCorpora(corpora: readonly CorpusInput[], lexicons: Lexicons, options: CompareOptions = {}): Comparison {
  const view = options.view ?? 'mention';
  const language = languageData(lexicons.dir);
  // A file the manifest marks as another rendering of a document, or with the same text as one, is not counted twice.
  const docsOf = corpora.map((c) => setVariantsAside(c.documents, true, options.sameText ?? SAME_TEXT).kept);
  const coverages = docsOf.map((docs) => computeCoverage(docs, lexicons, { view, expected: NO_EXPECTED, ignoreSections: options.ignoreSections ?? [] }));
  const categories = new Map<string, CategoryInfo>();
  for (const c of coverages) for (const cat of c.categories) if (!categories.has(cat.id)) categories.set(cat.id, cat);
  const corpusInfo = corpora.map((c, i) => describeCorpus(c.label, docsOf[i]));
  const threshold = options.changeG2 ?? DEFAULT_CHANGE_G2;
  const changes = coverageChanges(coverages, corpusInfo, [...categories.keys()], threshold);
  const n = options.movers ?? 5;
  const names: Record<string, string> = {};
  for (const c of coverages) for (const r of c.rows) names[r.id] ??= r.name;
  const byStrength = (a: CoverageChange, b: CoverageChange) => b.g2 - a.g2 || Math.abs(b.delta) - Math.abs(a.delta);
  return {
    view,
    corpora: corpusInfo,
    categories: [...categories.values()],
    names,
    changes,
    significance: { test: 'G2', threshold },
    movers: {
      up: changes
        .filter((c) => c.direction === 'up')
        .sort(byStrength)
        .slice(0, n),
      down: changes
        .filter((c) => c.direction === 'down')
        .sort(byStrength)
        .slice(0, n),
    },
    ...appearedAndDisappeared(coverages),
    terms: keyness(
      docsOf.map((docs) => {
        const counts = emptyCounts();
        for (const d of docs) for (const p of d.passages) if (p.kind !== 'heading') countTerms(p.text, counts, language);
        return counts;
      }),
      options.keyness,
    ),
    naming: options.names ? namingChanges(docsOf.map((docs) => analyzeNames(docs, lexicons, options.names!).groups)) : [],
    frameworks: frameworkColumns(corpora, docsOf, coverages, lexicons),
  };
}

function describeCorpus(label: string, docs: readonly TaggedDocument[]): CorpusInfo {
  const passages = docs.flatMap((d) => d.passages.filter((p) => p.kind !== 'heading'));
  const years = [...new Set(docs.map((d) => d.metadata.year).filter((y): y is number => y !== null))].sort();
  return {
    label,
    documents: docs.length,
    passages: passages.length,
    words: passages.reduce((n, p) => n + p.words, 0),
    city: mainCity(docs),
    years,
  };
}

/**
 * Every administration × category cell whose counted passages differ between the first corpus and
 * the last, with its rates and G²: a corpus four times the size has about four times the passages,
 * so the direction is the rate's and the test weighs the passages against each corpus's words.
 */
function coverageChanges(
  coverages: readonly Coverage[],
  corpora: readonly CorpusInfo[],
  categoryOrder: readonly string[],
  threshold: number,
): CoverageChange[] {
  const cells = countedCells(coverages);
  const words = corpora.map((c) => c.words);
  const last = corpora.length - 1;
  const changes: CoverageChange[] = [];
  for (const [key, counts] of cells) {
    const [administration, tag] = key.split('\u0000');
    const before = counts[0];
    const after = counts[last];
    if (before === after) continue;
    const perTenThousandWords = counts.map((n, i) => (words[i] > 0 ? round2((n / words[i]) * 10_000) : 0));
    const perDocument = counts.map((n, i) => (corpora[i].documents > 0 ? round2(n / corpora[i].documents) : 0));
    const g2 = round2(logLikelihood([before, after], [words[0], words[last]]));
    const rate = (i: number) => (words[i] > 0 ? counts[i] / words[i] : 0);
    const direction = rate(last) > rate(0) ? 'up' : rate(last) < rate(0) ? 'down' : 'same';
    changes.push({
      administration,
      tag,
      before,
      after,
      delta: after - before,
      counts,
      perTenThousandWords,
      perDocument,
      g2,
      significant: g2 >= threshold,
      direction,
    });
  }
  const rank = (tag: string) => (categoryOrder.includes(tag) ? categoryOrder.indexOf(tag) : categoryOrder.length);
  const rateChange = (c: CoverageChange) => Math.abs((c.perTenThousandWords.at(-1) ?? 0) - c.perTenThousandWords[0]);
  return changes.sort(
    (a, b) =>
      rateChange(b) - rateChange(a) ||
      b.g2 - a.g2 ||
      Math.abs(b.delta) - Math.abs(a.delta) ||
      a.administration.localeCompare(b.administration) ||
      rank(a.tag) - rank(b.tag),
  );
}

/** Counted passages per administration × category cell, one count per corpus. */
function countedCells(coverages: readonly Coverage[]): Map<string, number[]> {
  const cells = new Map<string, number[]>();
  coverages.forEach((coverage, i) => {
    for (const row of coverage.rows) {
      for (const [tag, cell] of Object.entries(row.cells)) {
        if (cell.passages === 0) continue;
        const key = `${row.id}\u0000${tag}`;
        const counts = countsOf(cells, key, coverages.length);
        counts[i] = cell.passages;
      }
    }
  });
  return cells;
}

function countsOf(cells: Map<string, number[]>, key: string, k: number): number[] {
  let counts = cells.get(key);
  if (!counts) cells.set(key, (counts = Array<number>(k).fill(0)));
  return counts;
}

/**
 * Administrations with counted coverage in the last corpus and none in the first, and the reverse,
 * read from the same cells as the changes, so every such administration's cells are among them.
 */
function appearedAndDisappeared(coverages: readonly Coverage[]): { appeared: string[]; disappeared: string[] } {
  const last = coverages.length - 1;
  const covered = new Map<string, [number, number]>();
  for (const [key, counts] of countedCells(coverages)) {
    const id = key.split('\u0000')[0];
    const sums = covered.get(id) ?? [0, 0];
    covered.set(id, [sums[0] + counts[0], sums[1] + counts[last]]);
  }
  const ids = [...covered].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    appeared: ids.filter(([, [before, after]]) => before === 0 && after > 0).map(([id]) => id),
    disappeared: ids.filter(([, [before, after]]) => before > 0 && after === 0).map(([id]) => id),
  };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

type Groups = ReturnType<typeof analyzeNames>['groups'];

/** Forms that came or went between the first corpus and the last, and administrations that switched form. */
export function namingChanges(perCorpus: readonly Groups[]): NameChange[] {
  const out: NameChange[] = [];
  const k = perCorpus.length;
  const groups = new Map<string, { kind: NameGroupKind; id: string; canonical: string; forms: Map<string, FormTally> }>();
  perCorpus.forEach((corpusGroups, i) => {
    for (const g of corpusGroups) {
      const id = `${g.kind}\u0000${g.id}`;
      const group = groups.get(id) ?? { kind: g.kind, id: g.id, canonical: g.canonical, forms: new Map() };
      groups.set(id, group);
      for (const v of g.variants) {
        const key = variantKey(v.text);
        const form = group.forms.get(key) ?? { text: v.text, status: v.status, counts: Array(k).fill(0), by: perCorpus.map(() => new Set<string>()) };
        form.counts[i] += v.count;
        v.administrations.forEach((a) => form.by[i].add(a));
        group.forms.set(key, form);
      }
    }
  });
  for (const g of groups.values()) {
    const base = { kind: g.kind, group: g.id, canonical: g.canonical };
    const forms = [...g.forms.values()];
    for (const f of forms) {
      if (!NOTEWORTHY.includes(f.status)) continue;
      const [before, after] = [f.counts[0], f.counts[k - 1]];
      if (before === 0 && after > 0) out.push({ ...base, change: 'new', variant: f.text, status: f.status, counts: f.counts });
      if (before > 0 && after === 0) out.push({ ...base, change: 'gone', variant: f.text, status: f.status, counts: f.counts });
    }
    // Spelling groups are about words, not about who writes them.
    if (g.kind === 'spelling') continue;
    const writers = new Set(forms.flatMap((f) => [...f.by[0]]));
    for (const admin of [...writers].sort()) {
      const from = forms.filter((f) => f.by[0].has(admin)).map((f) => f.text);
      const to = forms.filter((f) => f.by[k - 1].has(admin)).map((f) => f.text);
      if (to.length === 0 || from.some((f) => to.includes(f))) continue;
      const used = forms.filter((f) => f.by[k - 1].has(admin));
      const counts = perCorpus.map((_, i) => used.reduce((sum, f) => sum + f.counts[i], 0));
      out.push({ ...base, change: 'switched', variant: to.join(', '), status: null, counts, administration: admin, from, to });
    }
  }
  return out;
}

interface FormTally {
  text: string;
  status: VariantStatus;
  counts: number[];
  by: Array<Set<string>>;
}

/**
 * For corpora from different cities: the principles each city's documents are read against (its
 * own, or the national default) with how widely each category is covered. Only when at least two
 * cities have principles that differ.
 */
function frameworkColumns(
  corpora: readonly CorpusInput[],
  docsOf: readonly (readonly TaggedDocument[])[],
  coverages: readonly Coverage[],
  lexicons: Lexicons,
): FrameworkColumn[] {
  const cities = docsOf.map((docs) => mainCity(docs));
  if (new Set(cities.filter(Boolean)).size < 2) return [];
  const columns: FrameworkColumn[] = [];
  cities.forEach((city, i) => {
    if (city === null) return;
    for (const f of frameworksFor(lexicons, city).filter((fw) => fw.kind === 'principles')) {
      const rows = coverages[i].rows;
      columns.push({
        corpus: corpora[i].label,
        city,
        framework: f.id,
        title: f.title,
        categories: f.categories.map((c) => ({
          id: c.id,
          label: c.label,
          administrations: rows.filter((r) => (r.cells[c.id]?.passages ?? 0) > 0).length,
          passages: rows.reduce((s, r) => s + (r.cells[c.id]?.passages ?? 0), 0),
        })),
      });
    }
  });
  return new Set(columns.map((c) => c.city)).size >= 2 && new Set(columns.map((c) => c.framework)).size >= 2 ? columns : [];
}
