// `mrkoll names`: administration names, concept terms, policy titles and spelling variants,
// each grouped under its canonical form. Pure over tagged documents, lexicons and a spell checker.
import type { Lexicons, TaggedDocument } from '../types.js';
import type { AnalysisRules } from '../analyze/rules.js';
import { conceptReader } from './concepts.js';
import { spellingReader } from './spelling-variants.js';
import type { Checker, SpellingInput } from './spelling-input.js';
import { titleReader } from './titles.js';
import type { NameGroup } from './types.js';
import { administrationReader } from './variants.js';
import { detached } from '../corpus/detached.js';
import { Examples, readDocument, type GroupReader, type Rereadable } from './places.js';

export type { Confidence, NameGroup, NameVariant, NameGroupKind, VariantStatus } from './types.js';
export { variantKey } from './variants.js';
export type { Rereadable } from './places.js';

export interface NamesReport {
  groups: NameGroup[];
}

export interface NamesOptions {
  rules: AnalysisRules;
  /** A Hunspell checker that knows `spellingKnownWords(lexicons)`; without one, no spelling groups. */
  checker?: Checker | null;
}

/**
 * The names report over `docs`, which is read twice (an array, or a DocumentStore that reads its
 * file again): once for the groups, once for the quotes.
 */
export function analyzeNames(docs: Rereadable, lexicons: Lexicons, options: NamesOptions): NamesReport {
  const reading = new NamesReading(lexicons, options);
  for (const doc of docs) reading.add(doc);
  return reading.finish(docs);
}

/**
 * The names report read one document at a time, as the documents arrive (`mrkoll analyze` reads
 * them as it tags them, not again from its store): administrations, concepts, titles and spelling
 * from one reading; the quotes, and abbreviations a document does not introduce, from `finish`'s.
 */
export class NamesReading {
  private readonly examples = new Examples();
  private readonly readers: GroupReader[];
  private read = 0;

  constructor(lexicons: Lexicons, options: NamesOptions) {
    const examples = this.examples;
    this.readers = [administrationReader(lexicons, examples), conceptReader(lexicons.concepts, examples), titleReader(lexicons.concepts, examples)];
    if (options.checker) this.readers.push(spellingReader(spellingInput(lexicons, options.rules, options.checker), examples));
  }

  /**
   * Reads the next document. Its passages are read as copies: a passage cut from a text with one
   * "–" or "’" in it is two bytes a character, and the readers' case-insensitive Unicode patterns
   * and word scan ran at a third of their speed over such slices (a copy is one byte a character
   * unless the passage has such a character itself).
   */
  add(doc: TaggedDocument): void {
    const passages = doc.passages.map((p) => ({ ...p, text: detached(p.text) }));
    readDocument({ ...doc, passages }, this.read++, this.readers);
  }

  /** The report; `docs` are the documents added, in the same order, read again for the quotes. */
  finish(docs: Rereadable): NamesReport {
    const groups = this.readers.flatMap((reader) => reader.finish(docs));
    this.examples.resolve(docs);
    return { groups };
  }
}

/** What the spelling groups compare the corpus's words with. */
function spellingInput(lexicons: Lexicons, rules: AnalysisRules, checker: Checker): SpellingInput {
  const conceptForms = lexicons.concepts.flatMap((c) => [c.preferred, ...c.variants]);
  return {
    checker,
    rules: rules.spelling,
    terms: lexiconTerms(lexicons).filter((t) => !/\s/.test(t)),
    // Weak phrases ("information om", "rätt till") are ordinary language, not names to be spelled alike.
    phrases: [...rules.spelling.knownPhrases, ...lexiconTerms(lexicons, { weak: false }).filter((t) => /\s/.test(t))].filter(
      (p) => !conceptForms.some((f) => f.toLocaleLowerCase('sv') === p.toLocaleLowerCase('sv')),
    ),
    // Concept and title variants have their own section; so do the words of a misspelled title.
    skip: new Set(
      lexicons.concepts
        .flatMap((c) => (c.kind === 'title' ? c.variants.flatMap((v) => v.split(/\s+/)) : [c.preferred, ...c.variants].filter((f) => !/\s/.test(f))))
        .map((f) => f.toLocaleLowerCase('sv')),
    ),
  };
}

/**
 * What an editor should act on: the groups the finder is fairly sure of. Low-confidence groups
 * (Hunspell suggests another word) are counted in `hidden`, and kept with `uncertain`.
 */
export function actionable(report: NamesReport, uncertain = false): NamesReport & { hidden: number } {
  if (uncertain) return { ...report, hidden: 0 };
  const groups = report.groups.filter((g) => g.confidence !== 'low');
  return { groups, hidden: report.groups.length - groups.length };
}

/** Category terms (all, or only strong ones) and preferred concept forms: what a rare word may be a misspelling of. */
function lexiconTerms(lexicons: Lexicons, options: { weak: boolean } = { weak: true }): string[] {
  const terms = lexicons.frameworks.flatMap((f) => f.categories.flatMap((c) => c.terms.filter((t) => options.weak || !t.weak).map((t) => t.text)));
  return [...new Set([...terms, ...lexicons.concepts.filter((c) => c.kind === 'concept').map((c) => c.preferred)])];
}

/**
 * The words the spell checker must accept besides Hunspell's: the lexicon's known words and every
 * word of registry names, aliases, category terms and preferred concept forms. Known misspellings
 * and concept variants are left out, so they are still caught.
 */
export function spellingKnownWords(lexicons: Lexicons): string[] {
  const phrases = [
    ...lexicons.registries.flatMap((r) => r.administrations.flatMap((a) => [a.name, ...a.aliases])),
    ...lexicons.registries.flatMap((r) => r.groups.flatMap((g) => [g.name, ...g.aliases])),
    ...lexiconTerms(lexicons),
  ];
  const words = phrases
    .flatMap((p) => p.split(/[\s,()/]+/))
    .map((w) => w.replace(/[-:.]+$/, ''))
    .filter((w) => /^\p{L}[\p{L}-]*$/u.test(w));
  return [...new Set([...lexicons.knownWords, ...words])];
}
