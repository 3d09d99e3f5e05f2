import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import type { RawBlock, RawDocument } from '../../src/types.js';

const pdf = (...pages: string[][]): RawDocument => ({
  path: 'x.pdf',
  format: 'pdf',
  bytes: 0,
  sha256: '',
  warnings: [],
  pages: pages.map((lines) => lines.join('\n')),
});
const blocks = (raw: RawDocument): Pick<RawBlock, 'kind' | 'text' | 'page'>[] =>
  normalize(raw).blocks.map(({ kind, text, page }) => ({ kind, text, page }));

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
        [
          'Malmö stad',
          'arbete behöver fortsätta utvecklas för att i än högre grad',
          'inkludera grupper som inte är representerade.',
          '5 (11)',
        ],
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
      lines: ['Tjänsteskrivelse', '', 'Datum', '', '2024-04-23', '', 'Kajsa Magnusson', 'Utvecklingssamordnare', 'kajsa.magnusson@malmo.se', '', 'Sammanfattning'],
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
