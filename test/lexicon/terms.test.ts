import { describe, expect, it } from 'vitest';
import {
  administrationTerms,
  applyExcludes,
  defaultTerm,
  excludeKey,
  nameTerm,
  normalizeTerm,
  normalizeTermEntries,
  termEntryPaths,
} from '../../src/lexicon/terms.js';
import type { Administration, TermMatch } from '../../src/types.js';

describe('defaultTerm', () => {
  it.each([
    ['barnrätt', 'any', false],
    ['samråd', 'any', false],
    ['våld', 'none', false],
    ['val', 'none', false],
    ['barnets bästa', 'none', false],
    ['LSS', 'none', true],
    ['KSAU', 'none', true],
    ['  klarspråk ', 'any', false],
  ] as const)('%s → compound %s, caseSensitive %s', (text, compound, caseSensitive) => {
    expect(defaultTerm(text)).toEqual({ text: text.trim(), compound, caseSensitive });
  });

  it('lets an object override the defaults one field at a time', () => {
    expect(normalizeTerm({ text: 'service', compound: 'head' })).toEqual({ text: 'service', compound: 'head', caseSensitive: false });
    expect(normalizeTerm({ text: 'HBTQ', caseSensitive: false })).toEqual({ text: 'HBTQ', compound: 'none', caseSensitive: false });
  });
});

describe('term groups and strength', () => {
  const entries = [
    'barnets bästa',
    { source: 'Skollagen 6 kap.', weak: true, facet: 'skola', terms: ['elev', { text: 'mobbning', weak: false }, { text: 'skolan', facet: 'plats' }] },
    { text: 'barn', weak: true },
  ];

  it('flattens groups in order, their source, strength and facet given to each term unless it says otherwise', () => {
    expect(normalizeTermEntries(entries)).toEqual([
      { text: 'barnets bästa', compound: 'none', caseSensitive: false },
      { text: 'elev', compound: 'none', caseSensitive: false, weak: true, facet: 'skola', source: 'Skollagen 6 kap.' },
      { text: 'mobbning', compound: 'any', caseSensitive: false, facet: 'skola', source: 'Skollagen 6 kap.' },
      { text: 'skolan', compound: 'any', caseSensitive: false, weak: true, facet: 'plats', source: 'Skollagen 6 kap.' },
      { text: 'barn', compound: 'none', caseSensitive: false, weak: true },
    ]);
  });

  it('says where each flattened term stands in the file', () => {
    expect(termEntryPaths(entries)).toEqual([[0], [1, 'terms', 0], [1, 'terms', 1], [1, 'terms', 2], [2]]);
  });
});

describe('names of administrations', () => {
  it('match one-word names as the first part of a compound only', () => {
    expect(nameTerm('Kulturnämnden')).toEqual({ text: 'Kulturnämnden', compound: 'modifier', caseSensitive: false });
    expect(nameTerm('Tekniska nämnden')).toEqual({ text: 'Tekniska nämnden', compound: 'none', caseSensitive: false });
    expect(nameTerm('MKB')).toEqual({ text: 'MKB', compound: 'none', caseSensitive: true });
  });

  it('take name, aliases and misspellings, once each regardless of case', () => {
    const theatre: Administration = {
      id: 'malmo/malmo-stadsteater-ab',
      name: 'Malmö Stadsteater AB',
      kind: 'bolag',
      aliases: ['Malmö Stadsteater'],
      misspellings: ['Malmö stadsteater AB'],
    };
    expect(administrationTerms(theatre).map((t) => t.text)).toEqual(['Malmö Stadsteater AB', 'Malmö Stadsteater']);
  });
});

describe('applyExcludes', () => {
  const match = (key: string, start: number): TermMatch => ({ key, term: key, start, end: start + 3, text: key, negated: false, via: 'word' });
  const sentences = [
    { start: 0, end: 50 },
    { start: 50, end: 100 },
  ];

  it('drops the category in the sentence of its exclusion only', () => {
    const matches = [match('demokrati', 10), match(excludeKey('demokrati'), 20), match('demokrati', 60), match('P3', 30)];
    expect(applyExcludes(matches, sentences).map((m) => `${m.key}@${m.start}`)).toEqual(['demokrati@60', 'P3@30']);
  });

  it('treats the whole text as one sentence without sentence spans', () => {
    const matches = [match('bostad', 10), match(excludeKey('bostad'), 80)];
    expect(applyExcludes(matches)).toEqual([]);
  });
});
