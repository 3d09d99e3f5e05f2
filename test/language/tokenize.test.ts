import { describe, expect, it } from 'vitest';
import { tokenize as tokenizeColumns, type Token } from '../../src/language/tokenize.js';

/** The tokens as objects, read from the columns (`Tokens.at`). */
const tokenize = (text: string): Token[] => tokenizeColumns(text).toArray();

/** Tokens as "text" for words, "text|kind" for the rest, "text|h" for a trailing hyphen. */
const show = (t: Token) => (t.kind === 'word' ? (t.trailingHyphen ? `${t.text}|h` : t.text) : `${t.text}|${t.kind}`);

// One row per rule, each a real sentence (or line) from /work/shared/seeds.
const rows: { rule: string; text: string; tokens: string[] }[] = [
  {
    rule: 'letters by Unicode category: å, ä, ö are letters',
    text: 'Övriga nämnder och bolag har inte lyft fram',
    tokens: ['Övriga', 'nämnder', 'och', 'bolag', 'har', 'inte', 'lyft', 'fram'],
  },
  {
    rule: 'inner hyphens keep a word whole',
    text: 'samverkan med de stadsövergripande HR-funktionerna för att',
    tokens: ['samverkan', 'med', 'de', 'stadsövergripande', 'HR-funktionerna', 'för', 'att'],
  },
  {
    rule: 'abbreviation + hyphen compound, parenthesised',
    text: 'program för de mänskliga rättigheterna (MR-programmet) Det',
    tokens: ['program', 'för', 'de', 'mänskliga', 'rättigheterna', '(|punct', 'MR-programmet', ')|punct', 'Det'],
  },
  {
    rule: 'trailing hyphen marks a conjunct; + belongs to the word',
    text: 'barnrätts-, jämställdhets-, minoritets- och HBTQIA+-perspektiven i',
    tokens: ['barnrätts-|h', ',|punct', 'jämställdhets-|h', ',|punct', 'minoritets-|h', 'och', 'HBTQIA+-perspektiven', 'i'],
  },
  {
    rule: 'slash splits alternatives',
    text: 'handlingsplaner för arbetet mot islamofobi/antimuslimsk rasism och afrofobi/antisvart rasism',
    tokens: [
      'handlingsplaner',
      'för',
      'arbetet',
      'mot',
      'islamofobi',
      '/|punct',
      'antimuslimsk',
      'rasism',
      'och',
      'afrofobi',
      '/|punct',
      'antisvart',
      'rasism',
    ],
  },
  {
    rule: 'case numbers: STK-yyyy-n and KS yyyy/n are one token each',
    text: 'Svar på remiss från Kommunstyrelsen, KS 2024/1035 (se STK-2022-950).',
    tokens: [
      'Svar',
      'på',
      'remiss',
      'från',
      'Kommunstyrelsen',
      ',|punct',
      'KS 2024/1035|case-number',
      '(|punct',
      'se',
      'STK-2022-950|case-number',
      ')|punct',
      '.|punct',
    ],
  },
  {
    rule: 'dnr prefix stays a word; SF 2024/444 is the case number',
    text: 'remitterats nämnden för besvarande, dnr SF 2024/444.',
    tokens: ['remitterats', 'nämnden', 'för', 'besvarande', ',|punct', 'dnr', 'SF 2024/444|case-number', '.|punct'],
  },
  {
    rule: 'dates, ranges and times are single numbers; § is a symbol',
    text: 'Kommunstyrelsens arbetsutskott 2024-04-29 kl 15:05-15:15 § 193-215 2011–2020',
    tokens: ['Kommunstyrelsens', 'arbetsutskott', '2024-04-29|number', 'kl', '15:05-15:15|number', '§|punct', '193-215|number', '2011–2020|number'],
  },
  {
    rule: 'abbreviation inflection after a colon',
    text: 'Ett av PI:s uppdrag är att arbeta med skolans värdegrund. FN:s konvention',
    tokens: ['Ett', 'av', 'PI:s', 'uppdrag', 'är', 'att', 'arbeta', 'med', 'skolans', 'värdegrund', '.|punct', 'FN:s', 'konvention'],
  },
  {
    rule: 'abbreviation points stay with the word',
    text: 'rättighetsbaserat arbete, dvs. icke-diskriminering, jämlikhet',
    tokens: ['rättighetsbaserat', 'arbete', ',|punct', 'dvs.', 'icke-diskriminering', ',|punct', 'jämlikhet'],
  },
  {
    rule: 'a footnote number glued to a word is split off',
    text: 'Samordningen har också dels fokus på särskilda grupper2 som på grund av olika maktstrukturer',
    tokens: ['Samordningen', 'har', 'också', 'dels', 'fokus', 'på', 'särskilda', 'grupper', '2|number', 'som', 'på', 'grund', 'av', 'olika', 'maktstrukturer'],
  },
  {
    // Constructed: names with digits do not occur in the seeds.
    rule: 'names with digits keep them',
    text: 'G-Tjänsteskrivelse om covid-19 och Agenda2030',
    tokens: ['G-Tjänsteskrivelse', 'om', 'covid-19', 'och', 'Agenda2030'],
  },
  {
    rule: 'a dash is punctuation, not a hyphen',
    text: 'mottagare på flera olika nivåer i stadens nämnder– både på chefsnivå',
    tokens: ['mottagare', 'på', 'flera', 'olika', 'nivåer', 'i', 'stadens', 'nämnder', '–|punct', 'både', 'på', 'chefsnivå'],
  },
  {
    rule: 'private-use bullet glyphs from PDFs are punctuation',
    text: '\uf0b7 Kunskapshöjning och påbörjan till metodutveckling',
    tokens: ['\uf0b7|punct', 'Kunskapshöjning', 'och', 'påbörjan', 'till', 'metodutveckling'],
  },
];

describe('tokenize', () => {
  it.each(rows)('$rule', ({ text, tokens }) => {
    expect(tokenize(text).map(show)).toEqual(tokens);
  });

  it('gives offsets into the text and lower-cased NFC norms', () => {
    const text = 'Kulturnämnden har, tillsammans med Malmö stad';
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens[0]).toEqual({
      text: 'Kulturnämnden',
      norm: 'kulturnämnden',
      start: 0,
      end: 13,
      kind: 'word',
      sentenceInitial: true,
      trailingHyphen: false,
      word: expect.any(Number),
    });
    // "Malmö" written with a combining diaeresis still has the composed norm.
    expect(tokenize('Malmo\u0308 stad')[0].norm).toBe('malmö');
    // A soft hyphen from PDF extraction stays in the text but not in the norm.
    expect(tokenize('organi\u00adsationen')[0]).toMatchObject({ text: 'organi\u00adsationen', norm: 'organisationen' });
  });

  it('gives case numbers a lower-case norm with a plain space', () => {
    expect(tokenize('KS\u00a02024/1035')[0]).toMatchObject({ kind: 'case-number', text: 'KS\u00a02024/1035', norm: 'ks 2024/1035' });
  });

  it('flags the first word after . ! ? or a line start as sentence-initial', () => {
    const text = 'Stadskontoret har genomfört ett arbete. Kulturnämnden samordnar och kulturnämnden\nMiljönämnden arbetar';
    const initial = tokenize(text)
      .filter((t) => t.kind === 'word')
      .map((t) => [t.text, t.sentenceInitial]);
    expect(initial).toEqual([
      ['Stadskontoret', true],
      ['har', false],
      ['genomfört', false],
      ['ett', false],
      ['arbete', false],
      ['Kulturnämnden', true],
      ['samordnar', false],
      ['och', false],
      ['kulturnämnden', false],
      ['Miljönämnden', true],
      ['arbetar', false],
    ]);
  });

  it('is not fooled by abbreviation points or list numbers', () => {
    const words = tokenize('1. Kommunfullmäktige godkänner, t.ex. kulturnämnden').filter((t) => t.kind === 'word');
    expect(words.map((t) => [t.text, t.sentenceInitial])).toEqual([
      ['Kommunfullmäktige', true],
      ['godkänner', false],
      ['t.ex.', false],
      ['kulturnämnden', false],
    ]);
  });

  it('keeps a conjunct across a line break (PDF line ends)', () => {
    const tokens = tokenize('integrering av barnrätts-\n, jämställdhets-, minoritets- och HBTQIA+-perspektiven');
    expect(tokens.filter((t) => t.trailingHyphen).map((t) => t.norm)).toEqual(['barnrätts-', 'jämställdhets-', 'minoritets-']);
  });
});
