import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatcherEntry } from '../../src/language/matcher.js';
import { dropNested } from '../../src/language/overlap.js';
import { tokenize } from '../../src/language/tokenize.js';
import type { TermMatch } from '../../src/types.js';
import { LEXICON } from './lexicon.js';

type Row = [text: string, key: string, via: TermMatch['via'], negated: boolean];
const show = (m: TermMatch): Row => [m.text, m.key, m.via, m.negated];
const matcher = compileMatcher(LEXICON);

// Every row is a sentence from /work/shared/seeds (or seed fragments joined, where a comment says
// so) and the complete list of matches LEXICON gives.
const rows: { rule: string; text: string; matches: Row[] }[] = [
  {
    // Joined: a sentence-initial "Kulturnämnden" put before the seed sentence.
    rule: 'inflection: definite, genitive; sentence-initial capital is the same name',
    text: 'Kulturnämnden har ansvar. Tillgången till kultur och delaktigheten i kulturnämndens verksamhet har under året stärkts',
    matches: [
      ['Kulturnämnden', 'malmo/kulturnamnden', 'word', false],
      ['delaktigheten', 'P3', 'word', false],
      ['kulturnämndens', 'malmo/kulturnamnden', 'word', false],
    ],
  },
  {
    rule: 'inflection: plural definite genitive of a name, and plural of an area term',
    text: 'Synliggörande av skillnader och ojämlikheter i staden med hjälp av statistik är en nyckelprocess',
    matches: [
      ['ojämlikheter', 'jamlikhet', 'word', false],
      ['statistik', 'P1', 'word', false],
    ],
  },
  {
    rule: 'compound head: konsekvensanalys in barnkonsekvensanalyser (a longer term of another key too)',
    text: 'Det finns en historik när det gäller att arbeta med jämställdhetsanalyser och barnkonsekvensanalyser/prövningar av barnets bästa.',
    matches: [
      ['jämställdhetsanalyser', 'jamstalldhet', 'compound', false],
      ['barnkonsekvensanalyser', 'P1', 'compound', false],
      ['barnkonsekvensanalyser', 'barnratt', 'word', false],
      ['barnets bästa', 'barnratt', 'word', false],
    ],
  },
  {
    rule: 'compound modifier with linking -s-: jämställdhet+s+integrering',
    text: 'Utvecklingsplan för jämställdhetsintegrering 2011–2020',
    matches: [['jämställdhetsintegrering', 'jamstalldhet', 'compound', false]],
  },
  {
    rule: 'compound modifier: barnrätt+s+arbetet',
    text: 'Stödmaterialet syftar till att skapa bättre systematik i barnrättsarbetet',
    matches: [['barnrättsarbetet', 'barnratt', 'compound', false]],
  },
  {
    rule: 'compound modifier with and without the linking -s-: barnrättspår / barnrättsspår',
    text: 'Både kulturnämnden och fritidsnämnden beskriver sitt arbete med barnets rättigheter, som de benämner barnrättspår',
    matches: [
      ['kulturnämnden', 'malmo/kulturnamnden', 'word', false],
      ['fritidsnämnden', 'malmo/fritidsnamnden', 'word', false],
      ['barnets rättigheter', 'barnratt', 'word', false],
      ['rättigheter', 'mr', 'word', false],
      ['barnrättspår', 'barnratt', 'compound', false],
    ],
  },
  {
    rule: 'hyphen compound: any part is a word (HBTQI in HBTQI-certifierade); case-sensitive MKB',
    text: 'MKB som första fastighetsbolag i Sverige blev HBTQI-certifierade',
    matches: [
      ['MKB', 'malmo/mkb-fastighets-ab', 'word', false],
      ['HBTQI-certifierade', 'hbtqi', 'compound', false],
    ],
  },
  {
    rule: 'head-only term: rätt in allemansrätten, never in rättssäkra; multi-word barns rätt ~ barnets rättigheter',
    text: 'där barns rätt till kultur genom den kulturella allemansrätten lyfts fram och varje Malmöbos rätt till likvärdig tillgång till kultur.',
    matches: [
      ['barns rätt', 'barnratt', 'word', false],
      ['rätt', 'mr', 'word', false],
      ['allemansrätten', 'mr', 'compound', false],
      ['rätt', 'mr', 'word', false],
    ],
  },
  {
    // Joined: three seed fragments (rapport, memo title, memo recipient list).
    rule: 'multi-word names and a case number; misspelt variant registered separately',
    text: 'Hälsa-, vård- och omsorgsnämnden har under året påbörjat (STK-2023-138); Hälsa-, vård och omsorgsnämnden',
    matches: [
      ['Hälsa-, vård- och omsorgsnämnden', 'malmo/halsa-vard-och-omsorgsnamnden', 'word', false],
      ['STK-2023-138', 'case', 'word', false],
      ['Hälsa-, vård och omsorgsnämnden', 'malmo/halsa-vard-och-omsorgsnamnden', 'word', false],
    ],
  },
  {
    rule: 'case-sensitive terms: PI:s is the unit, a lower-case form is not the case-sensitive name',
    text: 'Ett av PI:s uppdrag är att arbeta med skolans värdegrund. Det sker i samverkan med kulturförvaltningen och stadskontoret.',
    matches: [['PI:s', 'malmo/pedagogisk-inspiration', 'word', false]],
  },
  {
    rule: 'nationella minoriteter: samer as a whole word, minoriteterna by inflection',
    text: 'De nationella minoriteterna är: judar, romer, samer, sverigefinnar och tornedalingar.',
    matches: [
      ['minoriteterna', 'nationella-minoriteter', 'word', false],
      ['samer', 'nationella-minoriteter', 'word', false],
    ],
  },
];

// Words that contain a term's letters but are other words: the term's key must not match.
const nomatch: { rule: string; key: string; text: string }[] = [
  {
    rule: 'val ≠ kvalitet',
    key: 'demokrati',
    text: 'Malmö stad är tillgängligt för alla och verksamhet genomförs med likvärdigt, jämlikt och jämställt bemötande, kvalitet och tillgång.',
  },
  { rule: 'val ≠ förvaltningen, valt', key: 'demokrati', text: 'Förvaltningen har valt att innefatta arbetsgivarperspektivet i arbetet.' },
  {
    rule: 'val ≠ förtroendevalda, Valnämnden',
    key: 'demokrati',
    text: 'Forumet består av en sammansättning av sju förtroendevalda. Valnämnden arbetar systematiskt',
  },
  { rule: 'kön ≠ könsidentitet, könsuttryck (short terms stay whole words)', key: 'antidiskriminering', text: 'anger ålder, könsidentitet och könsuttryck' },
  { rule: 'ras ≠ deras, integreras', key: 'antirasism', text: 'att deras arbete utgår från deras demokratiuppdrag och integreras' },
  {
    rule: 'rätt (head) ≠ upprätthålla, rättssäkra, inrättade',
    key: 'mr',
    text: 'med att upprätthålla en fungerande valorganisation som kan genomföra demokratiska och rättssäkra val, formellt inrättade råd',
  },
  {
    rule: 'samer ≠ gemensamma, samma (stem "sam" is not enough)',
    key: 'nationella-minoriteter',
    text: 'ett tydligare ansvar för gemensamma verksamheter på samma gång',
  },
  {
    rule: 'jämlikhet ≠ jämlik (inflection does not shorten a word by 3 letters)',
    key: 'jamlikhet',
    text: 'delaktighet samt jämlik och jämställd tillgång till kultur',
  },
];

describe('compileMatcher', () => {
  it.each(rows)('$rule', ({ text, matches }) => {
    expect(matcher.match(text).map(show)).toEqual(matches);
  });

  it.each(nomatch)('no match: $rule', ({ key, text }) => {
    expect(
      matcher
        .match(text)
        .filter((m) => m.key === key)
        .map(show),
    ).toEqual([]);
  });

  it('matches val, kön and samer where they are whole words', () => {
    // Joined: three seed fragments.
    const text = 'demokratiska och rättssäkra val för Malmöborna; anger ålder, kön, könsidentitet; judar, romer, samer';
    expect(matcher.match(text).map(show)).toEqual([
      ['val', 'demokrati', 'word', false],
      ['kön', 'antidiskriminering', 'word', false],
      ['samer', 'nationella-minoriteter', 'word', false],
    ]);
  });

  it('finds a head term inside compounds: nämnd in kulturnämndens, konsekvensanalys in barnkonsekvensanalys', () => {
    const m = compileMatcher([
      { key: 'nämnd', term: { text: 'nämnd', compound: 'head', caseSensitive: false } },
      { key: 'P1', term: { text: 'konsekvensanalys', compound: 'any', caseSensitive: false } },
    ]);
    const text =
      'Tillgången till kultur och delaktigheten i kulturnämndens verksamhet; nulägesbedömning, social nulägesanalys, barnkonsekvensanalys och rutiner';
    expect(m.match(text).map(show)).toEqual([
      ['kulturnämndens', 'nämnd', 'compound', false],
      ['barnkonsekvensanalys', 'P1', 'compound', false],
    ]);
    // The definite form, as in the brief (the seeds only have the indefinite ones).
    expect(m.match('barnkonsekvensanalysen').map(show)).toEqual([['barnkonsekvensanalysen', 'P1', 'compound', false]]);
    // A head-only term is no modifier: nämndsnivå stays unmatched.
    expect(m.match('både på nämndsnivå och bolagsnivå')).toEqual([]);
  });

  it('matches samerna as an inflection of samer', () => {
    // Adapted from the Stockholm remissvar ("rasism mot samer"): the seeds have no "samerna".
    expect(matcher.match('Handlingsplanen tar upp alla former av rasism med särskilt fokus på rasism mot samerna.').map(show)).toEqual([
      ['rasism', 'antirasism', 'word', false],
      ['rasism', 'antirasism', 'word', false],
      ['samerna', 'nationella-minoriteter', 'word', false],
    ]);
  });

  it('lets a short term into compounds when the entry opts in (shortCompound)', () => {
    const kon: MatcherEntry = { key: 'antidiskriminering', term: { text: 'kön', compound: 'modifier', caseSensitive: false }, shortCompound: true };
    const m = compileMatcher([kon]);
    expect(m.match('könsöverskridande identitet eller uttryck').map(show)).toEqual([['könsöverskridande', 'antidiskriminering', 'compound', false]]);
    expect(m.match('sökönskan')).toEqual([]);
  });

  it('gives offsets into the text and the term as written', () => {
    const text = 'Även MKB Fastighets AB lyfter i sin rapportering';
    const [m] = matcher.match(text);
    expect(m).toEqual({ key: 'malmo/mkb-fastighets-ab', term: 'MKB Fastighets AB', start: 5, end: 22, text: 'MKB Fastighets AB', negated: false, via: 'word' });
    expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('collapses overlapping matches of one key to the longest, keeps other keys', () => {
    const m = compileMatcher([
      { key: 'P1', term: { text: 'konsekvensanalys', compound: 'any', caseSensitive: false } },
      { key: 'P1', term: { text: 'barnkonsekvensanalys', compound: 'any', caseSensitive: false } },
      { key: 'mr', term: { text: 'mänskliga rättigheter', compound: 'none', caseSensitive: false } },
      { key: 'mr', term: { text: 'rättighet', compound: 'any', caseSensitive: false } },
      { key: 'barnratt', term: { text: 'barnkonsekvensanalys', compound: 'none', caseSensitive: false } },
    ]);
    const text = 'nämnden arbetar med barnkonsekvensanalyser utifrån mänskliga rättigheter';
    expect(m.match(text).map((x) => [x.text, x.key, x.term])).toEqual([
      ['barnkonsekvensanalyser', 'P1', 'barnkonsekvensanalys'],
      ['barnkonsekvensanalyser', 'barnratt', 'barnkonsekvensanalys'],
      ['mänskliga rättigheter', 'mr', 'mänskliga rättigheter'],
    ]);
    expect(m.size).toBe(5);
  });

  it('keeps a name part inside a longer name of another key; dropNested resolves it', () => {
    const text = 'Några nämnder, såsom kommunstyrelsen, arbetsmarknads- och socialnämnden samt kulturnämnden, lyfter att klarspråk är i fokus.';
    const all = matcher.match(text);
    expect(all.map(show)).toEqual([
      ['arbetsmarknads- och socialnämnden', 'malmo/arbetsmarknads-och-socialnamnden', 'word', false],
      ['socialnämnden', 'stockholm/socialnamnden', 'word', false],
      ['kulturnämnden', 'malmo/kulturnamnden', 'word', false],
      ['klarspråk', 'P4', 'word', false],
    ]);
    expect(dropNested(all).map((x) => x.key)).toEqual(['malmo/arbetsmarknads-och-socialnamnden', 'malmo/kulturnamnden', 'P4']);
    expect(dropNested(all, (inner) => inner.key.startsWith('P'))).toHaveLength(4);
  });

  it('can leave out negation and coordination', () => {
    const text = 'Övriga nämnder och bolag har inte lyft fram upphandlingsprocesser; kultur- och fritidsnämnderna';
    expect(compileMatcher(LEXICON, { negation: false, coordination: false }).match(text).map(show)).toEqual([
      ['upphandlingsprocesser', 'P1', 'compound', false],
      ['fritidsnämnderna', 'malmo/fritidsnamnden', 'word', false],
    ]);
  });

  it('matches a long document in pieces with the same result as paragraph by paragraph', () => {
    const text = readFileSync(new URL('../../corpora/seeds/malmo-rapport-systematiskt-arbete-mr-2023.txt', import.meta.url), 'utf8');
    const whole = matcher.match(text);
    const byParagraph: TermMatch[] = [];
    const blankLine = /\n[^\S\n]*\n/g;
    let start = 0;
    for (const cut of [...text.matchAll(blankLine), null]) {
      const end = cut === null ? text.length : cut.index + 1;
      for (const m of matcher.match(text.slice(start, end))) byParagraph.push({ ...m, start: m.start + start, end: m.end + start });
      start = end;
    }
    expect(text.length).toBeGreaterThan(100_000);
    expect(whole.length).toBeGreaterThan(500);
    expect(whole).toEqual(byParagraph);
  });

  it('does not match a multi-word name across a blank line', () => {
    expect(matcher.match('Mänskliga\n\nrättigheter').map(show)).toEqual([['rättigheter', 'mr', 'word', false]]);
  });

  it('gives the same matches for a text repeated (no state leaks between calls)', () => {
    const text = rows.map((r) => r.text).join('\n\n');
    const once = matcher.match(text).length;
    expect(matcher.match(`${text}\n\n${text}\n\n${text}`)).toHaveLength(3 * once);
  });
});

describe('matchTokens', () => {
  it('finds what match finds, from tokens made once by the caller', () => {
    const matcher = compileMatcher(LEXICON);
    const text = readFileSync(new URL('../../corpora/seeds/malmo-tjansteskrivelse-stk-2023-138-a.txt', import.meta.url), 'utf8');
    const passages = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
    let matches = 0;
    for (const passage of passages) {
      const expected = matcher.match(passage);
      expect(matcher.matchTokens(passage, tokenize(passage))).toEqual(expected);
      matches += expected.length;
    }
    expect(matches).toBeGreaterThan(20);
  });
});

describe('mayStart', () => {
  it('tells the tokens that can take part in a match from those that cannot', () => {
    const text = 'Kulturnämnden har ansvar för delaktigheten och barnrätts- och';
    const tokens = tokenize(text);
    const may = tokens.toArray().map((t, i) => [t.text, matcher.mayStart(tokens, i)]);
    expect(may).toContainEqual(['Kulturnämnden', true]);
    expect(may).toContainEqual(['delaktigheten', true]);
    expect(may).toContainEqual(['barnrätts-', true]);
    expect(may).toContainEqual(['har', false]);
    expect(may).toContainEqual(['ansvar', false]);
  });
});
