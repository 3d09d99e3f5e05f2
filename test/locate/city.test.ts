// City detection, table-driven: short letterheads, running headers and footers, signature blocks,
// e-mail and web addresses and mere mentions, for many municipalities and regions, with the traps
// (other cities named, a region in a kommun's memo, Håbo and Habo, Gotland, Stockholms läns
// landsting, lookalike domains). Each document is a plain text run through normalize and segment;
// `furniture` stands for a running header or footer a PDF's pages repeat.
import { describe, expect, it } from 'vitest';
import { buildLocator, cityOf, locateData, locateDataFor, MIN_SCORE } from '../../src/locate/index.js';
import { loadLexicons } from '../../src/lexicon/load.js';
import { normalize } from '../../src/normalize/index.js';
import { segment } from '../../src/segment/index.js';
import type { Document, Registry } from '../../src/types.js';

const locator = buildLocator(locateDataFor());

function document(text: string, furniture?: string[]): Document {
  const lines = text.split('\n');
  const doc = segment(normalize({ path: 'x.txt', format: 'txt', bytes: text.length, sha256: '', lines, warnings: [] }));
  return furniture ? { ...doc, furniture } : doc;
}

interface Case {
  what: string;
  text: string;
  furniture?: string[];
  city: string | null;
}

const MEMO_BODY = 'Ärendet gäller en ny plan för arbetet med mänskliga rättigheter.\n\nFörvaltningen föreslår att planen antas.';

const CASES: Case[] = [
  // Letterheads
  { what: 'kommun letterhead', text: `Lunds kommun\nKommunstyrelsen\n\nTJÄNSTESKRIVELSE\n\n${MEMO_BODY}`, city: 'lund' },
  { what: 'stad letterhead with capital S', text: `Göteborgs Stad\nStadsledningskontoret\n\n${MEMO_BODY}`, city: 'goteborg' },
  { what: 'region letterhead', text: `Region Skåne\nRegionstyrelsen\n\n${MEMO_BODY}`, city: 'region-skane' },
  { what: 'Västra Götalandsregionen', text: `Västra Götalandsregionen\nKoncernkontoret\n\n${MEMO_BODY}`, city: 'region-vastra-gotaland' },
  { what: 'upper case letterhead', text: `BORÅS STAD\nSTADSLEDNINGSKANSLIET\n\n${MEMO_BODY}`, city: 'boras' },
  { what: 'two-word name', text: `Upplands Väsby kommun\nKommunledningskontoret\n\n${MEMO_BODY}`, city: 'upplands-vasby' },
  { what: 'hyphenated name', text: `Upplands-Bro kommun\nSocialkontoret\n\n${MEMO_BODY}`, city: 'upplands-bro' },
  { what: 'official name unlike the short name', text: `Falu kommun\nKommunstyrelsens förvaltning\n\n${MEMO_BODY}`, city: 'falun' },
  { what: 'Västerås stad', text: `Västerås stad\nKonsult och service\n\n${MEMO_BODY}`, city: 'vasteras' },
  { what: 'Region Kalmar län', text: `Region Kalmar län\nRegionstyrelsen\n\n${MEMO_BODY}`, city: 'region-kalmar-lan' },
  {
    what: 'region, with a kommun of the region in the body',
    text: `Region Östergötland\nRegionledningskontoret\n\n${MEMO_BODY} Linköpings kommun har lämnat synpunkter.`,
    city: 'region-ostergotland',
  },
  // Minutes
  {
    what: 'minutes: Kommunstyrelsen i X kommun',
    text: `SAMMANTRÄDESPROTOKOLL\nKommunstyrelsen i Linköpings kommun\n\n§ 12 Budget\n\n${MEMO_BODY}`,
    city: 'linkoping',
  },
  { what: 'minutes: Kommunfullmäktige i X', text: `Protokoll\nKommunfullmäktige i Örebro\n\n§ 3 Val\n\n${MEMO_BODY}`, city: 'orebro' },
  {
    what: 'minutes: Kommunstyrelsen i Stockholm is the kommun, not the region',
    text: `PROTOKOLL\nKommunstyrelsen i Stockholm\n\n${MEMO_BODY}`,
    city: 'stockholm',
  },
  // Running headers and footers
  { what: 'running footer with the name', text: MEMO_BODY, furniture: ['Uppsala kommun, 753 75 Uppsala', 'Sida # (#)'], city: 'uppsala' },
  { what: 'running footer with a web address', text: MEMO_BODY, furniture: ['Besöksadress Regionens hus · www.vgregion.se'], city: 'region-vastra-gotaland' },
  {
    what: 'running header, body names another city',
    text: `${MEMO_BODY}\n\nGällivare kommun, Gällivare kommun och Gällivare kommun deltar.`,
    furniture: ['Kiruna kommun'],
    city: 'kiruna',
  },
  { what: 'a subdomain counts as its domain', text: MEMO_BODY, furniture: ['kommun.varnamo.se'], city: 'varnamo' },
  // Signature blocks
  { what: 'signature e-mail address', text: `${MEMO_BODY}\n\nAnna Berg\nEnhetschef\nanna.berg@umea.se`, city: 'umea' },
  { what: 'signature with postal address', text: `${MEMO_BODY}\n\nSundsvalls kommun, 851 85 Sundsvall`, city: 'sundsvall' },
  { what: 'footer line with e-mail at the end', text: `${MEMO_BODY}\n\nTelefon 018-727 00 00 · kommunen@uppsala.se`, city: 'uppsala' },
  // Body only
  {
    what: 'the body names its own kommun often',
    text: `Norrköpings kommuns arbete med barnrätt utvecklas.\n\nNorrköpings kommun har antagit en plan.\n\nI Norrköpings kommun finns ett råd.`,
    city: 'norrkoping',
  },
  {
    what: '"Stockholm stad", as writers write it',
    text: 'Stockholm stads program gäller. Stockholm stads verksamheter ska vara fria från rasism. Stockholm stads arbete följs upp.',
    city: 'stockholm',
  },
  // Traps: mentions
  { what: 'one mention of a partner decides nothing', text: `${MEMO_BODY} Arbetet sker i samverkan med Göteborgs stad.`, city: null },
  {
    what: 'letterhead wins over three other cities in the body',
    text: `Lunds kommun\nSocialförvaltningen\n\n${MEMO_BODY}\n\nMalmö stad, Helsingborgs stad och Göteborgs Stad har liknande planer. Malmö stad har kommit längst.`,
    city: 'lund',
  },
  {
    what: 'Region Skåne in a Malmö memo',
    text: `Malmö stad\nStadskontoret\n\n${MEMO_BODY} Region Skåne ansvarar för hälso- och sjukvården. Region Skåne och staden samverkar. Region Skånes plan bifogas.`,
    city: 'malmo',
  },
  {
    what: 'Stockholms läns landsting is the region',
    text: `Stockholms läns landsting\nHälso- och sjukvårdsförvaltningen\n\n${MEMO_BODY}`,
    city: 'region-stockholm',
  },
  {
    what: 'two cities named alike decide nothing',
    text: 'Lunds kommun och Malmö stad har samma plan. Lunds kommun och Malmö stad följer upp den. Lunds kommun och Malmö stad rapporterar.',
    city: null,
  },
  { what: 'a recipient alone is not the writer', text: `Till Region Kronoberg\n\n${MEMO_BODY}`, city: null },
  {
    what: 'the recipient in the letterhead',
    text: `Växjö kommun\nNämnden för Kultur & Fritid\n\nREMISSVAR\n\nRegion Kronoberg\nRegional utveckling\n\n${MEMO_BODY}`,
    city: 'vaxjo',
  },
  {
    what: 'a court and the police named after a place',
    text: `${MEMO_BODY} Förvaltningsrätten i Växjö har dömt. Polismyndighetens lokalpolisområde Växjö deltar.`,
    city: null,
  },
  { what: 'a county administrative board', text: `Länsstyrelsen i Kronobergs län\n\n${MEMO_BODY}`, city: null },
  { what: 'a place name alone', text: `Kommunhuset, Växjö\n\n${MEMO_BODY}`, city: null },
  { what: 'a lookalike domain', text: `${MEMO_BODY}\n\nSe http://malmo.se.example.com/plan`, city: null },
  { what: 'a web link to another city in the body', text: `${MEMO_BODY} Se www.goteborg.se för deras plan.`, city: null },
  // Traps: names alike
  { what: 'Håbo', text: `Håbo kommun\nKommunstyrelsen\n\n${MEMO_BODY}`, city: 'habo-uppsala' },
  { what: 'Habo', text: `Habo kommun\nKommunstyrelsen\n\n${MEMO_BODY}`, city: 'habo-jonkoping' },
  { what: "Håbo's domain", text: `${MEMO_BODY}\n\nkommunen@habo.se`, city: 'habo-uppsala' },
  { what: "Habo's domain", text: `${MEMO_BODY}\n\nkommunen@habokommun.se`, city: 'habo-jonkoping' },
  { what: 'Malmo without ö is nobody', text: `Malmo stad\nStadskontoret\n\n${MEMO_BODY}`, city: null },
  // A kommun that is also a region
  { what: 'Region Gotland', text: `Region Gotland\nRegionstyrelseförvaltningen\n\n${MEMO_BODY}`, city: 'gotland' },
  { what: "Gotland's domain", text: `${MEMO_BODY}\n\nregistrator@gotland.se`, city: 'gotland' },
  { what: 'Gotlands kommun, the legal name', text: `Gotlands kommun\n\n${MEMO_BODY}`, city: 'gotland' },
];

describe('city detection', () => {
  it('has a table of at least 40 cases over at least 15 municipalities and regions', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.city).filter(Boolean)).size).toBeGreaterThanOrEqual(15);
  });

  it.each(CASES)('$what → $city', ({ text, furniture, city }) => {
    const decision = cityOf(document(text, furniture), locator);
    expect(decision.city, JSON.stringify(decision.scores.slice(0, 3))).toBe(city);
  });

  it('never takes Stockholms läns landsting for the kommun', () => {
    const decision = cityOf(document(`Stockholms läns landsting\n\n${MEMO_BODY}`), locator);
    expect(decision.scores.map((s) => s.id)).toEqual(['region-stockholm']);
  });

  it('scores a body mention below what decides', () => {
    const decision = cityOf(document(`${MEMO_BODY} Göteborgs Stad har en liknande plan.`), locator);
    expect(decision.scores).toMatchObject([{ id: 'goteborg' }]);
    expect(decision.scores[0].score).toBeLessThan(MIN_SCORE);
  });
});

describe("a registry's own cues and domains", () => {
  const lexicons = loadLexicons();
  const lund: Registry = {
    city: 'lund',
    name: 'Lunds kommun',
    cues: ['Lunds Rådhus'],
    domains: ['lundsrad.se'],
    administrations: [],
    groups: [],
    file: 'lund.yaml',
  };
  const withLund = buildLocator(locateData({ ...lexicons, registries: [...lexicons.registries, lund] }));

  it('names the city by a cue', () => {
    expect(cityOf(document(`Lunds Rådhus\n\n${MEMO_BODY}`), withLund).city).toBe('lund');
    expect(cityOf(document(`Lunds Rådhus\n\n${MEMO_BODY}`), locator).city).toBe(null);
  });

  it('names the city by a domain', () => {
    expect(cityOf(document(`${MEMO_BODY}\n\nkansliet@lundsrad.se`), withLund).city).toBe('lund');
  });
});
