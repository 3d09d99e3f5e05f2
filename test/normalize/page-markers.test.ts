// Page markers that PDF converters leave in text and Markdown give pages (evidence says "s. 3"),
// and running headers and footers on those pages go as a PDF's do, kept apart as `furniture`.
import { describe, expect, it } from 'vitest';
import { markdownToBlocks } from '../../src/ingest/markdown.js';
import { normalize } from '../../src/normalize/index.js';
import { parsePageMarker, splitAtPageMarkers } from '../../src/normalize/page-markers.js';
import { segment } from '../../src/segment/index.js';
import type { RawDocument } from '../../src/types.js';

const raw = (format: 'txt' | 'md', content: Pick<RawDocument, 'lines' | 'blocks'>): RawDocument => ({
  path: `x.${format}`,
  format,
  bytes: 0,
  sha256: '',
  warnings: [],
  ...content,
});
const text = (source: string) => normalize(raw('txt', { lines: source.split('\n') }));
const markdown = (source: string) => normalize(raw('md', { blocks: markdownToBlocks(source) }));

describe('page markers', () => {
  it.each([
    ['<!-- sida 3 -->', 3],
    ['<!-- page 12 -->', 12],
    ['<!--Page 2 of 9-->', 2],
    ['<!-- Sida 4 av 10 -->', 4],
    ['<!-- page: 5 -->', 5],
    ['  <!-- sida 7 -->  ', 7],
    ['<!-- PageBreak -->', null],
    ['<!-- page_break -->', null],
    ['<!-- pagebreak -->', null],
    ['<!-- sidbrytning -->', null],
    ['<div style="page-break-before: always"></div>', null],
    ['<div style="break-after:page"></div>', null],
    ['{0}------------------------------------------------', 1],
    ['{4}------------------------------------------------', 5],
  ])('%j starts page %s', (line, page) => {
    expect(parsePageMarker(line)).toEqual({ page });
  });

  it.each(['<!-- kommentar -->', '<!-- sida -->', 'sida 3', 'Sida 3 (10)', '<!-- PageNumber="3" -->', '{3}---', '<div class="x"></div>', ''])(
    '%j is no page marker',
    (line) => {
      expect(parsePageMarker(line)).toBeNull();
    },
  );

  it('splits text at form feeds, within a line or at its start (each part with its column), and drops the empty page after the last one', () => {
    const pages = splitAtPageMarkers(['Sida ett', 'slut\fSida två', '\fSida tre', '\f']);
    expect(pages).toEqual([
      {
        page: 1,
        lines: [
          { text: 'Sida ett', line: 1, column: 0 },
          { text: 'slut', line: 2, column: 0 },
        ],
      },
      {
        page: 2,
        lines: [
          { text: 'Sida två', line: 2, column: 5 },
          { text: '', line: 3, column: 0 },
        ],
      },
      {
        page: 3,
        lines: [
          { text: 'Sida tre', line: 3, column: 1 },
          { text: '', line: 4, column: 0 },
        ],
      },
    ]);
  });

  it('numbers pages as the markers say: text before a first "page 2" is page 1; a break marker steps on', () => {
    const pages = splitAtPageMarkers(['Titel', '<!-- page 2 -->', 'Två', '<!-- PageBreak -->', 'Tre', '<!-- sida 7 -->', 'Sju']);
    expect(pages?.map((p) => [p.page, p.lines.map((l) => l.text).join(' ')])).toEqual([
      [1, 'Titel'],
      [2, 'Två'],
      [3, 'Tre'],
      [7, 'Sju'],
    ]);
  });

  it('text without markers is not split', () => {
    expect(splitAtPageMarkers(['Rad ett', 'Rad två'])).toBeNull();
  });
});

/** Three pages of minutes as pdftotext writes them: a running header, a footer, form feeds. */
const MINUTES = [
  'Lunds kommun                    SAMMANTRÄDESPROTOKOLL',
  'Kommunstyrelsen                 2025-03-05        1 (3)',
  '',
  '§ 12 Budget för 2026',
  '',
  'Kommunstyrelsen beslutar att anta budgeten för 2026 enligt förvaltningens förslag och att',
  'ge förvaltningen i uppdrag att följa upp den.',
  '',
  'Justerandes signatur      Utdragsbestyrkande',
  '\fLunds kommun                    SAMMANTRÄDESPROTOKOLL',
  'Kommunstyrelsen                 2025-03-05        2 (3)',
  '',
  '§ 13 Barnkonsekvensanalys av skolvägar',
  '',
  'Förvaltningen har gjort en barnkonsekvensanalys av skolvägarna i kommunens norra delar och',
  '',
  'Justerandes signatur      Utdragsbestyrkande',
  '\fLunds kommun                    SAMMANTRÄDESPROTOKOLL',
  'Kommunstyrelsen                 2025-03-05        3 (3)',
  '',
  'föreslår att tre övergångsställen byggs om under 2026.',
  '',
  'Justerandes signatur      Utdragsbestyrkande',
  '\f',
].join('\n');

describe('text with form feeds', () => {
  const doc = text(MINUTES);

  it('gets pages, and loses the running header and footer', () => {
    expect(doc.pageCount).toBe(3);
    expect(doc.blocks.map((b) => [b.page, b.text])).toEqual([
      [1, '§ 12 Budget för 2026'],
      [1, 'Kommunstyrelsen beslutar att anta budgeten för 2026 enligt förvaltningens förslag och att ge förvaltningen i uppdrag att följa upp den.'],
      [2, '§ 13 Barnkonsekvensanalys av skolvägar'],
      // A paragraph that runs over a page break is one paragraph, on the page it starts on.
      [2, 'Förvaltningen har gjort en barnkonsekvensanalys av skolvägarna i kommunens norra delar och föreslår att tre övergångsställen byggs om under 2026.'],
    ]);
  });

  it('keeps the removed lines, each once, as furniture', () => {
    expect(doc.furniture).toEqual(['Lunds kommun SAMMANTRÄDESPROTOKOLL', 'Kommunstyrelsen 2025-03-05 1 (3)', 'Justerandes signatur Utdragsbestyrkande']);
  });

  it('evidence gets its page and source line', () => {
    const passage = segment(doc).passages.find((p) => p.text.startsWith('Förvaltningen har gjort'));
    expect(passage).toMatchObject({ page: 2, line: 15, sectionPath: ['§ 13 Barnkonsekvensanalys av skolvägar'] });
  });

  it('text without page markers keeps its lines as they are', () => {
    const plain = text('Lunds kommun\n\nEn rad.\n');
    expect(plain.pageCount).toBeNull();
    expect(plain.furniture).toEqual([]);
    expect(plain.blocks.map((b) => b.text)).toEqual(['Lunds kommun', 'En rad.']);
  });
});

describe('Markdown with page comments', () => {
  const source = [
    '<!-- sida 1 -->',
    '',
    '# Verksamhetsberättelse 2024',
    '',
    'Nämnden har haft ett år med många nya elever.',
    '',
    '*Lunds kommun · Verksamhetsberättelse 2024*',
    '',
    '<!-- sida 2 -->',
    '',
    '## Barnets rättigheter',
    '',
    'Barnkonventionen är lag sedan 2020.',
    '',
    '*Lunds kommun · Verksamhetsberättelse 2024*',
    '',
    '<!-- sida 3 -->',
    '',
    '## Ekonomi',
    '',
    'Nämnden redovisar ett överskott.',
    '',
    '*Lunds kommun · Verksamhetsberättelse 2024*',
  ].join('\n');
  const doc = markdown(source);

  it('gives the blocks pages and removes the footer on every page', () => {
    expect(doc.pageCount).toBe(3);
    expect(doc.blocks.map((b) => [b.page, b.text])).toEqual([
      [1, 'Verksamhetsberättelse 2024'],
      [1, 'Nämnden har haft ett år med många nya elever.'],
      [2, 'Barnets rättigheter'],
      [2, 'Barnkonventionen är lag sedan 2020.'],
      [3, 'Ekonomi'],
      [3, 'Nämnden redovisar ett överskott.'],
    ]);
    expect(doc.furniture).toEqual(['Lunds kommun · Verksamhetsberättelse 2024']);
  });

  it('a section title that ends every page over its text stays ("Beslut" in short minutes)', () => {
    const minutes = [
      ['§ 1 Val av justerare', 'Nämnden beslutar att utse Eva Ek att justera protokollet.'],
      ['§ 2 Plan för bostäder', 'Nämnden beslutar att anta planen.'],
      ['§ 3 Avslut', 'Nämnden beslutar att lägga informationen till handlingarna.'],
    ]
      .map(([title, decision], i) => `<!-- page ${i + 1} -->\n\n## ${title}\n\nText på sidan ${i + 1}.\n\n**Beslut**\n\n${decision}\n`)
      .join('\n');
    const blocks = markdown(minutes).blocks;
    expect(blocks.filter((b) => b.text === 'Beslut')).toHaveLength(3);
  });

  it('Markdown without markers has no pages', () => {
    const plain = markdown('# Titel\n\nText.\n\n*Fot*\n');
    expect(plain.pageCount).toBeNull();
    expect(plain.blocks.every((b) => b.page === undefined)).toBe(true);
  });
});
