// Concept variants: for each of the lexicon's concept groups, which of its terms are used, how
// often, in which documents and by which administrations, next to the preferred term.
import type { ConceptGroup, TaggedDocument } from '../types.js';
import { lexiconGroup, VariantTally } from './collect.js';
import { compilePhrases } from './phrases.js';
import type { NameGroup } from './types.js';

export function conceptGroups(docs: readonly TaggedDocument[], concepts: readonly ConceptGroup[]): NameGroup[] {
  const groups: NameGroup[] = [];
  for (const group of concepts.filter((c) => c.kind === 'concept')) {
    const forms = [group.preferred, ...group.variants];
    const find = compilePhrases(forms);
    const tally = new VariantTally();
    for (const doc of docs) {
      for (const passage of doc.passages) {
        for (const hit of find(passage.text)) tally.add(String(hit.index), forms[hit.index], doc, passage, hit.start, hit.end);
      }
    }
    if (tally.size > 0) groups.push(lexiconGroup(group, tally));
  }
  return groups.sort((a, b) => Number(b.inconsistent) - Number(a.inconsistent) || a.canonical.localeCompare(b.canonical, 'sv'));
}
