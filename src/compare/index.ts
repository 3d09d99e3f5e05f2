// Comparing corpora (years, or cities): coverage per administration × category in each, what
// changed from the first to the last, who appeared or fell silent, which words rose or fell
// (keyness.ts), which naming variants came or went, and two cities' frameworks side by side.
import type { Lexicons, TaggedDocument } from '../types.js';
import { languageData } from '../language/data.js';
import { computeCoverage, type CategoryInfo, type Coverage, type View } from '../analyze/coverage.js';
import { mainCity, type ExpectedSet } from '../analyze/expected.js';
import { countTerms, emptyCounts, keyness, type KeyTerm, type KeynessOptions } from './keyness.js';
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
}

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
  const changes = coverageChanges(coverages, [...categories.keys()]);
  const n = options.movers ?? 5;
  const active = coverages.map((c) => new Set(c.rows.filter((r) => r.taggedPassages > 0).map((r) => r.id)));
  const [first, last] = [active[0], active[active.length - 1]];
  const names: Record<string, string> = {};
  for (const c of coverages) for (const r of c.rows) names[r.id] ??= r.name;
  return {
    view,
    corpora: corpora.map((c, i) => describeCorpus(c.label, docsOf[i])),
    categories: [...categories.values()],
    names,
    changes,
    movers: {
      up: changes
        .filter((c) => c.delta > 0)
        .sort((a, b) => b.delta - a.delta)
        .slice(0, n),
      down: changes
        .filter((c) => c.delta < 0)
        .sort((a, b) => a.delta - b.delta)
        .slice(0, n),
    },
    appeared: [...last].filter((id) => !first.has(id)).sort(),
    disappeared: [...first].filter((id) => !last.has(id)).sort(),
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

/** Every administration × category cell whose counted passages differ between the first corpus and the last. */
function coverageChanges(coverages: readonly Coverage[], categoryOrder: readonly string[]): CoverageChange[] {
  const cells = new Map<string, number[]>();
  coverages.forEach((coverage, i) => {
    for (const row of coverage.rows) {
      for (const [tag, cell] of Object.entries(row.cells)) {
        if (cell.passages === 0) continue;
        const key = `${row.id}\u0000${tag}`;
        const counts = cells.get(key) ?? coverages.map(() => 0);
        counts[i] = cell.passages;
        cells.set(key, counts);
      }
    }
  });
  const changes: CoverageChange[] = [];
  for (const [key, counts] of cells) {
    const [administration, tag] = key.split('\u0000');
    const before = counts[0];
    const after = counts[counts.length - 1];
    if (before !== after) changes.push({ administration, tag, before, after, delta: after - before, counts });
  }
  const rank = (tag: string) => (categoryOrder.includes(tag) ? categoryOrder.indexOf(tag) : categoryOrder.length);
  return changes.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.administration.localeCompare(b.administration) || rank(a.tag) - rank(b.tag));
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

/** For corpora from different cities: each city's own frameworks with how widely each category is covered. */
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
    for (const f of lexicons.frameworks.filter((fw) => city !== null && fw.city === city)) {
      const rows = coverages[i].rows;
      columns.push({
        corpus: corpora[i].label,
        city: city!,
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
  return new Set(columns.map((c) => c.city)).size >= 2 ? columns : [];
}
