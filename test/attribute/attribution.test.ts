// One row per attribution rule, each with real sentences from the seeds (a few made-up names where
// the seeds have none: Trafiknämnden, Göteborgs stads kulturnämnd).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicons } from '../../src/lexicon/load.js';
import { attributionScope, buildContext, type TaggingContext } from '../../src/tag/context.js';
import { attributePassages } from '../../src/attribute/index.js';
import { makeDocument, type Block } from '../helpers/documents.js';

let ctx: TaggingContext;
beforeAll(() => {
  ctx = buildContext(loadLexicons());
});

/** [id, via, name as written]; heading mentions have no name check. */
type Expected = [id: string, via: string, name?: string];

interface Row {
  rule: string;
  blocks: Block[];
  /** Index of the passage to check; default the last. */
  passage?: number;
  expected: Expected[];
}

const rows: Row[] = [
  {
    rule: 'inflection: genitive',
    blocks: ['Tillgången till kultur och delaktigheten i kulturnämndens verksamhet har under året stärkts för flera prioriterade målgrupper.'],
    expected: [['malmo/kulturnamnden', 'explicit', 'kulturnämndens']],
  },
  {
    rule: 'sentence-initial capital is the same name',
    blocks: ['Kulturnämnden bedömer att stora framsteg har gjorts för den kulturella allemansrätten.'],
    expected: [['malmo/kulturnamnden', 'explicit', 'Kulturnämnden']],
  },
  {
    rule: 'abbreviation alias (MKB), then "bolaget" refers back to it',
    blocks: [
      'Sedan MKB som första fastighetsbolag i Sverige blev HBTQI-certifierade 2017 har bolaget fortsatt förnya certifieringen med uppdaterade handlingsplaner och utbildningar.',
    ],
    expected: [
      ['malmo/mkb-fastighets-ab', 'explicit', 'MKB'],
      ['malmo/mkb-fastighets-ab', 'anaphor', 'bolaget'],
    ],
  },
  {
    rule: 'abbreviations are case-sensitive: ASN, not asn',
    blocks: ['Stödet till asn-gruppen ges av ASN, som lyfter att klarspråk är i fokus.'],
    expected: [['malmo/arbetsmarknads-och-socialnamnden', 'explicit', 'ASN']],
  },
  {
    rule: 'misspelling: registered, canonical ID',
    blocks: ['Hälsa-, vård och omsorgsnämnden'],
    expected: [['malmo/halsa-vard-och-omsorgsnamnden', 'explicit', 'Hälsa-, vård och omsorgsnämnden']],
  },
  {
    rule: 'misspelled company name with genitive',
    blocks: [
      'För att stärka barns inflytande på planering och utveckling av det egna närområdet har MKB Fastighet AB:s i samarbete med Värner Rydén-skolan inrättat ett så kallat demokratiråd.',
    ],
    expected: [['malmo/mkb-fastighets-ab', 'explicit', 'MKB Fastighet AB:s']],
  },
  {
    rule: 'office credited to its committee',
    blocks: ['Kulturförvaltningen håller sedan tidigare två samråd per år med judiska Malmöbor för att lyssna in minoritetens synpunkter.'],
    expected: [['malmo/kulturnamnden', 'office', 'Kulturförvaltningen']],
  },
  {
    rule: 'offices mid-sentence, coordinated office name stays one',
    blocks: [
      'I kompletterande information från Fastighets- och gatukontoret, som stadskontoret inhämtat för att tydliggöra vad arbetet innebär, beskrivs att behovskartläggningar är ett verktyg.',
    ],
    expected: [
      ['malmo/tekniska-namnden', 'office', 'Fastighets- och gatukontoret'],
      ['malmo/kommunstyrelsen', 'office', 'stadskontoret'],
    ],
  },
  {
    rule: 'group noun expanded to its members',
    blocks: ['Utbildningsnämndernas arbete med mänskliga rättigheter utgår främst från deras grunduppdrag.'],
    expected: [
      ['malmo/forskolenamnden', 'group', 'Utbildningsnämndernas'],
      ['malmo/grundskolenamnden', 'group', 'Utbildningsnämndernas'],
      ['malmo/gymnasie-och-vuxenutbildningsnamnden', 'group', 'Utbildningsnämndernas'],
    ],
  },
  {
    rule: 'plural group "tekniska nämnderna" is not the one "tekniska nämnden"',
    blocks: ['Inom de tekniska nämnderna har arbetet organiserats och systematiserats på olika sätt.'],
    expected: [
      ['malmo/tekniska-namnden', 'group', 'de tekniska nämnderna'],
      ['malmo/stadsbyggnadsnamnden', 'group', 'de tekniska nämnderna'],
      ['malmo/miljonamnden', 'group', 'de tekniska nämnderna'],
      ['malmo/servicenamnden', 'group', 'de tekniska nämnderna'],
    ],
  },
  {
    rule: 'singular "Tekniska nämnden" is the one committee',
    blocks: ['Tekniska nämnden lyfter också att det pågår ett kontinuerligt arbete med att utveckla olika former av involveringsprocesser.'],
    expected: [['malmo/tekniska-namnden', 'explicit', 'Tekniska nämnden']],
  },
  {
    rule: 'coordinated compound names two committees',
    blocks: ['Förskole- och grundskolenämnderna hänvisar till skolans demokratiuppdrag.'],
    expected: [
      ['malmo/forskolenamnden', 'coordination', 'Förskole-'],
      ['malmo/grundskolenamnden', 'explicit', 'grundskolenämnderna'],
    ],
  },
  {
    rule: 'kultur- och fritidsnämnderna: two',
    blocks: ['Kultur- och fritidsnämnderna har lagt grunden genom barnrättsspår.'],
    expected: [
      ['malmo/kulturnamnden', 'group', 'Kultur- och fritidsnämnderna'],
      ['malmo/fritidsnamnden', 'group', 'Kultur- och fritidsnämnderna'],
    ],
  },
  {
    rule: 'registered coordinated name stays one',
    blocks: ['Arbetsmarknads- och socialnämnden har sedan 2023 en ny struktur för uppdrag kopplat till mänskliga rättigheter.'],
    expected: [['malmo/arbetsmarknads-och-socialnamnden', 'explicit', 'Arbetsmarknads- och socialnämnden']],
  },
  {
    rule: 'anaphor "nämndens" in the same sentence',
    blocks: ['Stadsbyggnadsnämnden har under 2023 arbetat med uppdraget att stärka nämndens jämlikhetsarbete.'],
    expected: [
      ['malmo/stadsbyggnadsnamnden', 'explicit', 'Stadsbyggnadsnämnden'],
      ['malmo/stadsbyggnadsnamnden', 'anaphor', 'nämndens'],
    ],
  },
  {
    rule: 'anaphor skips a company: "Nämnden" is the last committee, not MKB',
    blocks: [
      'Kommunfullmäktige har även beslutat att frågan om förtur till lägenhet för våldsutsatta kvinnor hos MKB Fastighets AB ska utredas av arbetsmarknads- och socialnämnden tillsammans med MKB Fastighets AB. Nämnden bedömer att förtur till våldsutsatta skulle innebära kortare tid på skyddat boende.',
    ],
    expected: [
      ['malmo/kommunfullmaktige', 'explicit', 'Kommunfullmäktige'],
      ['malmo/mkb-fastighets-ab', 'explicit', 'MKB Fastighets AB'],
      ['malmo/arbetsmarknads-och-socialnamnden', 'explicit', 'arbetsmarknads- och socialnämnden'],
      ['malmo/mkb-fastighets-ab', 'explicit', 'MKB Fastighets AB'],
      ['malmo/arbetsmarknads-och-socialnamnden', 'anaphor', 'Nämnden'],
    ],
  },
  {
    rule: 'anaphor goes to the nearest committee, not the first one named',
    blocks: [
      'Arbetsmarknads- och socialnämnden lyfter bland annat att de har former för regelbunden dialog i frågor som rör nämndens verksamheter. Vidare lyfter bland annat fritidsnämnden att en del av deras systematiska arbete är deras konferenser som nämnden anordnar för föreningslivet.',
    ],
    expected: [
      ['malmo/arbetsmarknads-och-socialnamnden', 'explicit', 'Arbetsmarknads- och socialnämnden'],
      ['malmo/arbetsmarknads-och-socialnamnden', 'anaphor', 'nämndens'],
      ['malmo/fritidsnamnden', 'explicit', 'fritidsnämnden'],
      ['malmo/fritidsnamnden', 'anaphor', 'nämnden'],
    ],
  },
  {
    rule: 'a plural in between makes the anaphor distributive: no one in particular',
    blocks: [
      { heading: 'Intern kontroll' },
      'Några av nämnderna, bland annat miljönämnden och kulturnämnden, refererar till att intern kontroll är ett av flera verktyg.',
      'De flesta nämnderna identifierade förbättringsområden. Detta inbegrep exempelvis inrättande av rutiner på förvaltningen och att undersöka hur nämndens processer kan stärkas utifrån ett barnrättsperspektiv.',
    ],
    expected: [],
  },
  {
    rule: 'generic "nämnden eller bolaget" credits no one',
    blocks: [
      'I enstaka fall har stadskontoret inhämtat kompletterande information. Ett exempel på detta är när nämnden eller bolaget enbart hänvisar till redan befintliga processer för att säkerställa principerna i policyn.',
    ],
    expected: [['malmo/kommunstyrelsen', 'office', 'stadskontoret']],
  },
  {
    rule: 'anaphor resolved from an earlier passage of the same section',
    blocks: [
      { heading: 'Delaktighet och inkludering' },
      'Tekniska nämnden beskriver att de varje år genomför kontinuerliga genomlysningar av verksamhetsplaner.',
      'Nämnden lyfter också att det pågår ett kontinuerligt arbete med att utveckla olika former av involveringsprocesser.',
    ],
    expected: [['malmo/tekniska-namnden', 'anaphor', 'Nämnden']],
  },
  {
    rule: 'anaphor "förvaltningen" is the office of the committee named last',
    blocks: [
      'Stadsbyggnadsnämnden har 2023 utvecklat och prövat ett nytt arbetssätt för att stärka involveringen av Malmöbor i planprocesserna. Det ger förvaltningen bättre resursutnyttjande och användning av lokal kunskap i planarbetet.',
    ],
    expected: [
      ['malmo/stadsbyggnadsnamnden', 'explicit', 'Stadsbyggnadsnämnden'],
      ['malmo/stadsbyggnadsnamnden', 'anaphor', 'förvaltningen'],
    ],
  },
  {
    rule: "heading fallback: a passage naming nobody is about the heading's four",
    blocks: [
      { heading: 'Tekniska nämnderna' },
      'Arbetet med barnrätt, relativt ett generellt barnperspektiv, handlar till största del om att skapa tydliga strukturer för att bedöma vad som är väsentligt utifrån barnperspektivet i alla processer.',
    ],
    expected: [
      ['malmo/tekniska-namnden', 'heading'],
      ['malmo/stadsbyggnadsnamnden', 'heading'],
      ['malmo/miljonamnden', 'heading'],
      ['malmo/servicenamnden', 'heading'],
    ],
  },
  {
    rule: 'heading fallback does not apply when the passage names a committee',
    blocks: [
      { heading: 'Tekniska nämnderna' },
      'Miljönämnden har arbetat för tydligare integrering av barnrätts-, jämställdhets-, minoritets- och HBTQIA+-perspektiven i verksamheten.',
    ],
    expected: [['malmo/miljonamnden', 'explicit', 'Miljönämnden']],
  },
  {
    rule: "external: Region Skåne is not the city's",
    blocks: [
      'Under året har samverkan skett med tjänstepersoner i Region Skåne för att säkerställa att de utbildningsinsatser som görs i regionens verksamheter ligger i linje med basutbildningen.',
    ],
    expected: [['external/region-skane', 'explicit', 'Region Skåne']],
  },
  {
    rule: "external: another city's committee is not Malmö's kulturnämnd",
    blocks: ['Erfarenheterna från Göteborgs stads kulturnämnd visar samma sak som kulturnämndens egen uppföljning.'],
    expected: [
      ['external/goteborgs-stads-kulturnamnd', 'explicit', 'Göteborgs stads kulturnämnd'],
      ['malmo/kulturnamnden', 'explicit', 'kulturnämndens'],
    ],
  },
  {
    rule: 'unregistered: a committee Malmö does not have, and an anaphor to it',
    blocks: ['Trafiknämnden har inte yttrat sig, men nämndens förvaltning har deltagit i samrådet.'],
    expected: [
      ['malmo/trafiknamnden', 'explicit', 'Trafiknämnden'],
      ['malmo/trafiknamnden', 'anaphor', 'nämndens'],
    ],
  },
  {
    rule: 'generic: "övriga nämnder och bolag" credits no one',
    blocks: ['Övriga nämnder och bolag har inte lyft fram upphandlingsprocesser specifikt i svaren på den särskilda frågan.'],
    expected: [],
  },
  {
    rule: 'generic: "samtliga nämnder och bolagsstyrelser" and "varje nämnd" credit no one',
    blocks: [
      'Samtliga nämnder och bolagsstyrelser har ett ansvar för att omsätta policyn. Varje nämnd ansvarar för tillgänglighet, delaktighet och inkludering för personer med funktionsnedsättningar.',
    ],
    expected: [],
  },
  {
    rule: 'generic: "nämnder och helägda bolag" is not the group of companies',
    blocks: ['För att få en samlad bild ställde kommunstyrelsen en särskild fråga till nämnder och helägda bolag i samband med deras årsanalyser 2023.'],
    expected: [['malmo/kommunstyrelsen', 'explicit', 'kommunstyrelsen']],
  },
];

describe('attributePassages', () => {
  it.each(rows)('$rule', ({ blocks, passage, expected }) => {
    const doc = makeDocument(blocks);
    const mentions = attributePassages(doc, attributionScope(doc, ctx))[passage ?? doc.passages.length - 1];
    const text = doc.passages[passage ?? doc.passages.length - 1].text;
    const actual = mentions.map((m): Expected => (m.via === 'heading' ? [m.id, m.via] : [m.id, m.via, text.slice(m.start, m.end)]));
    expect(actual).toEqual(expected);
    const registered = new Set(ctx.lexicons.registries.flatMap((r) => r.administrations.map((a) => a.id)));
    for (const m of mentions) expect(m.registered).toBe(registered.has(m.id) && m.kind === undefined);
    for (const m of mentions) expect(m.external === true).toBe(m.id.startsWith('external/'));
  });

  it('marks aliases and misspellings as variants of the canonical ID', () => {
    const doc = makeDocument(['MKB Fastighet AB har förnyat sin HBTQI-certifiering, och MKB fortsätter arbetet.']);
    const [mentions] = attributePassages(doc, attributionScope(doc, ctx));
    expect(mentions.map((m) => [m.id, m.variant ?? 'name'])).toEqual([
      ['malmo/mkb-fastighets-ab', 'misspelling'],
      ['malmo/mkb-fastighets-ab', 'alias'],
    ]);
  });

  it('never throws on odd text', () => {
    const doc = makeDocument(['', '– AB', 'Nämnden', 'Region', ' nämnd- och', 'AB:s AB Bolag Region Region Skåne- och']);
    expect(() => attributePassages(doc, attributionScope(doc, ctx))).not.toThrow();
  });
});
