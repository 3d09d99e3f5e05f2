// Concept variants: for each of the lexicon's concept groups, which of its terms are used, how
// often, in which documents and by which administrations, next to the preferred term.
import type { ConceptGroup, TaggedDocument } from '../types.js';
import { lexiconGroup, VariantTally } from './collect.js';
import { readTogether, withExamples, type Examples, type GroupReader } from './places.js';
import { compilePhrases } from './phrases.js';
import type { NameGroup } from './types.js';

export function conceptGroups(docs: Iterable<TaggedDocument>, concepts: readonly ConceptGroup[]): NameGroup[] {
  return withExamples(docs, undefined, (examples) => readTogether(docs, [conceptReader(concepts, examples)]));
}

/** Concept groups as a `GroupReader`, all groups at once: the corpus is read once, not once per group. */
export function conceptReader(concepts: readonly ConceptGroup[], examples: Examples): GroupReader {
  const wanted = concepts
    .filter((c) => c.kind === 'concept')
    .map((group) => {
      const forms = [group.preferred, ...group.variants];
      return { group, forms, find: compilePhrases(forms), tally: new VariantTally(examples) };
    });
  return {
    read(at) {
      for (const { forms, find, tally } of wanted) {
        for (const hit of find(at.passage.text)) tally.add(String(hit.index), forms[hit.index], at, hit.start, hit.end);
      }
    },
    finish: () =>
      wanted
        .filter(({ tally }) => tally.size > 0)
        .map(({ group, tally }) => lexiconGroup(group, tally))
        .sort((a, b) => Number(b.inconsistent) - Number(a.inconsistent) || a.canonical.localeCompare(b.canonical, 'sv')),
  };
}
