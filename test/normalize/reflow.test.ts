import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { pdfRaw } from '../helpers/ingest.js';
import type { RawBlock, RawDocument } from '../../src/types.js';
import { seedPath, textRaw } from './real-documents.js';

const pdf = pdfRaw;
const blocks = (raw: RawDocument): Pick<RawBlock, 'kind' | 'text' | 'page'>[] => normalize(raw).blocks.map(({ kind, text, page }) => ({ kind, text, page }));

// Lines of the tjänsteskrivelse fixture as pdf-parse gives them (no blank lines between paragraphs).
const SUMMARY = [
  'Sammanfattning',
  'Kommunstyrelsen fick i kommunfullmäktiges budget för 2023 i',
  'uppdrag att, tillsammans med grundskolenämnden, arbetsmarknads-',
  'och socialnämnden och kulturnämnden, brett utreda formerna för',
  'stadens arbete mot rasism och för mänskliga rättigheter så att det',
  'utformas på ett sätt där staden ytterligare kan kraftsamla och',
  'förbättra samordningen på området.',
  'Budgetuppdraget har samordnats med utvecklingen av uppföljningen',
  'av stadens arbete med mänskliga rättigheter i årsredovisningen för',
  '2023. Uppföljningen resulterade i en rapport om det systematiska',
  'arbetet för mänskliga rättigheter i Malmö stad. Denna rapport utgör',
  'en bilaga till årsredovisningen.',
  'Förslag till beslut',
  'Kommunstyrelsen föreslår kommunfullmäktige besluta',
  '1. Kommunfullmäktige godkänner återrapporteringen.',
  '2. Kommunfullmäktige skickar återrapporteringen till stadens',
  'nämnder och helägda bolag för beaktande i det fortsatta',
  'utvecklingsarbetet.',
];

describe('re-flowing PDF lines into blocks', () => {
  it.each([
    {
      name: 'a heading, a short line ending a sentence, numbered items',
      pages: [SUMMARY],
      expected: [
        { kind: 'paragraph', page: 1, text: 'Sammanfattning' },
        {
          kind: 'paragraph',
          page: 1,
          text: 'Kommunstyrelsen fick i kommunfullmäktiges budget för 2023 i uppdrag att, tillsammans med grundskolenämnden, arbetsmarknads- och socialnämnden och kulturnämnden, brett utreda formerna för stadens arbete mot rasism och för mänskliga rättigheter så att det utformas på ett sätt där staden ytterligare kan kraftsamla och förbättra samordningen på området.',
        },
        {
          kind: 'paragraph',
          page: 1,
          text: 'Budgetuppdraget har samordnats med utvecklingen av uppföljningen av stadens arbete med mänskliga rättigheter i årsredovisningen för 2023. Uppföljningen resulterade i en rapport om det systematiska arbetet för mänskliga rättigheter i Malmö stad. Denna rapport utgör en bilaga till årsredovisningen.',
        },
        { kind: 'paragraph', page: 1, text: 'Förslag till beslut' },
        { kind: 'paragraph', page: 1, text: 'Kommunstyrelsen föreslår kommunfullmäktige besluta' },
        { kind: 'list-item', page: 1, text: '1. Kommunfullmäktige godkänner återrapporteringen.' },
        {
          kind: 'list-item',
          page: 1,
          text: '2. Kommunfullmäktige skickar återrapporteringen till stadens nämnder och helägda bolag för beaktande i det fortsatta utvecklingsarbetet.',
        },
      ],
    },
    {
      name: 'a paragraph continues across a page break, past the running header and page number',
      pages: [
        [
          'Malmö stad',
          'Många nämnder och bolag arbetar med att utveckla olika',
          'former av involveringsprocesser för att aktivt inkludera',
          'Malmöbor i beslutsprocesserna och det finns formellt inrättade',
          'råd som skulle kunna nyttjas för samråd i högre grad. Detta',
          '4 (11)',
        ],
        ['Malmö stad', 'arbete behöver fortsätta utvecklas för att i än högre grad', 'inkludera grupper som inte är representerade.', '5 (11)'],
        ['Malmö stad', 'Ansvariga', 'Per-Erik Ebbeståhl Avdelningschef', 'Magdalena Bondeson Sektionschef', '6 (11)'],
      ],
      expected: [
        {
          kind: 'paragraph',
          page: 1,
          text: 'Många nämnder och bolag arbetar med att utveckla olika former av involveringsprocesser för att aktivt inkludera Malmöbor i beslutsprocesserna och det finns formellt inrättade råd som skulle kunna nyttjas för samråd i högre grad. Detta arbete behöver fortsätta utvecklas för att i än högre grad inkludera grupper som inte är representerade.',
        },
        { kind: 'paragraph', page: 3, text: 'Ansvariga' },
        { kind: 'paragraph', page: 3, text: 'Per-Erik Ebbeståhl Avdelningschef' },
        { kind: 'paragraph', page: 3, text: 'Magdalena Bondeson Sektionschef' },
      ],
    },
    {
      name: 'a bullet without a final period followed by a paragraph, and a parenthesis spanning lines',
      pages: [
        [
          'skapa möjligheter för staden att kraftsamla.',
          '• Förstärkning av rättighetsperspektivet i analys och uppföljning',
          'Under 2023 har ett utvecklingsarbete skett inom ramen för budget-',
          'och uppföljningsprocessen. Detta innefattar arbetet mot antimuslimsk',
          'och antisvart rasism (se STK-2022-1455 Handlingsplan för arbetet',
          'mot islamofobi och antimuslimsk rasism samt STK-2022-1456',
          'Handlingsplan för arbetet mot afrofobi). Detta arbete är redan pågående och',
          'kommer att fortsätta under 2024 och 2025.',
        ],
      ],
      expected: [
        { kind: 'paragraph', page: 1, text: 'skapa möjligheter för staden att kraftsamla.' },
        { kind: 'list-item', page: 1, text: 'Förstärkning av rättighetsperspektivet i analys och uppföljning' },
        {
          kind: 'paragraph',
          page: 1,
          text: 'Under 2023 har ett utvecklingsarbete skett inom ramen för budget- och uppföljningsprocessen. Detta innefattar arbetet mot antimuslimsk och antisvart rasism (se STK-2022-1455 Handlingsplan för arbetet mot islamofobi och antimuslimsk rasism samt STK-2022-1456 Handlingsplan för arbetet mot afrofobi). Detta arbete är redan pågående och kommer att fortsätta under 2024 och 2025.',
        },
      ],
    },
  ])('$name', ({ pages, expected }) => {
    expect(blocks(pdf(...pages))).toEqual(expected);
  });

  // Bullets in the rapport are indented, so their lines wrap some fifteen characters short of the
  // body text; a sentence ending mid-item used to end the item and orphan the rest (`Demokratirådet
  // är …` lost MKB and was credited to every company by the `Helägda bolag` heading).
  const BODY = [
    'Kommunstyrelsen, och därigenom stadskontoret, hade i uppdrag att leda,',
    'stödja, samordna och ha uppsikt över nämndernas arbete med',
    'styrdokumenten. Målet för samtliga utvecklingsplaner var att berörda',
    'rättighetsperspektiv skulle omsättas i nämndernas och bolagens ordinarie',
    'arbete i syfte att bidra till mer likvärdig service, bemötande och',
    'myndighetsutövning. För att uppnå bestående förändring på systemnivå låg',
    'fokus på att integrera de olika rättighetsperspektiven i ordinarie styr-, lednings-',
    'och uppföljningssystem. Tanken med det var att förändrings- och',
    'utvecklingsarbetet, som genomfördes utifrån utvecklingsplanerna, skulle leda',
    'till bestående förändring och inte bli kortlivade insatser. Arbetet utgjordes',
    'främst av kunskapshöjande insatser, synliggörandet av utvecklingsområden via',
    'kartläggningar och konsekvensanalyser, förslag på åtgärder för att lösa dessa',
    'och att utveckla system för att mäta och visa på effekter.',
  ];
  it.each([
    {
      name: 'a bullet line with a sentence end inside it runs on (`Sedan` / `MKB som …`)',
      item: [
        '• MKB Fastighets AB har förnyat sin HBTQI-certifiering. Sedan',
        'MKB som första fastighetsbolag i Sverige blev HBTQI-certifierade',
        '2017 har bolaget fortsatt förnya certifieringen med uppdaterade',
        'handlingsplaner och utbildningar.',
      ],
    },
  ])('saved PDF text: $name stays one list item', ({ item }) => {
    const lines = [...BODY, '', ...item, ''];
    const raw: RawDocument = { path: 'x.txt', format: 'txt', bytes: 0, sha256: '', warnings: [], lines };
    const items = normalize(raw).blocks.filter((b) => b.kind === 'list-item' || b.line! > BODY.length);
    expect(items.map((b) => b.kind)).toEqual(['list-item']);
    expect(items[0].text).toBe(item.join(' ').slice(2));
  });

  it.each([
    ['inrättat ett så kallat demokratiråd.', 'Demokratirådet är ett forum för ungdomar'],
    ['utifrån rätt fördelning av resurser', 'Arbetet framöver ska därför säkerställa'],
    ['Handlingsplaner mot islamofobi/antimuslimsk rasism', 'Handlingsplan mot afrofobi och antisvart rasism håller'],
  ])('the rapport seed: the bullet with “%s” runs on to “%s”', (start, end) => {
    const doc = normalize(textRaw(seedPath('malmo-rapport-systematiskt-arbete-mr-2023.txt')));
    const item = doc.blocks.find((b) => b.text.includes(start));
    expect(item?.kind).toBe('list-item');
    expect(item?.text).toContain(end);
  });

  it('PDF: a short first bullet line before a long word still lets the item end at a short line', () => {
    const page = [
      ...BODY,
      '• Utveckling av samverkansforum där gemensamma',
      'utvecklingsområden identifieras.',
      'Stadskontoret har påbörjat utvecklingen av ett fysiskt',
      'samverkansforum dit förvaltningar och bolag bjuds in.',
    ];
    expect(
      blocks(pdf(page))
        .slice(-2)
        .map((b) => [b.kind, b.text.slice(0, 30)]),
    ).toEqual([
      ['list-item', 'Utveckling av samverkansforum '],
      ['paragraph', 'Stadskontoret har påbörjat utv'],
    ]);
  });

  it('saved PDF text: a blank line inside a paragraph at a page break does not end it', () => {
    const raw: RawDocument = {
      path: 'x.txt',
      format: 'txt',
      bytes: 0,
      sha256: '',
      warnings: [],
      lines: [
        'Beslutsunderlag ',
        ' G-Tjänsteskrivelse KSAU 240429 Uppdrag budget 2023 - Utreda formerna för ',
        '',
        'stadens arbete mot rasism och för mänskliga rättigheter  ',
        ' Beslutsplanering ',
        'Kommunstyrelsens arbetsutskott 2024-04-29 ',
        '2 (11) ',
      ],
    };
    expect(normalize(raw).blocks.map((b) => [b.text, b.line])).toEqual([
      ['Beslutsunderlag', 1],
      ['G-Tjänsteskrivelse KSAU 240429 Uppdrag budget 2023 - Utreda formerna för stadens arbete mot rasism och för mänskliga rättigheter', 2],
      ['Beslutsplanering', 5],
      ['Kommunstyrelsens arbetsutskott 2024-04-29', 6],
    ]);
  });

  it('plain text: blank lines separate paragraphs and every block keeps its source line', () => {
    const raw: RawDocument = {
      path: 'x.txt',
      format: 'txt',
      bytes: 0,
      sha256: '',
      warnings: [],
      lines: [
        'Tjänsteskrivelse',
        '',
        'Datum',
        '',
        '2024-04-23',
        '',
        'Kajsa Magnusson',
        'Utvecklingssamordnare',
        'kajsa.magnusson@malmo.se',
        '',
        'Sammanfattning',
      ],
    };
    expect(normalize(raw).blocks.map((b) => [b.text, b.line])).toEqual([
      ['Tjänsteskrivelse', 1],
      ['Datum', 3],
      ['2024-04-23', 5],
      ['Kajsa Magnusson', 7],
      ['Utvecklingssamordnare', 8],
      ['kajsa.magnusson@malmo.se', 9],
      ['Sammanfattning', 11],
    ]);
  });
});
