import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { headingLevel, markHeadings } from '../../src/segment/headings.js';
import { segment } from '../../src/segment/index.js';
import { isSectionTitle } from '../../src/language/section-titles.js';
import type { Document, NormalizedDocument, RawBlock } from '../../src/types.js';
import { FIXTURES, fixturePath } from '../normalize/real-documents.js';
import { loadAllDocuments } from './documents.js';

const paragraph = (text: string): RawBlock => ({ kind: 'paragraph', text });
const item = (text: string): RawBlock => ({ kind: 'list-item', text, depth: 0 });
const BODY = paragraph('Kommunstyrelsen fick i kommunfullmäktiges budget för 2023 i uppdrag att utreda formerna.');

describe('heading rules', () => {
  it.each([
    ['Sammanfattning', true],
    ['Förslag till beslut', true],
    ['FÖRSLAG TILL BESLUT', true],
    ['2. Bakgrund:', true],
    ['Beslutet skickas till', true],
    ['sammanfattning', false],
    ['Sammanfattning av läget', false],
  ])('%j is a known section title: %s', (text, expected) => {
    expect(isSectionTitle(text)).toBe(expected);
  });

  it.each([
    { name: 'known title before anything', blocks: [paragraph('Ärendet'), paragraph('Kort.')], heading: true, level: 1 },
    { name: 'numbered title 2.1', blocks: [paragraph('2.1 Mål och styrning'), BODY], heading: true, level: 2 },
    { name: 'numbered title 3.2.1', blocks: [paragraph('3.2.1 Kunskap och statistik'), BODY], heading: true, level: 3 },
    { name: 'minutes paragraph', blocks: [paragraph('§ 202 Uppdrag budget 2023 - Utredda formerna'), paragraph('STK-2023-138')], heading: true, level: 1 },
    // The sign is looked for only near the start: as far as the longest organ abbreviation reaches.
    {
      name: 'minutes paragraph after a six-letter organ',
      blocks: [paragraph('ABCDEF § 12 Val av justerare'), paragraph('STK-2023-138')],
      heading: true,
      level: 1,
    },
    {
      name: 'minutes paragraph after astral capitals',
      blocks: [paragraph('𝐀𝐁𝐂𝐃𝐄𝐅 § 12 Val av justerare'), paragraph('STK-2023-138')],
      heading: true,
      level: 1,
    },
    {
      name: 'a bare sign after astral capitals and the title under it',
      blocks: [paragraph('𝐀𝐁𝐂𝐃𝐄𝐅 § 12'), paragraph('Val av justerare'), paragraph('STK-2023-138')],
      heading: true,
      level: 1,
    },
    { name: 'short line over body text', blocks: [paragraph('Slutsatser av relevans för budgetuppdraget'), BODY], heading: true, level: 1 },
    {
      name: 'short line over a list is no heading',
      blocks: [paragraph('Kommunstyrelsen föreslår kommunfullmäktige besluta'), item('1. Kommunfullmäktige godkänner återrapporteringen.')],
      heading: false,
    },
    { name: 'a line ending in a colon', blocks: [paragraph('Den särskilda frågan var följande:'), BODY], heading: false },
    { name: 'a letterhead date', blocks: [paragraph('Kommunstyrelsens arbetsutskott 2024-04-29'), BODY], heading: false },
    { name: 'an e-mail address', blocks: [paragraph('Kajsa Magnusson kajsa.magnusson@malmo.se'), BODY], heading: false },
    { name: 'a name over a name', blocks: [paragraph('Per-Erik Ebbeståhl Avdelningschef'), paragraph('Magdalena Bondeson Sektionschef')], heading: false },
    { name: 'a list item', blocks: [item('Förstärkning av arbetet med samordning'), BODY], heading: false },
  ])('$name', ({ blocks, heading, level }) => {
    const marked = markHeadings(blocks)[0];
    expect(marked.kind === 'heading').toBe(heading);
    if (heading) expect(marked.level).toBe(level);
  });

  it('numbering gives the level', () => {
    expect(headingLevel('Bakgrund')).toBe(1);
    expect(headingLevel('2 Bakgrund')).toBe(1);
    expect(headingLevel('2.1 Rubrik')).toBe(2);
  });
});

const sections = (doc: Document): string[] => doc.passages.filter((p) => p.kind === 'heading').map((p) => p.text);

describe('headings found in the seeds and fixtures', () => {
  let documents: Map<string, Document>;
  beforeAll(async () => {
    documents = await loadAllDocuments();
  });

  it('the tjänsteskrivelse seed -a (PDF text) has the memo sections', () => {
    expect(sections(documents.get('malmo-tjansteskrivelse-stk-2023-138-a.txt')!)).toEqual([
      'Sammanfattning',
      'Förslag till beslut',
      'Beslutsunderlag',
      'Beslutsplanering',
      'Beslutet skickas till',
      'Uppdraget',
      'Slutsatser av relevans för budgetuppdraget',
      'Arbete specifikt mot rasism och diskriminering',
      'Organisering och fortsatt arbete',
      // Bullets whose glyph the extraction lost, standing over body text like headings.
      'Förstärkning av rättighetsperspektivet i analys och uppföljning',
      'Förstärkning av arbetet med samordning och implementering',
      'Avslutande slutsatser',
      'Ansvariga',
    ]);
  });

  it('the tjänsteskrivelse seed -b (Word text) has the memo sections', () => {
    expect(sections(documents.get('malmo-tjansteskrivelse-stk-2023-138-b.txt')!)).toEqual([
      'Tjänsteskrivelse',
      'Sammanfattning',
      'Förslag till beslut',
      'Beslutsunderlag',
      'Beslutsplanering',
      'Beslutet skickas till',
      'Uppdraget',
      'Slutsatser av relevans för budgetuppdraget',
      'Arbete specifikt mot rasism och diskriminering',
      'Organisering och fortsatt arbete',
      'Avslutande slutsatser',
      'Ansvariga',
    ]);
  });

  it('the remissvar seed has its sections', () => {
    expect(sections(documents.get('stockholm-remissvar-servicenamnden-2025.txt')!)).toEqual([
      'Serviceförvaltningens förslag till beslut',
      'Sammanfattning',
      'Bakgrund',
      'Ärendet',
      'Ärendets beredning',
      'Serviceförvaltningens synpunkter och förslag',
      'Bilaga',
    ]);
  });

  it('the rapport seed has its chapters, and paragraphs sit under them', () => {
    const rapport = documents.get('malmo-rapport-systematiskt-arbete-mr-2023.txt')!;
    expect(sections(rapport)).toEqual(
      expect.arrayContaining([
        'Sammanfattning',
        'Inledning',
        'Den särskilda frågan',
        'Bakgrund',
        'Intern kontroll',
        'Delaktighet och inkludering',
        'Slutdiskussion',
        'Helägda bolag',
      ]),
    );
    // 29 since the heading wrapped over a page start (`Mänskliga rättigheter i upphandlings- och` /
    // `investeringsprocesser`) is found; it used to be glued onto the paragraph above it.
    expect(sections(rapport)).toContain('Mänskliga rättigheter i upphandlings- och investeringsprocesser');
    expect(sections(rapport)).toHaveLength(29);
    const passage = rapport.passages.find((p) => p.text.startsWith('Intern kontroll är ett av flera sätt'))!;
    expect(passage.sectionPath).toEqual(['Intern kontroll']);
  });

  it('the minutes seed (Markdown) keeps the levels it was given', () => {
    const minutes = documents.get('malmo-protokollsutdrag-ksau-2024-04-29.md')!;
    const beslut = minutes.passages.find((p) => p.text === 'Beslut')!;
    expect(beslut.level).toBe(4);
    expect(beslut.sectionPath).toEqual([
      '§ 202 Uppdrag budget 2023 - Utredda formerna för stadens arbete mot rasism och för mänskliga rättigheter för att ytterligare kraftsamla och förbättra samordningen på området',
      'STK-2023-138',
      'Beslut',
    ]);
  });

  // Word's heading styles are the answer key for the headings guessed in its PDF rendering; the
  // only heading a PDF line cannot show is a title that stands over other short lines.
  it.each(FIXTURES)('%s.pdf: the headings are the Word file’s headings', async (name) => {
    const html = (await mammoth.convertToHtml({ path: fixturePath(`${name}.docx`) })).value;
    const wordHeadings = [...html.matchAll(/<h\d>(.*?)<\/h\d>/gu)].map((m) => m[1].replace(/<[^>]+>/gu, ''));
    const found = sections(documents.get(`${name}.pdf`)!);
    const expected = wordHeadings.filter((h) => h !== 'Remiss av handlingsplan för arbete mot rasism');
    expect(found.filter((h) => !h.startsWith('§'))).toEqual(expected);
  });
});

describe('headings in structured formats', () => {
  it('DOCX headings stay as given; a DOCX without heading styles gets them guessed', () => {
    const doc = (blocks: RawBlock[]): NormalizedDocument => ({
      path: 'x.docx',
      format: 'docx',
      bytes: 0,
      sha256: '',
      pageCount: null,
      blocks,
      footnotes: [],
      furniture: [],
      warnings: [],
    });
    const styled = segment(doc([{ kind: 'heading', level: 2, text: 'Bakgrund' }, paragraph('Slutsatser av relevans'), BODY]));
    expect(styled.passages.map((p) => p.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
    const unstyled = segment(doc([paragraph('Bakgrund'), BODY]));
    expect(unstyled.passages.map((p) => [p.kind, p.level])).toEqual([
      ['heading', 1],
      ['paragraph', undefined],
    ]);
  });
});
