import { describe, expect, it } from 'vitest';
import { analyzeNames, variantKey } from '../../src/names/index.js';
import { conceptGroups } from '../../src/names/concepts.js';
import { spellingGroups } from '../../src/names/spelling-variants.js';
import { inflectionPair } from '../../src/names/spelling-input.js';
import { titleGroups } from '../../src/names/titles.js';
import { administrationGroups } from '../../src/names/variants.js';
import { doc, lexicons, rules } from '../helpers/tagged.js';

const lex = lexicons();

describe('variantKey', () => {
  it.each([
    // a, b, same variant?
    ['Kulturnämnden', 'kulturnämnden', true], // sentence-initial capital
    ['kulturnämndens', 'Kulturnämnden', true], // genitive
    ['kulturnämnder', 'kulturnämnden', true], // plural
    ['MKB Fastighets AB:s', 'MKB Fastighets AB', true],
    ['Tekniska  nämnden', 'tekniska nämndens', true],
    ['MKB Fastighet AB', 'MKB Fastighets AB', false],
    ['Hälsa-, vård och omsorgsnämnden', 'Hälsa-, vård- och omsorgsnämnden', false],
    ['Malmö stadsteater AB', 'Malmö Stadsteater AB', false],
    ['Malmö live konserthus AB', 'Malmö Live Konserthus AB', false],
    ['Stockholm stad', 'Stockholms stad', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(variantKey(a) === variantKey(b)).toBe(same);
  });
});

describe('administration variants', () => {
  const docs = [
    doc({
      path: 'a.txt',
      author: 'malmo/kommunstyrelsen',
      passages: [
        { text: 'Kulturnämnden har ett barnrättsspår.', mentions: [{ id: 'malmo/kulturnamnden', name: 'Kulturnämnden' }] },
        {
          text: 'Både fritidsnämnden och kulturnämnden deltar. Kulturnämndens arbete fortsätter.',
          mentions: [
            { id: 'malmo/kulturnamnden', name: 'kulturnämnden' },
            { id: 'malmo/kulturnamnden', name: 'Kulturnämndens' },
          ],
        },
        {
          text: 'MKB Fastighet AB:s demokratiråd och MKB Fastighets AB samt MKB.',
          mentions: [
            { id: 'malmo/mkb-fastighets-ab', name: 'MKB Fastighet AB:s' },
            { id: 'malmo/mkb-fastighets-ab', name: 'MKB Fastighets AB' },
            { id: 'malmo/mkb-fastighets-ab', name: 'MKB.' },
          ],
        },
      ],
    }),
  ];
  docs[0].passages[2].mentions[2].end -= 1; // "MKB", not "MKB."
  const groups = administrationGroups(docs, lex);

  it('does not report a sentence-initial capital or an inflection as a variant', () => {
    const kultur = groups.find((g) => g.id === 'malmo/kulturnamnden')!;
    expect(kultur.inconsistent).toBe(false);
    expect(kultur.variants).toHaveLength(1);
    expect(kultur.variants[0]).toMatchObject({
      text: 'kulturnämnden',
      count: 3,
      status: 'canonical',
      documents: ['a.txt'],
      administrations: ['malmo/kommunstyrelsen'],
    });
  });

  it('reports a known misspelling next to the canonical name and an alias', () => {
    const mkb = groups.find((g) => g.id === 'malmo/mkb-fastighets-ab')!;
    expect(mkb.inconsistent).toBe(true);
    expect(mkb.canonical).toBe('MKB Fastighets AB');
    expect(mkb.variants.map((v) => [v.text, v.status])).toEqual([
      ['MKB', 'alias'],
      ['MKB Fastighet AB:s', 'known-misspelling'],
      ['MKB Fastighets AB', 'canonical'],
    ]);
    expect(groups[0].id).toBe('malmo/mkb-fastighets-ab'); // inconsistent groups first
  });
});

describe('concept variants', () => {
  const concepts = [
    { id: 'hbtqi', kind: 'concept' as const, preferred: 'hbtqi', variants: ['HBTQ', 'HBTQI', 'HBTQIA', 'HBTQIA+'], file: 'c' },
    { id: 'barnrattsspar', kind: 'concept' as const, preferred: 'barnrättsspår', variants: ['barnrättspår'], file: 'c' },
    { id: 'konsekvensanalys', kind: 'concept' as const, preferred: 'konsekvensanalys', variants: ['konsekvensbeskrivning'], file: 'c' },
  ];
  const d = doc({
    path: 'r.txt',
    author: 'malmo/kommunstyrelsen',
    passages: [
      { text: 'MKB har förnyat sin HBTQI-certifiering och arbetar mot HBTQIA-hat.', mentions: [{ id: 'malmo/mkb-fastighets-ab', name: 'MKB' }] },
      'Perspektiven barnrätts-, jämställdhets- och HBTQIA+-perspektiven; hbtqi-personers rättigheter.',
      'Nämnderna beskriver barnrättspår och barnrättsspåret.',
      'Barnkonsekvensanalyser och konsekvensbeskrivningar görs.',
    ],
  });
  const groups = conceptGroups([d], concepts);
  const forms = (id: string) => Object.fromEntries(groups.find((g) => g.id === id)!.variants.map((v) => [v.text, v.count]));

  it.each([
    ['hbtqi', { HBTQI: 1, HBTQIA: 1, 'HBTQIA+': 1, hbtqi: 1 }],
    ['barnrattsspar', { barnrättspår: 1, barnrättsspår: 1 }],
    ['konsekvensanalys', { konsekvensanalys: 1, konsekvensbeskrivning: 1 }],
  ])('%s: %o', (id, want) => {
    expect(forms(id)).toEqual(want);
  });

  it('marks the preferred term and names the administrations in the passages', () => {
    const h = groups.find((g) => g.id === 'hbtqi')!;
    expect(h.variants.find((v) => v.text === 'hbtqi')!.status).toBe('preferred');
    expect(h.variants.find((v) => v.text === 'HBTQI')!).toMatchObject({ status: 'variant', about: ['malmo/mkb-fastighets-ab'] });
  });
});

describe('title wordings', () => {
  const d = doc({
    path: 'r.txt',
    passages: [
      'Kommunfullmäktige antog Policy för mänskliga rättigheter med särskilt fokus på barnets rättigheter, jämlikhet och jämställdhet.',
      'Sedan 2022 finns Policy för mänskliga rättigheter med fokus på barnets rättigheter, jämlikhet och jämställdhet. Den styr.',
      'I juni 2022 antog Malmö stad en Policy för mänskliga rättigheter med fokus på jämlikhet, jämställdhet och barnets rättigheter.',
      'Policy för mänskliga rättigheter reglerar inte arbetsgivaransvaret.',
    ],
  });
  it('finds listed and unlisted wordings of a title', () => {
    const g = titleGroups([d], lex.concepts)[0];
    expect(g.variants.map((v) => [v.text, v.status])).toEqual([
      ['Policy för mänskliga rättigheter med fokus på barnets rättigheter, jämlikhet och jämställdhet', 'preferred'],
      ['Policy för mänskliga rättigheter med fokus på jämlikhet, jämställdhet och barnets rättigheter', 'variant'],
      ['Policy för mänskliga rättigheter med särskilt fokus på barnets rättigheter, jämlikhet och jämställdhet', 'variant'],
    ]);
    for (const v of g.variants) for (const e of v.examples) expect(d.passages.some((p) => p.text.includes(e.quote))).toBe(true);
  });
});

describe('spelling', () => {
  const dictionary = new Set([
    'afrofobi',
    'arbetssätt',
    'återrapporteringen',
    'utreda',
    'utredda',
    'formerna',
    'budget',
    'och',
    'nämnden',
    'mot',
    'ett',
    'nytt',
    'om',
    'arbetet',
    'bra',
    'detta',
    'men',
    'det',
    'uppdrag',
    'nämndens',
    'handlingsplan',
    'islamofobi',
    'fler',
  ]);
  const checker = {
    correct: (w: string) => dictionary.has(w.toLowerCase()),
    suggest: (w: string) => (w.toLowerCase() === 'åtterrapporeringen' ? ['Återrapporteringen'] : []),
  };
  const corpus = [
    doc({
      path: 'a.txt',
      passages: [
        'Handlingsplan mot afrofobi och islamofobi. Ett arbetssätt om afrofobi. Arbetssätt, arbetssätt och afrofobi.',
        'Återrapporteringen och återrapporteringen och återrapporteringen är bra.',
        'Uppdrag budget utreda formerna för staden. Detta uppdrag budget utreda formerna för nämnden och uppdrag budget utreda formerna för staden, men uppdrag budget utreda formerna för oss.',
      ],
    }),
    doc({
      path: 'b.txt',
      passages: [
        'Handlingsplan mot afrofofi. Ett nytt arbetsätt.',
        'Åtterrapporeringen och åtterrapporeringen och åtterrapporeringen och åtterrapporeringen.',
        'Uppdrag budget utredda formerna för staden.',
      ],
    }),
  ];
  const groups = spellingGroups(corpus, { checker, rules: rules().spelling, terms: ['afrofobi'], phrases: [], skip: new Set() });
  const pairs = groups.flatMap((g) => g.variants.filter((v) => v.status === 'misspelling').map((v) => [v.text, g.canonical]));

  it('groups rare rejected words under the frequent form or lexicon term they are near', () => {
    expect(pairs).toEqual([
      ['afrofofi', 'afrofobi'],
      ['arbetsätt', 'arbetssätt'],
      ['utredda', 'utreda'], // a dictionary word where the frequent one stands
      ['åtterrapporeringen', 'återrapporteringen'], // frequent, but Hunspell suggests the neighbour
    ]);
  });

  it('explains each hit', () => {
    expect(groups.find((g) => g.canonical === 'afrofobi')!.note).toBe(
      'Hunspell känner inte igen ”afrofofi”; avstånd 1 från ”afrofobi” (lexikonterm, 3 förekomster).',
    );
    expect(groups.find((g) => g.canonical === 'utreda')!.note).toMatch(/^”utredda” finns i ordlistan men står där ”utreda” står annars/);
  });

  it('does not take an inflection for a misspelling', () => {
    expect(inflectionPair('malmöbors', 'malmöbor')).toBe(true);
    expect(inflectionPair('afrofofi', 'afrofobi')).toBe(false);
  });

  it('compares multi-word names as a whole', () => {
    const d = doc({ path: 'c.txt', passages: ['Arbetet med Unga stadsguider fortsätter. Metoden Unga stadsguidr prövas.'] });
    const g = spellingGroups([d], { checker, rules: rules().spelling, terms: [], phrases: ['Unga stadsguider'], skip: new Set() });
    expect(g.map((x) => [x.canonical, x.variants.map((v) => v.text)])).toEqual([['Unga stadsguider', ['Unga stadsguider', 'Unga stadsguidr']]]);
  });
});

describe('analyzeNames', () => {
  it('leaves spelling out without a checker', () => {
    const r = analyzeNames([doc({ path: 'x.txt', passages: ['Afrofofi.'] })], lex, { rules: rules() });
    expect(r.groups.filter((g) => g.kind === 'spelling')).toEqual([]);
  });

  it('compares multi-word strong terms as names, and not weak ones, which are ordinary language', () => {
    const withTerms = lexicons();
    withTerms.frameworks[0].categories[0].terms = [
      { text: 'Unga stadsguider', compound: 'none', caseSensitive: false },
      { text: 'information om', compound: 'none', caseSensitive: false, weak: true },
    ];
    const d = doc({
      path: 'w.txt',
      passages: ['Unga stadsguider och information om stödet. Unga stadsguidr prövas. Det finns information som ges.', 'Mer information om det.'],
    });
    // A checker that rejects the word of both runs, so that only the weak-phrase rule keeps "information som" out.
    const checker = { correct: (w: string) => !['stadsguidr', 'som'].includes(w.toLowerCase()), suggest: () => [] };
    const r = analyzeNames([d], withTerms, { rules: rules(), checker });
    expect(r.groups.filter((g) => g.kind === 'spelling').map((g) => g.canonical)).toEqual(['Unga stadsguider']);
  });

  it('does not compare a run whose differing words are all Swedish words with a multi-word name', () => {
    const withTerms = lexicons();
    withTerms.frameworks[0].categories[0].terms = [
      { text: 'psykisk hälsa', compound: 'none', caseSensitive: false },
      { text: 'behandlas lika', compound: 'none', caseSensitive: false },
    ];
    const d = doc({ path: 'w.txt', passages: ['Psykisk hälsa och psykisk ohälsa. Alla behandlas lika men behandlas olika ibland. Psykisk hälsaa.'] });
    const checker = { correct: (w: string) => w.toLowerCase() !== 'hälsaa', suggest: () => [] };
    const r = analyzeNames([d], withTerms, { rules: rules(), checker });
    const spelling = r.groups.filter((g) => g.kind === 'spelling');
    expect(spelling.flatMap((g) => g.variants.filter((v) => v.status === 'misspelling').map((v) => v.text))).toEqual(['Psykisk hälsaa']);
  });
});
