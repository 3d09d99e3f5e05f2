// Golden facts from the 2023 rapport itself: who it says works with what. Each row finds the
// passage where the rapport says it, and checks the tag and exactly whom the passage is credited to.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocuments } from '../../src/corpus/extract.js';
import { loadLexicons } from '../../src/lexicon/load.js';
import { buildContext } from '../../src/tag/context.js';
import { tagDocument, type TagResult } from '../../src/tag/index.js';
import type { TaggedPassage } from '../../src/types.js';

const RAPPORT = 'corpora/seeds/malmo-rapport-systematiskt-arbete-mr-2023.txt';
let rapport: TagResult;

beforeAll(async () => {
  const { documents, failures } = await extractDocuments([RAPPORT]);
  expect(failures).toEqual([]);
  rapport = tagDocument(documents[0], buildContext(loadLexicons()));
});

/** The one passage containing `needle` (spacing aside). */
function passageWith(needle: string): TaggedPassage {
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  const found = rapport.passages.filter((p) => squash(p.text).includes(needle));
  expect(
    found.map((p) => p.id),
    `"${needle}"`,
  ).toHaveLength(1);
  return found[0];
}

/** IDs the passage is credited to, "Malmö stad" (the city as a whole) aside. */
const credited = (p: TaggedPassage) => [...new Set(p.mentions.map((m) => m.id))].filter((id) => id !== 'malmo/malmo-stad').sort();

/** Evidence words of a covering tag (not negated, not boilerplate), or null without one. */
function coverage(p: TaggedPassage, id: string): string[] | null {
  const tag = p.tags.find((t) => t.id === id && !t.negated && !t.boilerplate);
  return tag ? tag.evidence.filter((e) => !e.negated).map((e) => e.text.toLowerCase()) : null;
}

interface Fact {
  says: string;
  needle: string;
  tag: string;
  /** A word among the covering evidence. */
  evidence: string;
  /** Exactly these, unless `atLeast`. */
  credited: string[];
  atLeast?: boolean;
}

const facts: Fact[] = [
  {
    says: 'kommunstyrelsen, arbetsmarknads- och socialnämnden and kulturnämnden work with klarspråk (P4)',
    needle: 'lyfter att klarspråk är i fokus',
    tag: 'P4',
    evidence: 'klarspråk',
    credited: ['malmo/arbetsmarknads-och-socialnamnden', 'malmo/kommunstyrelsen', 'malmo/kulturnamnden'],
  },
  {
    says: 'miljönämnden, ASN, tekniska nämnden and kulturnämnden use internal control (P1)',
    needle: 'refererar till att intern kontroll är ett, av flera, verktyg',
    tag: 'P1',
    evidence: 'intern kontroll',
    credited: ['malmo/arbetsmarknads-och-socialnamnden', 'malmo/kulturnamnden', 'malmo/miljonamnden', 'malmo/tekniska-namnden'],
  },
  {
    says: 'miljönämnden has a routine for prövning av barnets bästa (barnratt)',
    needle: 'Miljönämnden har även tagit fram en rutin för prövning av barnets bästa',
    tag: 'barnratt',
    evidence: 'barnets bästa',
    credited: ['malmo/miljonamnden'],
    atLeast: true,
  },
  {
    says: 'kultur- och fritidsnämnderna laid the ground with barnrättsspår (barnratt)',
    needle: 'Kultur- och fritidsnämnderna har lagt grunden genom barnrättsspår',
    tag: 'barnratt',
    evidence: 'barnrättsspår',
    credited: ['malmo/fritidsnamnden', 'malmo/kulturnamnden'],
  },
  {
    says: 'stadsbyggnadsnämnden strengthens involvement of Malmöbor in planning (P3)',
    needle: 'Stadsbyggnadsnämnden har 2023 utvecklat och prövat ett nytt arbetssätt för att stärka involveringen',
    tag: 'P3',
    evidence: 'involveringen',
    credited: ['malmo/stadsbyggnadsnamnden'],
  },
  {
    says: 'ASN and kulturnämnden use tjänstedesign for user involvement (P3)',
    needle: 'anger att de använder sig av tjänstedesign',
    tag: 'P3',
    evidence: 'tjänstedesign',
    credited: ['malmo/arbetsmarknads-och-socialnamnden', 'malmo/kulturnamnden'],
    atLeast: true,
  },
  {
    says: 'kommunstyrelsen sets human-rights requirements in its procurements (P1)',
    needle: 'I de upphandlingar som kommunstyrelsen har genomfört',
    tag: 'P1',
    evidence: 'upphandlingar',
    credited: ['malmo/kommunstyrelsen'],
  },
  {
    says: 'kommunstyrelsen coordinates statistics by the city’s geography (P1)',
    needle: 'Kommunstyrelsen har under 2023 samordnat ett stadsövergripande arbete med att samla in och sammanställa statistik',
    tag: 'P1',
    evidence: 'statistik',
    credited: ['malmo/kommunstyrelsen'],
  },
  {
    says: 'MKB Fastighets AB renewed its HBTQI certification (hbtqi)',
    needle: 'MKB Fastighets AB har förnyat sin HBTQI-certifiering',
    tag: 'hbtqi',
    evidence: 'hbtqi-certifiering',
    credited: ['malmo/mkb-fastighets-ab'],
  },
  {
    says: 'gymnasie- och vuxenutbildningsnämnden prioritised work against discrimination (antidiskriminering)',
    needle: 'Gymnasie- och vuxenutbildningsnämndens skolor har under 2023 prioriterat värdegrundsarbetet',
    tag: 'antidiskriminering',
    evidence: 'diskriminering',
    credited: ['malmo/gymnasie-och-vuxenutbildningsnamnden'],
  },
  {
    says: 'hälsa-, vård- och omsorgsnämnden has a steering group for national minorities',
    needle: 'Sedan 2021 har hälsa-, vård- och omsorgsnämnden haft en styrgrupp',
    tag: 'nationella-minoriteter',
    evidence: 'nationella minoriteter',
    credited: ['malmo/halsa-vard-och-omsorgsnamnden'],
  },
  {
    says: 'ASN coordinates the plan Fri från våld (vald)',
    needle: 'Arbetsmarknads- och socialnämnden samordnar och stödjer det stadsövergripande genomförandet av planen Fri från våld',
    tag: 'vald',
    evidence: 'våld',
    credited: ['malmo/arbetsmarknads-och-socialnamnden'],
  },
  {
    says: 'fritidsnämnden works on accessibility requirements for new buildings (P2)',
    needle: 'Under hösten har fritidsnämnden påbörjat arbetet med att ta fram krav på tillgänglighet',
    tag: 'P2',
    evidence: 'tillgänglighet',
    credited: ['malmo/fritidsnamnden'],
  },
  {
    says: 'valnämnden secures democratic elections (demokrati)',
    needle: 'Valnämnden arbetar systematiskt med att upprätthålla en fungerande valorganisation',
    tag: 'demokrati',
    evidence: 'demokratiska',
    credited: ['malmo/valnamnden'],
  },
  {
    says: 'Boplats Syd AB works for housing allocation free from discrimination',
    needle: 'Boplats Syd AB lyfter att de verkar för en enkel och transparent bostadsförmedling',
    tag: 'antidiskriminering',
    evidence: 'diskriminering',
    credited: ['malmo/boplats-syd-ab'],
  },
  {
    says: 'under the heading Kultur- och fritidsnämnderna, the memorial plaques are theirs (hbtqi, via heading)',
    needle: 'Minnesskyltar med fokus på HBTQIA-historia',
    tag: 'hbtqi',
    evidence: 'hbtqia-historia',
    credited: ['malmo/fritidsnamnden', 'malmo/kulturnamnden'],
  },
];

describe('golden: the rapport', () => {
  it('is written by kommunstyrelsen (manifest) and tagged against Malmö', () => {
    expect(rapport.author).toBe('malmo/kommunstyrelsen');
    expect(rapport.city).toBe('malmo');
  });

  it.each(facts)('says $says', (fact) => {
    const passage = passageWith(fact.needle);
    expect(coverage(passage, fact.tag), `${fact.tag} i ${passage.id}`).toEqual(expect.arrayContaining([fact.evidence]));
    if (fact.atLeast) expect(credited(passage)).toEqual(expect.arrayContaining(fact.credited));
    else expect(credited(passage)).toEqual(fact.credited);
  });

  it('credits the heading-scoped passage via the heading, not explicitly', () => {
    const passage = passageWith('Minnesskyltar med fokus på HBTQIA-historia');
    expect(new Set(passage.mentions.map((m) => m.via))).toEqual(new Set(['heading']));
  });

  it('says few report on transparent communication: that evidence is hedged, klarspråk is not', () => {
    const passage = passageWith('Få nämnder och bolagsstyrelser har, i den särskilda frågan, rapporterat specifikt');
    const evidence = passage.tags.find((t) => t.id === 'P4')!.evidence;
    expect(evidence.find((e) => e.text === 'transparent')?.negated).toBe(true);
    expect(evidence.find((e) => e.text === 'klarspråk')?.negated).toBe(false);
  });

  it('credits "Övriga nämnder och bolag har inte lyft fram upphandlingsprocesser" to no one but MKB, negated', () => {
    const passage = passageWith('Övriga nämnder och bolag har inte lyft fram upphandlingsprocesser');
    expect(credited(passage)).toEqual(['malmo/mkb-fastighets-ab']);
    const p1 = passage.tags.find((t) => t.id === 'P1')!;
    expect(p1.evidence.find((e) => e.text === 'upphandlingsprocesser')?.negated).toBe(true);
  });

  it('quotes the four principles as boilerplate, not coverage', () => {
    const quoted = rapport.passages.filter((p) => p.boilerplate?.startsWith('princip-'));
    expect(quoted.map((p) => p.boilerplate).sort()).toEqual(['princip-1-citat', 'princip-2-citat', 'princip-3-citat', 'princip-4-citat']);
    for (const p of quoted) expect(p.tags.every((t) => t.boilerplate)).toBe(true);
  });

  it('finds no administration of Malmö the registry lacks, and lists the outside bodies apart', () => {
    const unregistered = rapport.passages.flatMap((p) => p.mentions.filter((m) => !m.registered && !m.external).map((m) => m.id));
    expect(unregistered).toEqual([]);
    const external = rapport.passages.flatMap((p) => p.mentions.filter((m) => m.external).map((m) => m.id));
    expect([...new Set(external)].sort()).toEqual([
      'external/malmo-universitet',
      'external/polismyndigheten',
      'external/regeringen',
      'external/region-skane',
      'external/sodertorns-hogskola',
      'external/statistiska-centralbyran',
      'external/sveriges-lantbruksuniversitet',
    ]);
  });
});
