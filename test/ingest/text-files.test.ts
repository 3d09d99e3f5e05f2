// ingestFile on plain-text formats (TXT, Markdown, HTML) and on every encoding they may come in.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/index.js';
import { SHARED, ingestCopyOf, tempDir, withoutSpans } from '../helpers/ingest.js';

const SEEDS = path.join(SHARED, 'seeds');
let dir: string;

beforeAll(async () => {
  dir = await tempDir();
});

const ingestCopy = (source: string) => ingestCopyOf(source, dir);

describe('TXT', () => {
  it.each([
    ['malmo-rapport-systematiskt-arbete-mr-2023.txt', 1878],
    ['malmo-tjansteskrivelse-stk-2023-138-a.txt', 425],
    ['malmo-tjansteskrivelse-stk-2023-138-b.txt', 239],
    ['stockholm-remissvar-servicenamnden-2025.txt', 148],
  ])('%s → %i lines, as the file has them', async (file, lineCount) => {
    const source = path.join(SEEDS, file);
    const doc = await ingestCopy(source);
    expect(doc).toMatchObject({ format: 'txt', encoding: 'utf-8', warnings: [] });
    expect(doc.lines).toHaveLength(lineCount);
    const text = await readFile(source, 'utf8');
    expect(doc.lines!.join('\n')).toBe(text.replace(/\n$/, ''));
  });
});

describe('Markdown and HTML', () => {
  it('reads the protokollsutdrag seed as 27 blocks with lines', async () => {
    const doc = await ingestCopy(path.join(SEEDS, 'malmo-protokollsutdrag-ksau-2024-04-29.md'));
    expect(doc).toMatchObject({ format: 'md', encoding: 'utf-8', warnings: [] });
    expect(doc.blocks).toHaveLength(27);
    expect(withoutSpans(doc.blocks!)[0]).toEqual({ kind: 'paragraph', text: 'Malmö stad\nKommunstyrelsens arbetsutskott', line: 5 });
  });

  it.each(['.html', '.htm'])('reads an HTML page (%s) into blocks with lines', async (extension) => {
    const file = path.join(dir, `remissvar${extension}`);
    await writeFile(
      file,
      '<html><head><title>Remissvar</title></head>\n<body>\n<h1>Remissvar</h1>\n<p>Servicenämnden &amp; MR-programmet</p>\n' +
        '<ul><li>Öka kunskapen om rasism</li></ul>\n</body></html>\n',
    );
    const doc = await ingestCopy(file);
    expect(doc).toMatchObject({ format: 'html', encoding: 'utf-8', warnings: [] });
    expect(withoutSpans(doc.blocks!)).toEqual([
      { kind: 'heading', level: 1, text: 'Remissvar', line: 3 },
      { kind: 'paragraph', text: 'Servicenämnden & MR-programmet', line: 4 },
      { kind: 'list-item', depth: 0, text: 'Öka kunskapen om rasism', line: 5 },
    ]);
  });

  it('accepts .markdown and upper-case extensions', async () => {
    const file = path.join(dir, 'BESLUT.MARKDOWN');
    await writeFile(file, '# Beslut\n');
    expect(withoutSpans((await ingestFile(file)).blocks!)).toEqual([{ kind: 'heading', level: 1, text: 'Beslut', line: 1 }]);
  });
});

describe('text encodings, through ingestFile', () => {
  const text = 'Åtgärder för barnets bästa\r\nMalmö stad – Hälsa-, vård- och omsorgsnämnden\r\n';
  const lines = ['Åtgärder för barnets bästa', 'Malmö stad – Hälsa-, vård- och omsorgsnämnden'];
  const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();
  const windows1252 = Buffer.concat([
    Buffer.from('\xc5tg\xe4rder f\xf6r barnets b\xe4sta\r\nMalm\xf6 stad ', 'latin1'),
    Buffer.from([0x96]),
    Buffer.from(' H\xe4lsa-, v\xe5rd- och omsorgsn\xe4mnden\r\n', 'latin1'),
  ]);

  it.each([
    ['utf-8', Buffer.from(text), []],
    ['utf-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), []],
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), []],
    ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]), []],
    ['utf-16le', Buffer.from(text, 'utf16le'), []],
    ['windows-1252', windows1252, ['filen är inte UTF-8; avkodad som Windows-1252']],
  ])('%s (%#) gives the same lines', async (encoding, bytes, warnings) => {
    const file = path.join(dir, `kodning-${encoding}-${bytes.length}.txt`);
    await writeFile(file, bytes);
    const doc = await ingestFile(file);
    expect(doc).toMatchObject({ format: 'txt', encoding, lines, warnings, bytes: bytes.length });
  });

  it('decodes Markdown and HTML the same way', async () => {
    const md = path.join(dir, 'latin.md');
    await writeFile(md, Buffer.from('# Barnr\xe4tt\n\nJ\xe4mst\xe4lldhet och \xe5lder\n', 'latin1'));
    const html = path.join(dir, 'utf16.html');
    await writeFile(html, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>Jämställdhet</p>', 'utf16le')]));
    expect(await ingestFile(md)).toMatchObject({
      encoding: 'windows-1252',
      blocks: [
        { kind: 'heading', level: 1, text: 'Barnrätt', line: 1 },
        { kind: 'paragraph', text: 'Jämställdhet och ålder', line: 3 },
      ],
    });
    expect(await ingestFile(html)).toMatchObject({ encoding: 'utf-16le', blocks: [{ kind: 'paragraph', text: 'Jämställdhet', line: 1 }] });
  });

  it('warns when a text file holds only whitespace', async () => {
    const file = path.join(dir, 'blank.txt');
    await writeFile(file, '\n  \n');
    expect(await ingestFile(file)).toMatchObject({ lines: ['', '  '], warnings: ['dokumentet innehåller ingen text'] });
  });
});
