// Minutes (issue 13, item 6): each numbered paragraph (§ 12) is a section of its own, and a
// protocol that quotes the memos it decides on is a protocol, decided by how the document heads
// itself and by its structure. The Växjö corpus (corpora/vaxjo/, no manifest) is the real-world check.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { extractDocuments } from '../../src/corpus/extract.js';
import { markdownToBlocks } from '../../src/ingest/markdown.js';
import { normalize } from '../../src/normalize/index.js';
import { detectDocumentType } from '../../src/segment/document-type.js';
import { markHeadings, nestUnderParagraphs } from '../../src/segment/headings.js';
import { segment } from '../../src/segment/index.js';
import type { Document, DocumentType, RawBlock, RawDocument } from '../../src/types.js';
import { ROOT } from '../helpers/seed-corpus.js';

const paragraph = (text: string): RawBlock => ({ kind: 'paragraph', text });
const heading = (text: string, level = 1): RawBlock => ({ kind: 'heading', text, level });
const BODY = 'Nämnden beslutar att anta planen och att ge förvaltningen i uppdrag att följa upp den under året.';

const fromText = (lines: string[], furniture: string[] = []): Document => {
  const raw: RawDocument = { path: 'x.txt', format: 'txt', bytes: 0, sha256: '', warnings: [], lines };
  const doc = segment({ ...normalize(raw), furniture });
  return doc;
};
const fromMarkdown = (source: string): Document => {
  const raw: RawDocument = { path: 'x.md', format: 'md', bytes: 0, sha256: '', warnings: [], blocks: markdownToBlocks(source) };
  return segment(normalize(raw));
};

describe('paragraph headings', () => {
  it('a bare "§ 41" and the title under it become one heading', () => {
    const marked = markHeadings([paragraph('§ 41'), paragraph('Val av justerare'), paragraph(BODY)]);
    expect(marked[0]).toMatchObject({ kind: 'heading', text: '§ 41 Val av justerare', level: 1 });
    expect(marked).toHaveLength(2);
  });

  it.each(['KS § 12 Budget 2026', 'Ks § 12 Dnr KS 2024/00012', 'BUN § 45 Skolskjuts', 'Ksau § 123 Val av justerare'])(
    '"%s", with the organ first, is a paragraph heading too',
    (text) => {
      expect(markHeadings([paragraph(text), paragraph(BODY)])[0].kind).toBe('heading');
    },
  );

  it.each([
    ['a form field wrapped onto "§ 192"', [paragraph('§ 192'), paragraph('Justerande ..... Helena Nanne § 193- 215')]],
    ['a sentence after "§ 12"', [paragraph('§ 12'), paragraph('Nämnden beslutar att anta planen.')]],
    ['a range of paragraphs', [paragraph('§ 12–21'), paragraph('Val av justerare')]],
    ['a sentence citing a paragraph', [paragraph('Se § 12 Kommunallagen om jäv.'), paragraph(BODY)]],
  ])('%s is no paragraph heading', (_name, blocks) => {
    expect(markHeadings(blocks).some((b) => b.kind === 'heading' && b.text.startsWith('§'))).toBe(false);
  });

  it('sections after a paragraph heading nest under it; the front page keeps its levels', () => {
    const nested = nestUnderParagraphs([
      heading('Närvarolista'),
      heading('§ 12 Val av justerare'),
      heading('Beslut'),
      heading('2.1 Bakgrund', 2),
      heading('§ 13 Budget'),
      heading('Yrkanden', 3),
    ]);
    expect(nested.map((b) => [b.text, b.level])).toEqual([
      ['Närvarolista', 1],
      ['§ 12 Val av justerare', 1],
      ['Beslut', 2],
      ['2.1 Bakgrund', 2],
      ['§ 13 Budget', 1],
      ['Yrkanden', 3],
    ]);
  });

  it('in text, Beslut and the sections of a quoted memo are sections of their paragraph', () => {
    const doc = fromText([
      '§ 14 Handlingsplan mot våld',
      '',
      'Ärendet',
      'Förvaltningen anför i huvudsak följande.',
      '',
      'Barnperspektiv',
      BODY,
      '',
      'Beslut',
      BODY,
      '',
      '§ 15 Övrigt',
      '',
      'Beslut',
      BODY,
    ]);
    const paths = doc.passages.filter((p) => p.kind !== 'heading').map((p) => p.sectionPath);
    expect(paths).toEqual([
      ['§ 14 Handlingsplan mot våld', 'Ärendet'],
      ['§ 14 Handlingsplan mot våld', 'Barnperspektiv'],
      ['§ 14 Handlingsplan mot våld', 'Beslut'],
      ['§ 15 Övrigt', 'Beslut'],
    ]);
  });

  it('in Markdown, a "## § 28" heading holds what follows it to the next one', () => {
    const doc = fromMarkdown('# Protokoll\n\n## § 28 Val\n\n### Beslut\n\nText ett.\n\n## § 29 Plan\n\n# Bilagor\n\nText två.\n');
    expect(doc.passages.filter((p) => p.kind !== 'heading').map((p) => p.sectionPath.at(-2) ?? p.sectionPath.at(-1))).toEqual(['§ 28 Val', '§ 29 Plan']);
  });
});

/** Cues only: lines of a document's text, and the running header lines normalization removed. */
interface TypeCase {
  name: string;
  lines: string[];
  furniture?: string[];
  type: DocumentType;
}

const QUOTED_MEMO = [
  'Tjänsteskrivelse',
  '',
  'Förslag till beslut',
  'Förvaltningen föreslår att nämnden beslutar att anta planen.',
  '',
  'Sammanfattning',
  BODY,
  '',
  'Beslutsunderlag',
  'Tjänsteskrivelse daterad 2025-01-30',
  '',
  'Beslutet skickas till',
  'Kommunstyrelsen',
  '',
  'Ansvariga',
  'Eva Ek, förvaltningschef',
];

const TYPE_CASES: TypeCase[] = [
  {
    name: 'a Sammanträdesprotokoll whose paragraph quotes a whole memo',
    lines: ['Sammanträdesprotokoll', 'Kommunstyrelsen', '', 'Justerare', 'Eva Ek', '', '§ 12 Handlingsplan', '', ...QUOTED_MEMO, '', 'Beslut', BODY],
    type: 'protokollsutdrag',
  },
  {
    name: 'minutes named only in the running header, quoting a memo',
    lines: ['Plats och tid', 'Kommunhuset kl. 13.00', '', '§ 45 Svar på remiss', '', ...QUOTED_MEMO],
    furniture: ['Hjo kommun SAMMANTRÄDESPROTOKOLL', 'Justerandes signatur Utdragsbestyrkande'],
    type: 'protokollsutdrag',
  },
  {
    name: 'an excerpt ("Utdrag ur protokoll") of one paragraph',
    lines: ['Utdrag ur protokoll', 'Barn- och utbildningsnämnden 2025-04-23', '', '§ 46 Skolskjuts', '', ...QUOTED_MEMO],
    type: 'protokollsutdrag',
  },
  {
    name: 'minutes with "KS § 12" headings and no heading of their own',
    lines: ['KS § 12 Budget 2026', '', ...QUOTED_MEMO, '', 'KS § 13 Övrigt', '', 'Beslut', BODY],
    type: 'protokollsutdrag',
  },
  {
    name: 'a memo that refers to an earlier decision "§ 84"',
    lines: [
      'Tjänsteskrivelse',
      '',
      'Förslag till beslut',
      'Nämnden beslutar att anta planen.',
      '',
      'Beslutsunderlag',
      'Kommunstyrelsens beslut 2025-04-08 § 84',
      '',
      'Ärendet',
      BODY,
    ],
    type: 'tjänsteskrivelse',
  },
  {
    name: 'a memo named only in its running header',
    lines: ['Förslag till beslut', 'Nämnden beslutar att anta planen.', '', 'Sammanfattning', BODY],
    furniture: ['VÄXJÖ KOMMUN TJÄNSTESKRIVELSE', 'Förvaltningen för Teknik'],
    type: 'tjänsteskrivelse',
  },
  {
    name: 'a committee regulation numbered in § as minutes are',
    lines: ['Reglemente för socialnämnden', '', '§ 1 Nämndens uppgifter', BODY, '', '§ 2 Delegering', BODY, '', '§ 3 Justering av protokoll', BODY],
    type: 'policy',
  },
  {
    name: 'a committee annual report (verksamhetsberättelse)',
    lines: ['Verksamhetsberättelse 2024', 'Nämnden för Barn & Utbildning', '', 'Måluppfyllelse', BODY],
    type: 'årsanalys',
  },
  {
    name: 'a committee annual report (årsrapport) with numbered sections',
    lines: ['Göteborgs Stad', 'Årsrapport 2025', 'Förskolenämnden', '', '1. Inledning', BODY, '', '2. Mänskliga rättigheter', '2.1 Barnets rättigheter', BODY],
    type: 'årsanalys',
  },
  {
    name: 'a consultation answer with a proposal for a decision',
    lines: ['Remissvar', '', 'Förslag till beslut', 'Nämnden beslutar att besvara remissen med förvaltningens yttrande.', '', 'Sammanfattning', BODY],
    type: 'remissvar',
  },
];

describe('document type', () => {
  it.each(TYPE_CASES)('$name: $type', ({ lines, furniture, type }) => {
    const doc = fromText(lines, furniture);
    expect(detectDocumentType(doc.passages, doc.text, undefined, furniture)).toBe(type);
    expect(doc.metadata.type).toBe(type);
  });

  it('minutes as pdftotext writes them: the running header names them, though the text no longer has it', () => {
    const header = ['Hjo kommun                       SAMMANTRÄDESPROTOKOLL', 'Kommunstyrelsen                  2025-03-05          Sida {n}(3)'];
    const footer = 'Justerandes sign          Utdragsbestyrkande';
    const bodies = [
      ['Ks § 12 Dnr KS 2025/00031', 'Handlingsplan för trygghet', '', ...QUOTED_MEMO.slice(0, 8)],
      [...QUOTED_MEMO.slice(8), '', 'Beslut', BODY],
      ['Ks § 13 Dnr KS 2025/00044', 'Övriga frågor', '', 'Beslut', BODY],
    ];
    const lines = bodies.map((body, i) => [...header.map((l) => l.replace('{n}', String(i + 1))), '', ...body, '', footer].join('\n')).join('\n\f');
    const doc = segment(normalize({ path: 'x.txt', format: 'txt', bytes: 0, sha256: '', warnings: [], lines: lines.split('\n') }));
    expect(doc.furniture[0]).toBe('Hjo kommun SAMMANTRÄDESPROTOKOLL');
    expect(doc.text).not.toContain('SAMMANTRÄDESPROTOKOLL');
    expect(doc.metadata.type).toBe('protokollsutdrag');
    expect(doc.passages.filter((p) => p.kind === 'heading' && p.level === 1).map((p) => p.text)).toEqual([
      'Ks § 12 Dnr KS 2025/00031',
      'Ks § 13 Dnr KS 2025/00044',
    ]);
  });
});

interface ExpectedDocument {
  file: string;
  type: DocumentType;
  pages: number;
  pageMarkers: string;
  paragraphs?: number[];
}

describe('the Växjö corpus', () => {
  const expected = (parse(readFileSync(path.join(ROOT, 'test/fixtures/municipality/expected.yaml'), 'utf8')) as { documents: ExpectedDocument[] }).documents;
  let documents: Map<string, Document>;
  beforeAll(async () => {
    const { documents: read, failures } = await extractDocuments([path.join(ROOT, 'corpora/vaxjo')], { cache: false });
    expect(failures).toEqual([]);
    documents = new Map(read.map((doc) => [path.basename(doc.path), doc]));
  }, 60_000);

  it.each(expected.map((e) => [e.file, e] as const))('%s: its type', (file, e) => {
    expect(documents.get(file)?.metadata.type).toBe(e.type);
  });

  it.each(expected.filter((e) => e.paragraphs).map((e) => [e.file, e] as const))('%s: every paragraph is a section of its own', (file, e) => {
    const doc = documents.get(file)!;
    const opened = doc.passages.filter((p) => p.kind === 'heading' && /^§ \d+ /u.test(p.text)).map((p) => Number(/\d+/u.exec(p.text)![0]));
    expect(opened).toEqual(e.paragraphs);
    // Every passage after the first paragraph heading is inside some paragraph.
    const first = doc.passages.findIndex((p) => p.kind === 'heading' && p.text.startsWith('§'));
    const outside = doc.passages.slice(first).filter((p) => !p.sectionPath.some((title) => title.startsWith('§')));
    expect(outside.map((p) => p.text)).toEqual([]);
  });

  it.each(expected.filter((e) => /form feed|<!--/u.test(e.pageMarkers)).map((e) => [e.file, e] as const))(
    '%s: the pages its converter marked, without running headers and footers',
    (file, e) => {
      const doc = documents.get(file)!;
      expect(doc.pageCount).toBe(e.pages);
      expect(new Set(doc.passages.map((p) => p.page)).size).toBe(e.pages);
      expect(doc.furniture.length).toBeGreaterThan(0);
      // No furniture line is left in the text where it ran: at the top or foot of a page.
      for (const line of doc.furniture) expect(doc.passages.filter((p) => p.text === line).map((p) => p.id)).toEqual([]);
    },
  );
});

it('a remissvar with no section a template knows: its heading before the text is the title', () => {
  const lines = [
    'Västerås stad',
    'Individ- och familjenämnden',
    '',
    'Remissvar',
    'Datum: 2026-09-02',
    '',
    'Till Kommunstyrelsen',
    '',
    'Yttrande över förslag till program för mänskliga rättigheter 2027–2030',
    '',
    'Individ- och familjenämnden har beretts möjlighet att yttra sig över förslaget till program för mänskliga rättigheter och lämnar följande synpunkter.',
    '',
    BODY,
  ];
  expect(fromText(lines).metadata.title).toBe('Yttrande över förslag till program för mänskliga rättigheter 2027–2030');
});

it.each([
  ['Hälso- och sjukvårdsnämndens beslut', 'Nämnden godkänner uppföljningen.', 'Hälso- och sjukvårdsnämnden'],
  ['Kommunstyrelsens beslut', 'Kommunstyrelsen godkänner uppföljningen och lägger den till handlingarna.', 'Kommunstyrelsen'],
  ['Barn- och utbildningsnämndens förslag till beslut', 'Att anta planen.', 'Barn- och utbildningsnämnden'],
  ['Ordförandens förslag till beslut', 'Att anta planen.', null],
])('the author of minutes headed "%s"', (heading, decision, author) => {
  const lines = ['PROTOKOLL', 'Region Västerbotten', '', '§ 88 Uppföljning av tillgänglighet', '', heading, decision, '', 'Ärendebeskrivning', BODY];
  expect(fromText(lines).metadata.author).toBe(author);
});

it.each([
  [['Göteborgs Stad', 'Årsrapport 2025', 'Förskolenämnden', '', '1. Inledning', BODY], 'Årsrapport 2025', 2025],
  [['Delårsrapport augusti 2025', '', 'Inledning', BODY], 'Delårsrapport augusti 2025', 2025],
  [['Göteborgs Stad', 'Förskolenämnden', '', '1. Inledning', BODY], null, null],
])('a report named by its type and year on a line of its own: %j', (lines, title, year) => {
  const doc = fromText(lines);
  expect([doc.metadata.title, doc.metadata.year]).toEqual([title, year]);
});

it('a whole protocol of several items has no one item as its title', () => {
  const lines = [
    'SAMMANTRÄDESPROTOKOLL',
    'Äldrenämnden',
    '',
    '§ 31',
    'Val av justerare',
    BODY,
    '',
    '§ 32 Dnr ÄN-2026/077',
    'Riktlinjer för tolkstöd i äldreomsorgen',
    BODY,
  ];
  expect(fromText(lines).metadata.title).toBeNull();
  expect(fromText(lines.slice(0, 7)).metadata.title).toBe('Val av justerare');
});

it.each([
  [['Göteborgs Stad', 'Årsrapport 2025', 'Förskolenämnden', '', '1. Inledning', BODY], 'Förskolenämnden'],
  [
    ['Västerås stad', 'Individ- och familjenämnden', '', 'Remissvar', '', 'Till Kommunstyrelsen', '', 'Yttrande över förslaget', BODY],
    'Individ- och familjenämnden',
  ],
  [['Västerås stad', 'Remissvar', '', 'Till Kommunstyrelsen', '', 'Yttrande över förslaget', BODY], null],
  [['Malmö stad', 'Årsanalys 2023', '', 'Inledning', BODY], null],
])('the organ on a title page or letterhead is the author: %j', (lines, author) => {
  expect(fromText(lines).metadata.author).toBe(author);
});

it.each([
  ['# Jämställdhetsplan 2026\n\nPublicerad 2026-01-20 av Kommunledningsförvaltningen\n\n## Bakgrund\n\n' + BODY, 'Jämställdhetsplan 2026'],
  ['# Ärendet\n\n' + BODY, null],
  [BODY + ' ' + BODY + '\n\n# Plan för arbetet med barnets rättigheter\n\n' + BODY, null],
])('a document with marked-up headings takes its first top-level heading as its title: %j', (source, title) => {
  expect(fromMarkdown(source).metadata.title).toBe(title);
});

describe('the title of an extract from minutes', () => {
  it.each([
    [
      'the item on the line under "§ 41 Dnr …"',
      ['Luleå kommun', 'Protokoll', 'Socialnämnden', '', '§ 41 Dnr SN 2026/118', 'Plan för arbetet med barnets rättigheter 2026–2027', '', BODY],
      'Plan för arbetet med barnets rättigheter 2026–2027',
    ],
    ['the item after the paragraph number', ['§ 41 Plan för arbetet med barnets rättigheter', '', BODY], 'Plan för arbetet med barnets rättigheter'],
    [
      'a case number with its label after the item',
      ['§ 41 Plan för arbetet med barnets rättigheter, dnr SN 2026/118', '', BODY],
      'Plan för arbetet med barnets rättigheter',
    ],
    [
      'a spelled-out label',
      ['Protokoll', '', '§ 7 Diarienummer KS 2025/31', 'Revidering av riktlinjer för bostadsanpassning', '', BODY],
      'Revidering av riktlinjer för bostadsanpassning',
    ],
  ])('%s', (_name, lines, title) => {
    expect(fromText(lines).metadata.title).toBe(title);
  });
});

it('a case-number label at the end of a long item title still goes, and only at its end', () => {
  expect(fromText([`§ 1 Plan för arbetet ${'med '.repeat(20)}barnen, dnr KS 2026/2`, '', BODY]).metadata.title).toBe(
    `Plan för arbetet ${'med '.repeat(20)}barnen`,
  );
  expect(fromText(['§ 3 Plan för arbetet, dnr KS 2026/2', '', BODY]).metadata.title).toBe('Plan för arbetet');
  expect(fromText(['§ 4 Ansökan om medel till föreningen Kandnr', '', BODY]).metadata.title).toBe('Ansökan om medel till föreningen Kandnr');
});
