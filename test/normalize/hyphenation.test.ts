import { describe, expect, it } from 'vitest';
import { decideLineEndHyphen, joinLines, type HyphenJoin } from '../../src/normalize/hyphenation.js';

// One row per case: two PDF lines, the joined text, and the kind of join. Lines from the seeds and
// the PDF fixtures unless marked otherwise.
const cases: { name: string; lines: [string, string]; expected: string; join: HyphenJoin }[] = [
  {
    name: 'word split at the margin is joined',
    lines: ['Verksamhetsnära arbetssätt i hela verksam-', 'heten och i samverkan med andra.'],
    expected: 'Verksamhetsnära arbetssätt i hela verksamheten och i samverkan med andra.',
    join: 'drop-hyphen',
  },
  {
    name: 'organisa- / tion is one word',
    lines: ['utvecklingsarbetet i hela organisa-', 'tionen behöver fortsätta'],
    expected: 'utvecklingsarbetet i hela organisationen behöver fortsätta',
    join: 'drop-hyphen',
  },
  {
    name: 'acronym before the hyphen: HR-funktionerna',
    lines: ['I arbetet med kunskapshöjning ligger samverkan med de stadsövergripande HR-', 'funktionerna för att kunskapshöjningen ska ske'],
    expected: 'I arbetet med kunskapshöjning ligger samverkan med de stadsövergripande HR-funktionerna för att kunskapshöjningen ska ske',
    join: 'keep-hyphen',
  },
  {
    name: 'acronym before the hyphen: MR-programmet',
    lines: ['former av rasism samt stödjer implementeringen av MR-', 'programmet.'],
    expected: 'former av rasism samt stödjer implementeringen av MR-programmet.',
    join: 'keep-hyphen',
  },
  {
    name: 'acronym before the hyphen: HBTQI-certifierad',
    lines: ['utbildning hösten 2023 kring HBTQI i syfte att bli en HBTQI-', 'certifierad avdelning 2024 och framåt.'],
    expected: 'utbildning hösten 2023 kring HBTQI i syfte att bli en HBTQI-certifierad avdelning 2024 och framåt.',
    join: 'keep-hyphen',
  },
  {
    name: 'coordination before och: arbetsmarknads- och socialnämnden',
    lines: ['uppdrag att, tillsammans med grundskolenämnden, arbetsmarknads-', 'och socialnämnden och kulturnämnden'],
    expected: 'uppdrag att, tillsammans med grundskolenämnden, arbetsmarknads- och socialnämnden och kulturnämnden',
    join: 'keep-hyphen-space',
  },
  {
    name: 'coordination before och: budget- och uppföljningsprocessen',
    lines: ['Under 2023 har ett utvecklingsarbete skett inom ramen för budget-', 'och uppföljningsprocessen.'],
    expected: 'Under 2023 har ett utvecklingsarbete skett inom ramen för budget- och uppföljningsprocessen.',
    join: 'keep-hyphen-space',
  },
  {
    name: 'coordination before och: styrning- och verksamhetsuppföljning',
    lines: ['individens rättigheter i stadens styrning-', 'och verksamhetsuppföljning samt i analyser och beslut.'],
    expected: 'individens rättigheter i stadens styrning- och verksamhetsuppföljning samt i analyser och beslut.',
    join: 'keep-hyphen-space',
  },
  {
    name: 'coordination before och after a list of parts: styr-, lednings- och',
    lines: ['fokus på att integrera de olika rättighetsperspektiven i ordinarie styr-, lednings-', 'och uppföljningssystem.'],
    expected: 'fokus på att integrera de olika rättighetsperspektiven i ordinarie styr-, lednings- och uppföljningssystem.',
    join: 'keep-hyphen-space',
  },
  {
    name: 'coordination before eller (constructed)',
    lines: ['inga särskilda för-', 'eller efterarbeten krävs'],
    expected: 'inga särskilda för- eller efterarbeten krävs',
    join: 'keep-hyphen-space',
  },
  {
    name: 'coordination before samt (constructed)',
    lines: ['frågor om kultur-', 'samt fritidsverksamhet'],
    expected: 'frågor om kultur- samt fritidsverksamhet',
    join: 'keep-hyphen-space',
  },
  {
    name: 'coordination before a comma: barnrätts-, jämställdhets-',
    lines: ['Miljönämnden har arbetat för tydligare integrering av barnrätts-', ', jämställdhets-, minoritets- och HBTQIA+-perspektiven i'],
    expected: 'Miljönämnden har arbetat för tydligare integrering av barnrätts-, jämställdhets-, minoritets- och HBTQIA+-perspektiven i',
    join: 'keep-hyphen',
  },
  {
    name: 'coordination before a comma: Hälsa-, vård',
    lines: ['Hälsa-', ', vård och omsorgsnämnden'],
    expected: 'Hälsa-, vård och omsorgsnämnden',
    join: 'keep-hyphen',
  },
  {
    name: 'case number split after the prefix: STK- / 2023-155',
    lines: [
      'rättigheter, i enlighet med barnkonventionen, i sina verksamheter (se STK-',
      '2023-155). De flesta nämnderna identifierade förbättringsområden och',
    ],
    expected: 'rättigheter, i enlighet med barnkonventionen, i sina verksamheter (se STK-2023-155). De flesta nämnderna identifierade förbättringsområden och',
    join: 'keep-hyphen',
  },
  {
    name: 'date split after the year (constructed)',
    lines: ['Kommunfullmäktige 2024-', '05-23'],
    expected: 'Kommunfullmäktige 2024-05-23',
    join: 'keep-hyphen',
  },
  {
    name: 'a hyphenated compound split after its lower-case part: HBTQ-certifierade (the rapport PDF)',
    lines: ['Personalen är HBTQ-certifi-', 'erade sedan 2022'],
    expected: 'Personalen är HBTQ-certifierade sedan 2022',
    join: 'drop-hyphen',
  },
  {
    name: 'a hyphenated compound split after its lower-case part: LSS-boendena (the rapport PDF)',
    lines: ['Boendestödet i LSS-boende-', 'na har utvecklats'],
    expected: 'Boendestödet i LSS-boendena har utvecklats',
    join: 'drop-hyphen',
  },
  {
    name: 'number before the hyphen: 0-18-åringar (constructed)',
    lines: ['fokuserat på de Malmöbor som är 0-18-', 'åringar'],
    expected: 'fokuserat på de Malmöbor som är 0-18-åringar',
    join: 'keep-hyphen',
  },
  {
    name: 'capitalized next word: Malmö-Lund (constructed)',
    lines: ['samarbetet i regionen Malmö-', 'Lund fortsätter'],
    expected: 'samarbetet i regionen Malmö-Lund fortsätter',
    join: 'keep-hyphen',
  },
  {
    name: 'single-letter prefix: e-tjänster (constructed)',
    lines: ['staden utvecklar fler e-', 'tjänster för invånarna'],
    expected: 'staden utvecklar fler e-tjänster för invånarna',
    join: 'keep-hyphen',
  },
  {
    name: 'en dash at the line end is punctuation',
    lines: ['finns mottagare på flera olika nivåer i stadens nämnder–', 'både på chefsnivå och i verksamheterna.'],
    expected: 'finns mottagare på flera olika nivåer i stadens nämnder– både på chefsnivå och i verksamheterna.',
    join: 'space',
  },
  {
    name: 'em dash at the line end is punctuation (constructed)',
    lines: ['Målet är tydligt —', 'alla ska ha samma rättigheter.'],
    expected: 'Målet är tydligt — alla ska ha samma rättigheter.',
    join: 'space',
  },
  {
    name: 'a hyphen after a space is a dash: "2023 -" / "Utredda"',
    lines: ['G-Tjänsteskrivelse KSAU 240429 Uppdrag budget 2023 -', 'Utredda formerna för stadens arbete mot rasism och för'],
    expected: 'G-Tjänsteskrivelse KSAU 240429 Uppdrag budget 2023 - Utredda formerna för stadens arbete mot rasism och för',
    join: 'space',
  },
];

describe('line-end hyphenation', () => {
  it.each(cases)('$name', ({ lines, expected, join }) => {
    const decision = decideLineEndHyphen(lines[0], lines[1]);
    expect(decision?.join).toBe(join);
    expect(decision?.reason).toBeTruthy();
    expect(joinLines(lines[0], lines[1])).toBe(expected);
  });

  it('uses the document spelling when it has one: Unesco-samverkan stays hyphenated', () => {
    const known = (word: string) => word === 'Unesco-samverkan';
    expect(joinLines('(Föreningen för lokal Unesco-', 'samverkan i Sverige)', known)).toBe('(Föreningen för lokal Unesco-samverkan i Sverige)');
    expect(decideLineEndHyphen('lokal Unesco-', 'samverkan', known)?.join).toBe('keep-hyphen');
  });

  it('a line without a final hyphen or dash is joined with a space', () => {
    expect(decideLineEndHyphen('Kommunstyrelsen fick i kommunfullmäktiges budget för 2023 i', 'uppdrag att')).toBeNull();
    expect(joinLines('budget för 2023 i', 'uppdrag att')).toBe('budget för 2023 i uppdrag att');
  });
});
