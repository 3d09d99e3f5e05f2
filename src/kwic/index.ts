// Keyword in context: every occurrence of a term in the passages, found by the same matcher the
// tagger uses (inflections, compounds, coordinated compounds), with its left and right context.
import { compileMatcher } from '../language/matcher.js';
import { defaultTerm } from '../lexicon/terms.js';
import { placeInSource } from '../normalize/source-map.js';
import type { CompoundMode, Document, TermMatch } from '../types.js';

export type KwicSort = 'doc' | 'left' | 'right';

export interface KwicOptions {
  /** Characters of context on each side; default 40. */
  width?: number;
  /** doc: reading order (default); left: by the words before, nearest first; right: by the words after. */
  sort?: KwicSort;
  /** Override the term's compound mode (default as the lexicons: `any` for one word of six letters or more). */
  compound?: CompoundMode;
  caseSensitive?: boolean;
}

export interface KwicLine {
  document: string;
  passage: string;
  section: string | null;
  /** Heading titles above the passage, from the top. */
  sectionPath: string[];
  /** Page, line of a text file and paragraph of a DOCX where the keyword stands (see SourcePlace). */
  page: number | null;
  line: number | null;
  paragraph: number | null;
  /** Context before the keyword, whitespace collapsed and trimmed, at most `width` characters. */
  left: string;
  /** The matched text as written (for a compound, the whole word). */
  keyword: string;
  right: string;
  /** How it matched: whole word, inside a compound, or in a coordination ("barnrätts-, jämställdhets- och …"). */
  via: TermMatch['via'];
  /** A negation or hedge governs the occurrence ("har inte …"). */
  negated: boolean;
}

export const DEFAULT_KWIC_WIDTH = 40;

/** Every occurrence of `term` in `documents`, sorted as asked. */
export function kwic(documents: readonly Document[], term: string, options: KwicOptions = {}): KwicLine[] {
  const width = options.width ?? DEFAULT_KWIC_WIDTH;
  const base = defaultTerm(term);
  const spec = {
    ...base,
    compound: options.compound ?? base.compound,
    caseSensitive: options.caseSensitive ?? base.caseSensitive,
  };
  const matcher = compileMatcher([{ key: 'kwic', term: spec }]);
  const lines: KwicLine[] = [];
  for (const doc of documents) {
    for (const passage of doc.passages) {
      for (const m of matcher.match(passage.text)) {
        lines.push({
          document: doc.path,
          passage: passage.id,
          section: passage.sectionPath.at(-1) ?? null,
          sectionPath: passage.sectionPath,
          ...placeInSource(doc.format, passage, m.start),
          left: flatten(passage.text.slice(0, m.start)).trimEnd().slice(-width).trimStart(),
          keyword: flatten(m.text),
          right: flatten(passage.text.slice(m.end)).trimStart().slice(0, width).trimEnd(),
          via: m.via,
          negated: m.negated,
        });
      }
    }
  }
  return sortLines(lines, options.sort ?? 'doc');
}

function flatten(text: string): string {
  return text.replace(/\s+/g, ' ');
}

const collator = new Intl.Collator('sv', { sensitivity: 'base' });

/** Sorting by context compares word by word, outward from the keyword; ties keep reading order. */
export function sortLines(lines: KwicLine[], sort: KwicSort): KwicLine[] {
  if (sort === 'doc') return lines;
  const key = (l: KwicLine) => (sort === 'left' ? words(l.left).reverse() : words(l.right));
  const keyed = lines.map((l, i) => ({ l, i, k: key(l) }));
  keyed.sort((a, b) => compareWords(a.k, b.k) || collator.compare(a.l.keyword, b.l.keyword) || a.i - b.i);
  return keyed.map((x) => x.l);
}

function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}+-]+/u).filter(Boolean);
}

function compareWords(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = collator.compare(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}
