// Unusable paths and files, generated at test time: each must end in one InputError whose reason
// is exactly one line of Swedish, quickly, without a hang or a stack trace.
import { execFileSync } from 'node:child_process';
import { mkdir, symlink, truncate } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, ingestFile } from '../../src/ingest/index.js';
import { buildDocx, paragraph } from '../helpers/docx.js';
import { expectInputError, noise, tempDir, writeTemp } from '../helpers/ingest.js';
import { buildPdf } from '../helpers/pdf.js';

let dir: string;
let file: (name: string, bytes: string | Buffer) => Promise<string>;

beforeAll(async () => {
  dir = await tempDir();
  file = (name, bytes) => writeTemp(dir, name, bytes);
});

describe('the path itself', () => {
  it('does not exist', async () => {
    const missing = path.join(dir, 'saknas.pdf');
    await expectInputError(ingestFile(missing), missing, 'filen finns inte');
  });

  it('goes through a regular file as if it were a directory', async () => {
    const parent = await file('fil.txt', 'text');
    const inside = path.join(parent, 'under.txt');
    await expectInputError(ingestFile(inside), inside, 'filen finns inte');
  });

  it('is a directory', async () => {
    const folder = path.join(dir, 'rapport.pdf');
    await mkdir(folder);
    await expectInputError(ingestFile(folder), folder, 'är en katalog, inte en vanlig fil');
  });

  it('is a FIFO: refused from stat, never opened, so nothing blocks', async () => {
    const fifo = path.join(dir, 'ror.txt');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    await expectInputError(ingestFile(fifo), fifo, 'är en namngiven pipe (FIFO), inte en vanlig fil');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  describe('a socket', () => {
    const socket = path.join('/tmp', `mrkoll-${process.pid}.md`);
    let server: Server;
    beforeAll(() => new Promise<void>((resolve) => (server = createServer().listen(socket, resolve))));
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('is refused', async () => {
      await expectInputError(ingestFile(socket), socket, 'är en socket, inte en vanlig fil');
    });
  });

  it('is a character device', async () => {
    await expectInputError(ingestFile('/dev/null'), '/dev/null', 'är en enhetsfil, inte en vanlig fil');
  });

  it('is a dangling symbolic link', async () => {
    const link = path.join(dir, 'borta.docx');
    await symlink(path.join(dir, 'finns-inte.docx'), link);
    await expectInputError(ingestFile(link), link, 'symbolisk länk till en fil som inte finns');
  });

  it('is a loop of symbolic links', async () => {
    const a = path.join(dir, 'a.txt');
    const b = path.join(dir, 'b.txt');
    await symlink(b, a);
    await symlink(a, b);
    await expectInputError(ingestFile(a), a, 'symboliska länkar i en slinga');
  });

  it.each([
    ['rapport.doc', 'okänd filtyp ".doc" (stöds: .pdf, .docx, .txt, .md, .markdown, .html, .htm)'],
    ['README', 'filnamnet saknar filändelse (stöds: .pdf, .docx, .txt, .md, .markdown, .html, .htm)'],
  ])('has an unknown extension: %s', async (name, reason) => {
    const target = await file(name, 'text');
    await expectInputError(ingestFile(target), target, reason);
  });
});

describe('size', () => {
  it('is empty', async () => {
    const target = await file('tom.pdf', '');
    await expectInputError(ingestFile(target), target, 'filen är tom (0 byte)');
  });

  it('is over the limit: says the size, the limit and the flag that changes it', async () => {
    const target = await file('stor.txt', 'x'.repeat(150));
    await expectInputError(
      ingestFile(target, { ...DEFAULT_LIMITS, maxFileBytes: 100 }),
      target,
      'filen är för stor: 150 byte, gränsen är 100 byte (ändra med --max-file-size)',
    );
  });

  it('is over the default 200 MB (a sparse file: refused before a byte is read)', async () => {
    const target = await file('jatte.pdf', '%PDF-1.7\n');
    await truncate(target, 250_000_000);
    await expectInputError(ingestFile(target), target, 'filen är för stor: 250 MB, gränsen är 200 MB (ändra med --max-file-size)');
  });
});

describe('a binary file with a text extension', () => {
  it.each([
    ['bild.txt', Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), noise(2000)]), 'binärfil, inte text'],
    ['styrtecken.md', Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), 'binärfil, inte text'],
    ['brus.html', noise(3000, 3), 'binärfil, inte text'],
    ['rapport.txt', buildPdf(['Text']), 'binärfil, inte text (innehållet är en PDF)'],
    ['rapport.md', buildDocx(paragraph('Text')), 'binärfil, inte text (innehållet är en ZIP-fil)'],
  ])('%s', async (name, content, reason) => {
    const target = await file(name, content);
    await expectInputError(ingestFile(target), target, reason);
  });
});
