// How each lexicon entry behaves on a corpus: how often it fires, in how many passages and
// documents, which of its terms do the work, and whether it never fires or fires everywhere
// (then it tells nothing apart and its terms need narrowing).
import { frameworksFor } from './frameworks.js';
import type { Document, Lexicons, Span, TermMatch } from '../types.js';
import { administrationEntries, applyExcludes, categoryEntries, type LexiconEntry } from './terms.js';

export type EntryKind = 'principle' | 'area' | 'administration';

/** One thing the matcher reports under a key: a category or an administration. */
export interface StatsEntry {
  key: string;
  kind: EntryKind;
  label: string;
  /** The framework ID or registry city it comes from. */
  from: string;
}

/** The matches of one document, passage by passage (after exclusions). */
export interface MatchedDocument {
  path: string;
  passages: TermMatch[][];
}

export interface EntryStats extends StatsEntry {
  /** Matches that are not negated. */
  matches: number;
  /** Matches under a negation ("har inte lyft fram …"): not counted as firing. */
  negated: number;
  passages: number;
  documents: number;
  /** Shares of all passages and documents, 0–1. */
  passageShare: number;
  documentShare: number;
  /** Terms that fired, most frequent first. */
  terms: Array<{ term: string; count: number }>;
  /** Fires in more than `threshold` of the passages, or of the documents. */
  everywhere: boolean;
}

export interface LexiconStats {
  documents: number;
  passages: number;
  threshold: number;
  entries: EntryStats[];
  /** Keys of entries that never fired. */
  never: string[];
  /** Keys of entries that fired everywhere. */
  everywhere: string[];
}

export interface StatsOptions {
  /** Share of passages or documents above which an entry fires "everywhere". Default 0.8. */
  threshold?: number;
  /** The document share is only judged with at least this many documents. Default 3. */
  minDocuments?: number;
}

/** Every category and administration of the lexicons, in file order. */
export function statsEntries(lexicons: Lexicons): StatsEntry[] {
  return [
    ...lexicons.frameworks.flatMap((f) => f.categories.map((c) => ({ key: c.id, kind: c.kind, label: c.label, from: f.id }) satisfies StatsEntry)),
    ...lexicons.registries.flatMap((r) =>
      r.administrations.map((a) => ({ key: a.id, kind: 'administration', label: a.name, from: r.city }) satisfies StatsEntry),
    ),
  ];
}

/** `compileMatcher` from src/language, passed in so this module stays free of language data. */
export type CompileMatcher = (entries: LexiconEntry[], options: { negation: boolean }) => { match(text: string): TermMatch[] };

/**
 * Runs the lexicons over every passage of `documents`, each document with the frameworks that
 * apply to its city (frameworks.ts) and its city's registry, as tagging does: categories with
 * negation and exclusions per sentence, names without negation. The entries returned are those
 * of the frameworks and registries that apply to some document.
 */
export function matchDocuments(documents: Document[], lexicons: Lexicons, compile: CompileMatcher): { documents: MatchedDocument[]; entries: StatsEntry[] } {
  const cities = new Set(documents.map((doc) => doc.metadata.city));
  const matchers = new Map<string | null, { categories: ReturnType<CompileMatcher>; names: ReturnType<CompileMatcher> }>();
  const applied = new Set<string>();
  for (const city of cities) {
    const frameworks = frameworksFor(lexicons, city);
    for (const f of frameworks) applied.add(f.id);
    const registries = lexicons.registries.filter((r) => r.city === city);
    matchers.set(city, {
      categories: compile(categoryEntries(frameworks), { negation: true }),
      names: compile(administrationEntries(registries), { negation: false }),
    });
  }
  const matched = documents.map((doc): MatchedDocument => {
    const { categories, names } = matchers.get(doc.metadata.city)!;
    return {
      path: doc.path,
      passages: doc.passages.map((p) => {
        const sentences: Span[] = p.sentences.map((s) => ({ start: s.start - p.start, end: s.end - p.start }));
        return [...applyExcludes(categories.match(p.text), sentences), ...names.match(p.text)];
      }),
    };
  });
  const entries = statsEntries({
    ...lexicons,
    frameworks: lexicons.frameworks.filter((f) => applied.has(f.id)),
    registries: lexicons.registries.filter((r) => cities.has(r.city)),
  });
  return { documents: matched, entries };
}

export function computeStats(documents: MatchedDocument[], entries: StatsEntry[], options: StatsOptions = {}): LexiconStats {
  const threshold = options.threshold ?? 0.8;
  const minDocuments = options.minDocuments ?? 3;
  const totalPassages = documents.reduce((n, d) => n + d.passages.length, 0);
  const tally = new Map(entries.map((e) => [e.key, { matches: 0, negated: 0, passages: 0, documents: 0, terms: new Map<string, number>() }]));

  for (const document of documents) {
    const firedInDocument = new Set<string>();
    for (const matches of document.passages) {
      const firedInPassage = new Set<string>();
      for (const match of matches) {
        const t = tally.get(match.key);
        if (!t) continue;
        if (match.negated) {
          t.negated++;
          continue;
        }
        t.matches++;
        t.terms.set(match.term, (t.terms.get(match.term) ?? 0) + 1);
        firedInPassage.add(match.key);
      }
      for (const key of firedInPassage) {
        tally.get(key)!.passages++;
        firedInDocument.add(key);
      }
    }
    for (const key of firedInDocument) tally.get(key)!.documents++;
  }

  const share = (n: number, of: number): number => (of === 0 ? 0 : n / of);
  const stats = entries.map((entry): EntryStats => {
    const t = tally.get(entry.key)!;
    const passageShare = share(t.passages, totalPassages);
    const documentShare = share(t.documents, documents.length);
    return {
      ...entry,
      matches: t.matches,
      negated: t.negated,
      passages: t.passages,
      documents: t.documents,
      passageShare,
      documentShare,
      terms: [...t.terms].map(([term, count]) => ({ term, count })).sort((a, b) => b.count - a.count || a.term.localeCompare(b.term, 'sv')),
      everywhere: passageShare > threshold || (documents.length >= minDocuments && documentShare > threshold),
    };
  });
  return {
    documents: documents.length,
    passages: totalPassages,
    threshold,
    entries: stats,
    never: stats.filter((s) => s.matches === 0).map((s) => s.key),
    everywhere: stats.filter((s) => s.everywhere).map((s) => s.key),
  };
}
