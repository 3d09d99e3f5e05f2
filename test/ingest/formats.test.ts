// ingestFile on real PDF and DOCX files, and on DOCX files built to exercise the Word style map.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, SUPPORTED_EXTENSIONS, ingestFile } from '../../src/ingest/index.js';
import { buildDocx, footnoteReference, paragraph, table } from '../helpers/docx.js';
import { SHARED, ingestCopyOf, tempDir, withoutSpans } from '../helpers/ingest.js';
import { buildPdf } from '../helpers/pdf.js';

const FIXTURES = path.join(SHARED, 'fixtures');
let dir: string;

beforeAll(async () => {
  dir = await tempDir();
});

const ingestCopy = (source: string) => ingestCopyOf(source, dir);

describe('the public API', () => {
  it('lists the supported extensions and default limits', () => {
    expect(SUPPORTED_EXTENSIONS).toEqual(['.pdf', '.docx', '.txt', '.md', '.markdown', '.html', '.htm']);
    expect(DEFAULT_LIMITS).toEqual({ maxFileBytes: 200_000_000, maxUnpackedBytes: 500_000_000, timeoutMs: 120_000, parseHeapMb: 2048 });
  });
});

describe('PDF', () => {
  it.each([
    ['protokollsutdrag-ksau-2024-04-29.pdf', 2, 'Malmö stad\nMalmö stad\nKommunstyrelsens arbetsutskott\nProtokollsutdrag\n'],
    ['remissvar-servicenamnden-sthlm-2025.pdf', 3, 'Serviceförvaltningen, Stockholms stad\nRemiss av handlingsplan för arbete mot rasism\n'],
    ['tjansteskrivelse-stk-2023-138.pdf', 11, 'Malmö stad\nTjänsteskrivelse\nDatum\n2024-04-23\n'],
  ])('%s → %i pages of untouched text', async (file, pageCount, start) => {
    const doc = await ingestCopy(path.join(FIXTURES, file));
    expect(doc.format).toBe('pdf');
    expect(doc.pages).toHaveLength(pageCount);
    expect(doc.pages![0].startsWith(start)).toBe(true);
    expect(doc).not.toHaveProperty('blocks');
    expect(doc).not.toHaveProperty('lines');
    expect(doc).not.toHaveProperty('encoding');
    expect(doc.warnings).toEqual([]);
  });

  it('keeps the page furniture for normalize to remove (running header on every page)', async () => {
    const doc = await ingestCopy(path.join(FIXTURES, 'tjansteskrivelse-stk-2023-138.pdf'));
    expect(doc.pages!.every((page) => page.startsWith('Malmö stad\n'))).toBe(true);
  });

  it('warns about a page without text and keeps it as an empty page', async () => {
    const file = path.join(dir, 'med-tom-sida.pdf');
    await writeFile(file, buildPdf(['Malmö stad\nÅtterrapporeringen', '', 'Bilaga']));
    const doc = await ingestFile(file);
    expect(doc.pages).toEqual(['Malmö stad\nÅtterrapporeringen', '', 'Bilaga']);
    expect(doc.warnings).toEqual(['sida 2 saknar text']);
  });
});

describe('DOCX', () => {
  it.each([
    ['protokollsutdrag-ksau-2024-04-29.docx', 33, 7, 3],
    ['remissvar-servicenamnden-sthlm-2025.docx', 31, 8, 3],
    ['tjansteskrivelse-stk-2023-138.docx', 120, 12, 36],
  ])('%s → %i blocks, %i headings, %i list items', async (file, blockCount, headings, items) => {
    const doc = await ingestCopy(path.join(FIXTURES, file));
    expect(doc.format).toBe('docx');
    expect(doc.blocks).toHaveLength(blockCount);
    expect(doc.blocks!.filter((b) => b.kind === 'heading')).toHaveLength(headings);
    expect(doc.blocks!.filter((b) => b.kind === 'list-item')).toHaveLength(items);
    expect(doc.warnings).toEqual([]);
    // The running header ("Malmö stad" in the header part) and the page-number footer are furniture.
    expect(doc.blocks!.some((b) => /^\d+ \(\d+\)$/.test(b.text))).toBe(false);
  });

  it('reads the tjänsteskrivelse: heading levels from Word styles, numbered paragraphs as list items', async () => {
    const doc = await ingestCopy(path.join(FIXTURES, 'tjansteskrivelse-stk-2023-138.docx'));
    const blocks = withoutSpans(doc.blocks!);
    expect(blocks[0]).toEqual({ kind: 'heading', level: 2, text: 'Tjänsteskrivelse' });
    const proposal = blocks.findIndex((b) => b.text === 'Förslag till beslut');
    expect(blocks.slice(proposal, proposal + 4)).toEqual([
      { kind: 'heading', level: 2, text: 'Förslag till beslut' },
      { kind: 'paragraph', text: 'Kommunstyrelsen föreslår kommunfullmäktige besluta' },
      { kind: 'list-item', depth: 0, text: 'Kommunfullmäktige godkänner åtterrapporeringen.' },
      {
        kind: 'list-item',
        depth: 0,
        text: 'Kommunfullmäktige skickar åtterrapporeringen till stadens nämnder och helägda bolag för beaktande i det fortsatta utvecklingsarbetet.',
      },
    ]);
    // In this Word file the recipients are plain paragraphs, one per committee or company.
    const recipients = blocks.findIndex((b) => b.text === 'Beslutet skickas till');
    expect(blocks.slice(recipients, recipients + 3)).toEqual([
      { kind: 'heading', level: 2, text: 'Beslutet skickas till' },
      { kind: 'paragraph', text: 'Arbetsmarknads- och socialnämnden' },
      { kind: 'paragraph', text: 'Fritidsnämnden' },
    ]);
  });

  it('maps Swedish and English Word styles, nested lists, tables, tabs and footnotes; drops the running header', async () => {
    const body = [
      paragraph('Tjänsteskrivelse', 'Rubrik'),
      paragraph('Sammanfattning', 'Rubrik1'),
      paragraph('Datum\t2024-04-23', 'Brodtext'),
      paragraph('Beslut', 'Heading1'),
      paragraph('Ärendet', 'Rubrik2'),
      paragraph('Bakgrund', 'Rubrik3'),
      paragraph('Uppdraget', 'Rubrik4'),
      paragraph('Background', 'Heading3'),
      paragraph('Bilaga', 'Title'),
      paragraph('Kulturnämnden', 'Liststycke', { numId: 1, level: 0 }),
      paragraph('Kulturförvaltningen', 'Liststycke', { numId: 1, level: 1 }),
      paragraph('Tekniska nämnden', 'Liststycke', { numId: 1, level: 0 }),
      paragraph('Kommunfullmäktige godkänner återrapporteringen.', undefined, { numId: 2, level: 0 }),
      table([
        ['Nämnd', 'Princip'],
        ['Kulturnämnden', 'P3\nP4'],
      ]),
      `<w:p><w:r><w:t>Se rapporten</w:t></w:r>${footnoteReference(1)}</w:p>`,
    ].join('');
    const file = path.join(dir, 'stilar.docx');
    await writeFile(file, buildDocx(body, { 1: 'Rapporten är en bilaga till årsredovisningen.' }));
    const doc = await ingestFile(file);
    expect(withoutSpans(doc.blocks!)).toEqual([
      { kind: 'heading', level: 1, text: 'Tjänsteskrivelse' },
      { kind: 'heading', level: 1, text: 'Sammanfattning' },
      { kind: 'paragraph', text: 'Datum\t2024-04-23' },
      { kind: 'heading', level: 1, text: 'Beslut' },
      { kind: 'heading', level: 2, text: 'Ärendet' },
      { kind: 'heading', level: 3, text: 'Bakgrund' },
      { kind: 'heading', level: 4, text: 'Uppdraget' },
      { kind: 'heading', level: 3, text: 'Background' },
      { kind: 'heading', level: 1, text: 'Bilaga' },
      { kind: 'list-item', depth: 0, text: 'Kulturnämnden' },
      { kind: 'list-item', depth: 1, text: 'Kulturförvaltningen' },
      { kind: 'list-item', depth: 0, text: 'Tekniska nämnden' },
      { kind: 'list-item', depth: 0, text: 'Kommunfullmäktige godkänner återrapporteringen.' },
      { kind: 'table-row', text: 'Nämnd\tPrincip' },
      { kind: 'table-row', text: 'Kulturnämnden\tP3 P4' },
      { kind: 'paragraph', text: 'Se rapporten[1]' },
      { kind: 'paragraph', text: '[1] Rapporten är en bilaga till årsredovisningen.' },
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it('warns when a Word document has no text', async () => {
    const file = path.join(dir, 'tom.docx');
    await writeFile(file, buildDocx(paragraph('')));
    const doc = await ingestFile(file);
    expect(doc.blocks).toEqual([]);
    expect(doc.warnings).toEqual(['dokumentet innehåller ingen text']);
  });
});

describe('the fixtures in test/fixtures (made with pandoc and LibreOffice, when present)', () => {
  const fixture = (name: string) => path.resolve('test/fixtures', name);

  it.runIf(existsSync(fixture('docx/rich.docx')))('docx/rich.docx: headings, numbered and nested lists, a 3×3 table', async () => {
    const blocks = (await ingestCopy(fixture('docx/rich.docx'))).blocks!;
    expect(blocks).toHaveLength(30);
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => [b.level, b.text.slice(0, 22)])).toEqual([
      [1, 'Uppdrag budget 2023 - '],
      [2, 'Sammanfattning'],
      [2, 'Förslag till beslut'],
      [2, 'Beslutsplanering'],
      [2, 'Arbete specifikt mot r'],
      [2, 'Organisering och forts'],
    ]);
    expect(blocks.filter((b) => b.kind === 'table-row').map((b) => b.text)).toEqual([
      'Kommunstyrelsens arbetsutskott\t2024-04-29\tBeredning',
      'Kommunstyrelsen\t2024-05-07\tFörslag till kommunfullmäktige',
      'Kommunfullmäktige\t2024-05-23\tBeslut',
    ]);
    const items = blocks.filter((b) => b.kind === 'list-item');
    expect(items.map((b) => b.depth)).toEqual([0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(items[5].text.startsWith('Malmö stad deltar sedan 2006 i ECCAR')).toBe(true);
    expect(blocks.some((b) => b.text.includes('Tjänsteskrivelse STK-2023-138'))).toBe(false); // running header
  });

  it.runIf(existsSync(fixture('docx/rapport.docx')))('docx/rapport.docx: 30 headings and 92 list items', async () => {
    const blocks = (await ingestCopy(fixture('docx/rapport.docx'))).blocks!;
    expect(blocks.filter((b) => b.kind === 'heading')).toHaveLength(30);
    expect(blocks.filter((b) => b.kind === 'list-item')).toHaveLength(92);
  });

  it.runIf(existsSync(fixture('pdf/rapport-hyphenated.pdf')))('pdf/rapport-hyphenated.pdf: 42 pages, each with its header', async () => {
    const pages = (await ingestCopy(fixture('pdf/rapport-hyphenated.pdf'))).pages!;
    expect(pages).toHaveLength(42);
    expect(pages.every((page) => page.startsWith('Malmö stad'))).toBe(true);
  });
});
