import { describe, expect, it } from 'vitest';
import { expandCoordination, findCoordinations } from '../../src/language/coordination.js';
import { languageData } from '../../src/language/data.js';
import { compileMatcher } from '../../src/language/matcher.js';
import { tokenize } from '../../src/language/tokenize.js';
import type { TermMatch } from '../../src/types.js';
import { LEXICON } from './lexicon.js';

const data = languageData().coordination;
const coordinations = (text: string) => {
  const tokens = tokenize(text);
  return findCoordinations(tokens, data).map((c) => ({
    conjuncts: c.conjuncts.map((i) => tokens.text(i)),
    last: tokens.text(c.last),
  }));
};

describe('findCoordinations', () => {
  it.each([
    {
      text: 'Miljönämnden har arbetat för tydligare integrering av barnrätts-\n, jämställdhets-, minoritets- och HBTQIA+-perspektiven i',
      found: [{ conjuncts: ['barnrätts-', 'jämställdhets-', 'minoritets-'], last: 'HBTQIA+-perspektiven' }],
    },
    { text: 'som lyfts i kultur- och\nfritidsnämndernas årsanalyser', found: [{ conjuncts: ['kultur-'], last: 'fritidsnämndernas' }] },
    { text: 'ur ett demokrati-, och barnrättsperspektiv.', found: [{ conjuncts: ['demokrati-'], last: 'barnrättsperspektiv' }] },
    {
      text: 'fokus på att integrera de olika rättighetsperspektiven i ordinarie styr-, lednings-\noch uppföljningssystem.',
      found: [{ conjuncts: ['styr-', 'lednings-'], last: 'uppföljningssystem' }],
    },
    // The misspelt variant has no conjunction before "vård": nothing to expand.
    { text: 'Hälsa-, vård och omsorgsnämnden', found: [] },
    // A word broken at a line end is the normalizer's business, not a coordination.
    { text: 'Förvaltningens HR-\navdelning har vidare arbetat', found: [] },
  ])('$text', ({ text, found }) => {
    expect(coordinations(text)).toEqual(found);
  });
});

describe('findCoordinations with the text', () => {
  it('does not cross a blank line', () => {
    const text = 'arbete med tillgänglighets- och\n\nfunktionsrättsfrågor';
    const tokens = tokenize(text);
    expect(findCoordinations(tokens, data)).toHaveLength(1);
    expect(findCoordinations(tokens, data, text)).toEqual([]);
  });
});

describe('expandCoordination', () => {
  it('expands hyphen conjuncts with the head after the last conjunct’s inner hyphen', () => {
    const tokens = tokenize('integrering av barnrätts-, jämställdhets-, minoritets- och HBTQIA+-perspektiven i verksamheten');
    const [c] = findCoordinations(tokens, data);
    expect(expandCoordination(tokens, c)?.map((e) => e.word)).toEqual([
      'barnrättsperspektiven',
      'jämställdhetsperspektiven',
      'minoritetsperspektiven',
      'hbtqia+-perspektiven',
    ]);
  });

  it('asks the chooser where the head of a closed compound starts, or gives up', () => {
    const tokens = tokenize('Kultur- och fritidsnämnderna har lagt grunden');
    const [c] = findCoordinations(tokens, data);
    expect(expandCoordination(tokens, c)).toBeNull();
    const atNamnd = (last: string) => last.indexOf('nämnd');
    expect(expandCoordination(tokens, c, atNamnd)?.map((e) => e.word)).toEqual(['kulturnämnderna', 'fritidsnämnderna']);
  });
});

type Row = [text: string, key: string, via: TermMatch['via'], negated: boolean];
const show = (m: TermMatch): Row => [m.text, m.key, m.via, m.negated];

describe('coordinated compounds in the matcher', () => {
  const matcher = compileMatcher(LEXICON);
  it.each<{ rule: string; text: string; matches: Row[] }>([
    {
      rule: 'four perspectives: each conjunct matched as its expansion, on the conjunct’s span',
      text: 'Miljönämnden har arbetat för tydligare integrering av barnrätts-\n, jämställdhets-, minoritets- och HBTQIA+-perspektiven i verksamheten',
      matches: [
        ['barnrätts-', 'barnratt', 'coordination', false],
        ['jämställdhets-', 'jamstalldhet', 'coordination', false],
        ['minoritets-', 'nationella-minoriteter', 'coordination', false],
        ['HBTQIA+-perspektiven', 'hbtqi', 'compound', false],
      ],
    },
    {
      rule: 'two committees: the split is where the expansion is a registered name (kultur|nämnderna)',
      text: 'Kultur- och fritidsnämnderna har lagt grunden genom barnrättsspår',
      matches: [
        ['Kultur-', 'malmo/kulturnamnden', 'coordination', false],
        ['fritidsnämnderna', 'malmo/fritidsnamnden', 'word', false],
        ['barnrättsspår', 'barnratt', 'compound', false],
      ],
    },
    {
      rule: 'across a line break, genitive plural',
      text: 'Exempel på insatser som lyfts i kultur- och\nfritidsnämndernas årsanalyser är följande:',
      matches: [
        ['kultur-', 'malmo/kulturnamnden', 'coordination', false],
        ['fritidsnämndernas', 'malmo/fritidsnamnden', 'word', false],
      ],
    },
    {
      rule: 'a registered name spanning the whole coordination wins: no expansion',
      text: 'tillsammans med grundskolenämnden, arbetsmarknads- och socialnämnden och kulturnämnden',
      matches: [
        ['grundskolenämnden', 'malmo/grundskolenamnden', 'word', false],
        ['arbetsmarknads- och socialnämnden', 'malmo/arbetsmarknads-och-socialnamnden', 'word', false],
        ['socialnämnden', 'stockholm/socialnamnden', 'word', false],
        ['kulturnämnden', 'malmo/kulturnamnden', 'word', false],
      ],
    },
    {
      rule: 'a registered name spanning the whole coordination wins (gymnasie- och vuxenutbildningsnämnden)',
      text: 'Gymnasie- och vuxenutbildningsnämnden arbetar med frågor',
      matches: [['Gymnasie- och vuxenutbildningsnämnden', 'malmo/gymnasie-och-vuxenutbildningsnamnden', 'word', false]],
    },
    {
      rule: 'no head in the lexicon: the conjunct alone is a modifier (tillgänglighets-, samråds-)',
      text: 'arbete med tillgänglighets- och funktionsrättsfrågor; såsom samråds- och remissorgan i planeringsfrågor',
      matches: [
        ['tillgänglighets-', 'P2', 'coordination', false],
        ['samråds-', 'P3', 'coordination', false],
      ],
    },
    {
      rule: 'upphandlings- och investeringsprocesser',
      text: 'Nämnderna använder också befintliga verktyg, såsom intern kontroll, upphandlings- och investeringsprocesser',
      matches: [['upphandlings-', 'P1', 'coordination', false]],
    },
  ])('$rule', ({ text, matches }) => {
    expect(matcher.match(text).map(show)).toEqual(matches);
  });
});
