// Every lexicon entry's own examples, run like ESLint's valid/invalid cases: each `match`
// sentence must produce a (non-negated) match under the entry's key, each `nomatch` must not.
// Categories are tagged as a one-sentence document of the framework's city (Malmö for the shared
// rights areas), so exclusions, weak terms, organ names and procedure words apply as in use;
// administrations through one matcher per registry with group nouns, the longer
// name winning where names nest ("Kommunstyrelsens arbetsutskott" over "Kommunstyrelsens").
import { describe, expect, it } from 'vitest';
import { compileMatcher, dropNested } from '../../src/language/index.js';
import { loadLexicons } from '../../src/lexicon/load.js';
import { administrationEntries, nameTerm } from '../../src/lexicon/terms.js';
import { buildContext } from '../../src/tag/context.js';
import { tagDocument } from '../../src/tag/index.js';
import type { TermMatch } from '../../src/types.js';
import { makeDocument } from '../helpers/documents.js';

const lexicons = loadLexicons();
const context = buildContext(lexicons);

function keysIn(matches: TermMatch[]): string[] {
  return [...new Set(matches.filter((m) => !m.negated).map((m) => m.key))];
}

describe('category examples', () => {
  for (const framework of lexicons.frameworks) {
    const city = framework.city;
    const categorize = (sentence: string) =>
      tagDocument(makeDocument([sentence], { city }), context)
        .passages[0].tags.filter((t) => !t.negated)
        .map((t) => t.id);
    for (const category of framework.categories) {
      describe(`${framework.id} ${category.id}`, () => {
        it.each(category.examples.match)('matchar: %s', (sentence) => {
          expect(categorize(sentence)).toContain(category.id);
        });
        it.each(category.examples.nomatch)('matchar inte: %s', (sentence) => {
          expect(categorize(sentence)).not.toContain(category.id);
        });
      });
    }
  }
});

describe('administration examples', () => {
  for (const registry of lexicons.registries) {
    const groups = registry.groups.flatMap((g) => [g.name, ...g.aliases].map((n) => ({ key: `group:${g.name}`, term: nameTerm(n) })));
    const matcher = compileMatcher([...administrationEntries([registry]), ...groups], { negation: false });
    const mentioned = (sentence: string) => keysIn(dropNested(matcher.match(sentence)));
    for (const administration of registry.administrations) {
      describe(administration.id, () => {
        it.each(administration.examples?.match ?? [])('nämns: %s', (sentence) => {
          expect(mentioned(sentence)).toContain(administration.id);
        });
        it.each(administration.examples?.nomatch ?? [])('nämns inte: %s', (sentence) => {
          expect(mentioned(sentence)).not.toContain(administration.id);
        });
      });
    }
  }
});

it('every category and administration has examples', () => {
  const missing = [
    ...lexicons.frameworks.flatMap((f) => f.categories.filter((c) => c.examples.match.length === 0).map((c) => c.id)),
    ...lexicons.registries.flatMap((r) => r.administrations.filter((a) => !a.examples?.match.length).map((a) => a.id)),
  ];
  expect(missing).toEqual([]);
});
