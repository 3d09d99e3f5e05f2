// Organ names across IDs: a city's unregistered organs are reported, and one organ's forms with
// different IDs become one group ("variant" when the form is the same, "möjligen" when near).
import { describe, expect, it } from 'vitest';
import { administrationGroups } from '../../src/names/variants.js';
import { namesToText } from '../../src/report/names/text.js';
import { doc, lexicons } from '../helpers/tagged.js';

const m = (id: string, name: string) => ({ id, name });
const docs = [
  doc({
    path: 'vaxjo-protokoll.txt',
    author: 'vaxjo/kommunstyrelsen',
    passages: [
      { text: 'Nämnden för Vård & Omsorg beslutar.', mentions: [m('vaxjo/namnden-for-vard-och-omsorg', 'Nämnden för Vård & Omsorg')] },
      {
        text: 'Nämnden för Vård & Omsorg och Nämnden för Arbete & Välfärd.',
        mentions: [
          m('vaxjo/namnden-for-vard-och-omsorg', 'Nämnden för Vård & Omsorg'),
          m('vaxjo/namnden-for-arbete-och-valfard', 'Nämnden för Arbete & Välfärd'),
        ],
      },
      { text: 'Yttrande till nämnden för vård och omsorg.', mentions: [m('vaxjo/namnden-for-vard-och-omsorg', 'nämnden för vård och omsorg')] },
      { text: 'Vård- och omsorgsnämnden har yttrat sig.', mentions: [m('vaxjo/vard-och-omsorgsnamnden', 'Vård- och omsorgsnämnden')] },
      { text: 'Nämnden för Vård & Omorg informeras.', mentions: [m('vaxjo/namnden-for-vard-och-omorg', 'Nämnden för Vård & Omorg')] },
      { text: 'Nämnden för Arbete & Välfärd svarar.', mentions: [m('vaxjo/namnden-for-arbete-och-valfard', 'Nämnden för Arbete & Välfärd')] },
    ],
  }),
  doc({
    path: 'malmo.txt',
    author: 'malmo/kommunstyrelsen',
    passages: [{ text: 'Kulturnämnden och Kultrunämnden.', mentions: [m('malmo/kulturnamnden', 'Kulturnämnden'), m('malmo/kultrunamnden', 'Kultrunämnden')] }],
  }),
];
const groups = administrationGroups(docs, lexicons());
const forms = (id: string) => groups.find((g) => g.id === id)?.variants.map((v) => [v.text, v.status]);

describe('organ names across IDs', () => {
  it('groups "&"/"och", case, and "X-nämnden" under the most frequent form of an unregistered organ', () => {
    expect(forms('vaxjo/namnden-for-vard-och-omsorg')).toEqual([
      ['Nämnden för Vård & Omsorg', 'canonical'],
      ['Nämnden för Vård & Omorg', 'possible'],
      ['nämnden för vård och omsorg', 'variant'],
      ['Vård- och omsorgsnämnden', 'variant'],
    ]);
    expect(groups.find((g) => g.id === 'vaxjo/namnden-for-vard-och-omsorg')!.note).toMatch(/möjligen samma organ/);
    expect(groups.some((g) => g.id === 'vaxjo/vard-och-omsorgsnamnden' || g.id === 'vaxjo/namnden-for-vard-och-omorg')).toBe(false);
  });

  it('keeps other organs apart', () => {
    expect(forms('vaxjo/namnden-for-arbete-och-valfard')).toEqual([['Nämnden för Arbete & Välfärd', 'canonical']]);
    expect(groups.find((g) => g.id === 'vaxjo/namnden-for-arbete-och-valfard')!.inconsistent).toBe(false);
  });

  it('puts a misspelt name under the registered organ of the same city only', () => {
    expect(forms('malmo/kulturnamnden')).toEqual([
      ['Kulturnämnden', 'canonical'],
      ['Kultrunämnden', 'possible'],
    ]);
    expect(groups.find((g) => g.id === 'malmo/kulturnamnden')!.confidence).toBe('medium');
  });

  it('marks an organ the registry lacks, and calls its canonical form the common one', () => {
    expect(groups.find((g) => g.id === 'vaxjo/namnden-for-vard-och-omsorg')!.unregistered).toBe(true);
    expect(groups.find((g) => g.id === 'malmo/kulturnamnden')!.unregistered).toBeUndefined();
    const text = namesToText({ groups });
    expect(text).toMatch(/✓ Nämnden för Vård & Omsorg +2× +vanlig form/);
    expect(text).toMatch(/\? Nämnden för Vård & Omorg +1× +möjligen samma/);
    expect(text).toMatch(/✓ Kulturnämnden +1× +registrets namn/);
  });
});

describe('wrong names across committees’ minutes', () => {
  const minutes = (path: string, author: string, names: Array<[string, string]>) =>
    doc({ path, author, passages: names.map(([id, name]) => ({ text: `${name} har yttrat sig.`, mentions: [m(id, name)] })) });
  const kultur: Array<[string, string]> = [['linkoping/kulturforvaltningen', 'Kulturförvaltningen']];
  const fritid: Array<[string, string]> = [['linkoping/kultur-och-fritidsnamnden', 'Kultur- och fritidsnämnden']];
  const docs = [
    minutes('kultur.txt', 'linkoping/kulturnamnden', [...kultur, ...kultur, ...kultur, ...fritid, ...fritid, ...fritid]),
    minutes('arbete.txt', 'linkoping/namnden-for-arbete-och-valfard', [
      ['linkoping/namnden-for-arbete-och-valfard', 'Nämnden för Arbete & Välfärd'],
      ['linkoping/namnden-for-arbete-och-valfard', 'Nämnden för Arbete & Välfärd'],
      ['linkoping/namnden-for-arbete-och-valfard', 'Nämnden för Arbete & Välfärd'],
    ]),
    // Nämnden för Teknik's minutes call two organs by wrong names, and name another organ once.
    minutes('teknik.txt', 'linkoping/namnden-for-teknik', [
      ['linkoping/kultur-och-fritidsforvaltningen', 'Kultur- och fritidsförvaltningen'],
      ['linkoping/fritids-och-kulturnamnden', 'Fritids- och kulturnämnden'],
      ['linkoping/namnden-for-arbete-och-larande', 'Nämnden för Arbete & Lärande'],
    ]),
  ];
  const groups = administrationGroups(docs, lexicons());
  const forms = (id: string) => groups.find((g) => g.id === id)?.variants.map((v) => [v.text, v.status]);

  it('joins a rare wrong name to the one organ it is close to, as "möjligen", with the evidence', () => {
    expect(forms('linkoping/kulturforvaltningen')).toEqual([
      ['Kulturförvaltningen', 'canonical'],
      ['Kultur- och fritidsförvaltningen', 'possible'],
    ]);
    expect(groups.find((g) => g.id === 'linkoping/kulturforvaltningen')!.note).toBe(
      '”Kultur- och fritidsförvaltningen” är inget känt namn men har ett ord mer i samordningen än ”Kulturförvaltningen”, och liknar inget annat organ; möjligen fel namn på det.',
    );
    expect(forms('linkoping/kultur-och-fritidsnamnden')).toEqual([
      ['Kultur- och fritidsnämnden', 'canonical'],
      ['Fritids- och kulturnämnden', 'possible'],
    ]);
  });

  it('leaves a name with one word replaced apart: it is another organ', () => {
    expect(forms('linkoping/namnden-for-arbete-och-larande')).toEqual([['Nämnden för Arbete & Lärande', 'canonical']]);
    expect(forms('linkoping/namnden-for-arbete-och-valfard')).toEqual([['Nämnden för Arbete & Välfärd', 'canonical']]);
  });
});

describe('the form that stands for an unregistered organ', () => {
  it('is, of equally frequent forms, the one written by the rules', () => {
    const id = 'motala/kultur-och-fritidsnamnden';
    const written = ['Kultur och fritidsnämnden beslutar.', 'Kultur och Fritidsnämnden ställer sig positiv.', 'Kultur- och fritidsnämnden har yttrat sig.'];
    const tie = doc({
      path: 'motala-protokoll.txt',
      author: id,
      passages: written.map((text) => ({ text, mentions: [m(id, text.slice(0, text.indexOf('nämnden') + 'nämnden'.length))] })),
    });
    const group = administrationGroups([tie], lexicons()).find((g) => g.id === id)!;
    expect(group.canonical).toBe('Kultur- och fritidsnämnden');
    expect(group.variants[0]).toMatchObject({ text: 'Kultur- och fritidsnämnden', status: 'canonical' });
  });
});

describe('two cities’ organs of the same name', () => {
  it('each is headed with its city’s name; a name of one city only is not', () => {
    const two = [
      doc({
        path: 'boras.txt',
        author: 'boras/kommunstyrelsen',
        passages: [{ text: 'Kommunstyrelsen beslutar.', mentions: [m('boras/kommunstyrelsen', 'Kommunstyrelsen')] }],
      }),
      doc({
        path: 'lulea.txt',
        author: 'lulea/socialnamnden',
        passages: [
          { text: 'Kommunstyrelsen och Socialnämnden.', mentions: [m('lulea/kommunstyrelsen', 'Kommunstyrelsen'), m('lulea/socialnamnden', 'Socialnämnden')] },
        ],
      }),
    ];
    const text = namesToText({ groups: administrationGroups(two, lexicons()) }, { all: true });
    const headings = text.split('\n').filter((line) => /^ {2}\S/.test(line));
    expect(headings).toEqual(['  Kommunstyrelsen (Borås Stad)', '  Kommunstyrelsen (Luleå kommun)', '  Socialnämnden']);
  });
});
