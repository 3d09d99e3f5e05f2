import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../src/analyze/view-aggregator.js';
import { expectedFromRegistry } from '../../src/analyze/expected.js';
import { creditOptions, findGaps } from '../../src/analyze/gaps.js';
import type { Gap } from '../../src/analyze/gap.js';
import { doc, lexicons, rules, type PassageSpec } from '../helpers/tagged.js';

const lex = lexicons();
const expected = expectedFromRegistry(lex, 'malmo', ['nämnd', 'bolag']);
const filler = 'Arbetet beskrivs utförligt i nämndens verksamhetsplan och i de löpande dialogerna med medarbetare och chefer.';

/** An answer: one passage per entry, padded so that the answer is not nearly silent. */
function answer(path: string, author: string, passages: PassageSpec[]) {
  return doc({ path, author, passages: [...passages, { text: `${filler} ${filler}` }, { text: filler }] });
}

const corpus = [
  answer('kultur.txt', 'malmo/kulturnamnden', [
    { text: 'Nämnden sätter Malmöbon i centrum och har lett till fler besök.', tags: ['P1'] },
    { text: 'Verksamheten är tillgänglig för alla.', tags: ['P2', 'barnratt'] },
    { text: 'Unga har inflytande genom samråd. En utmaning är resurserna.', tags: ['P3'] },
    { text: 'Information ges på klarspråk.', tags: ['P4'] },
  ]),
  answer('fritid.txt', 'malmo/fritidsnamnden', [
    { text: 'Malmöbon i centrum; uppföljningen visar att deltagandet har ökat.', tags: ['P1'] },
    { text: 'Lika tillgång för flickor och pojkar.', tags: ['P2', 'barnratt'] },
    { text: 'Ungas delaktighet. Utmaningar finns i lokalerna.', tags: ['P3'] },
  ]),
  answer('miljo.txt', 'malmo/miljonamnden', [
    { text: 'Individens rättigheter i besluten; resultat redovisas årligen.', tags: ['P1'] },
    { text: 'Likvärdig service till alla.', tags: ['P2', 'barnratt'] },
    { text: 'Dialog med boende ger inflytande.', tags: ['P3'] },
  ]),
  answer('teknik.txt', 'malmo/tekniska-namnden', [
    { text: 'Arbetet sker inom ramen för grunduppdraget och det systematiska kvalitetsarbetet.', tags: ['P1'] },
    { text: 'Tillgänglighet i det offentliga rummet. Det finns hinder i budgeten.', tags: ['P2', 'barnratt'] },
  ]),
  answer('mkb.txt', 'malmo/mkb-fastighets-ab', [
    { text: 'Bolaget ser möjligheter i samverkan med hyresgästerna men också utmaningar när det gäller tid.' },
    { text: 'De största svårigheterna gäller resurser och kompetens i bolagets olika områden.' },
  ]),
  doc({ path: 'ks.txt', author: 'malmo/kommunstyrelsen', passages: ['Kort.'] }),
];
// Fritidsnämnden's answer is long; Miljönämnden's short: scope varies.
corpus[1].passages[3].words = 400;

function kinds(gaps: Gap[], kind: Gap['kind']) {
  return gaps.filter((g) => g.kind === kind).map((g) => [g.administration, g.tag]);
}

describe('findGaps (by author)', () => {
  const r = rules((x) => {
    x.thresholds.scopeRatio = 3;
    x.thresholds.scopeLowFactor = 0.5;
  });
  const coverage = computeCoverage(corpus, lex, { view: 'author', expected });
  const gaps = findGaps(coverage, corpus, r, lex);
  const byKind = (kind: Gap['kind']) => kinds(gaps, kind);

  it.each([
    ['absent-administration', [['malmo/malmo-leasing-ab', null]]],
    [
      'rare-tag',
      [
        [null, 'P4'],
        [null, 'jamstalldhet'],
      ],
    ],
    [
      'missing-tag',
      [
        ['malmo/tekniska-namnden', 'P3'],
        ['malmo/mkb-fastighets-ab', 'P1'],
        ['malmo/mkb-fastighets-ab', 'P2'],
        ['malmo/mkb-fastighets-ab', 'P3'],
        ['malmo/mkb-fastighets-ab', 'barnratt'],
      ],
    ],
    [
      'question',
      [
        ['malmo/miljonamnden', null],
        ['malmo/mkb-fastighets-ab', null],
      ],
    ],
  ] as const)('%s', (kind, want) => {
    expect(byKind(kind)).toEqual(want);
  });

  it('says why an expected administration is absent, naming the expected list', () => {
    const g = gaps.find((x) => x.administration === 'malmo/malmo-leasing-ab')!;
    expect(g.message).toBe('Malmö Leasing AB har inget eget dokument i underlaget (förväntas enligt Malmö stads register (nämnder och bolag)).');
  });

  it('ranks a principle few cover as rare, with who covers it and the threshold', () => {
    const g = gaps.find((x) => x.kind === 'rare-tag' && x.tag === 'P4')!;
    expect(g.message).toBe(
      'Principen P4 (Transparent kommunikation) tas upp av 1 av 5 förvaltningar och bolag (20\u00a0%): Kulturnämnden. Gräns: högst 25\u00a0%.',
    );
    expect(g.evidence.map((e) => e.quote)).toEqual(['Information ges på klarspråk.']);
  });

  it('tells question 1 without question 2 from the reverse', () => {
    const [miljo, mkb] = gaps.filter((g) => g.kind === 'question');
    expect(miljo.message).toMatch(/^Miljönämnden: texten beskriver arbetet \(fråga 1, \d+ stycken\) men tar inte upp möjligheter eller utmaningar \(fråga 2\)/);
    expect(mkb.message).toMatch(/^MKB Fastighets AB: texten tar upp möjligheter eller utmaningar \(fråga 2\) men beskriver inte/);
    expect(mkb.evidence[0].quote.slice(...mkb.evidence[0].match!)).toBe('möjligheter');
  });

  it('flags passages that only point to existing processes, and answers without results', () => {
    const depth = gaps.filter((g) => g.kind === 'depth');
    const shallow = depth.find((g) => g.administration === 'malmo/tekniska-namnden' && g.message.includes('befintliga processer'))!;
    expect(shallow.message).toContain('1 av 4 stycken hänvisar till befintliga processer (grunduppdraget och systematiska kvalitetsarbetet)');
    expect(shallow.evidence[0].quote).toBe('Arbetet sker inom ramen för grunduppdraget och det systematiska kvalitetsarbetet.');
    const noResults = depth.filter((g) => g.message.includes('resultat eller uppföljning')).map((g) => g.administration);
    expect(noResults).toEqual(['malmo/tekniska-namnden', 'malmo/mkb-fastighets-ab']);
  });

  it('reports the variation in scope and the small answers', () => {
    const scope = gaps.filter((g) => g.kind === 'scope');
    expect(scope[0].administration).toBeNull();
    expect(scope[0].message).toMatch(/^Omfånget varierar \d+ gånger mellan förvaltningarna: från \d+ ord i egna dokument \(.+\) till 4\d\d \(Fritidsnämnden\)/);
    expect(scope.slice(1).every((g) => g.administration !== null)).toBe(true);
  });

  it('calls an administration with one short passage nearly silent', () => {
    const silent = findGaps(
      computeCoverage([corpus[0], doc({ path: 'x.txt', author: 'malmo/miljonamnden', passages: ['Vi arbetar med frågan.'] })], lex, {
        view: 'author',
        expected,
      }),
      corpus,
      r,
      lex,
    ).find((g) => g.administration === 'malmo/miljonamnden')!;
    expect(silent.message).toBe(
      'Miljönämnden är nästan tyst: har 1 stycke (4 ord) i egna dokument, varav 0 tar upp en princip eller ett rättighetsområde. Gräns: minst 2 stycken och 60 ord.',
    );
  });
});

describe('findGaps (by mention)', () => {
  const rapport = doc({
    path: 'rapport.txt',
    author: 'malmo/kommunstyrelsen',
    type: 'rapport',
    passages: [
      { text: 'Beslutet skickas till', kind: 'heading' },
      { text: 'Malmö Leasing AB', section: ['Beslutet skickas till'], mentions: [{ id: 'malmo/malmo-leasing-ab', name: 'Malmö Leasing AB' }] },
    ],
  });
  it('does not count a name in the distribution list as a mention', () => {
    const coverage = computeCoverage([rapport], lex, { view: 'mention', expected, ...creditOptions(rules()) });
    const gaps = findGaps(coverage, [rapport], rules(), lex);
    expect(gaps.find((g) => g.administration === 'malmo/malmo-leasing-ab')!.message).toBe(
      'Malmö Leasing AB nämns inte vid namn i något stycke i underlaget (förväntas enligt Malmö stads register (nämnder och bolag)).',
    );
  });
});
