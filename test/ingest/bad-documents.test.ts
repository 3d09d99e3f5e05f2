// Unusable PDF and DOCX files, generated at test time: broken, truncated, encrypted, empty, zip
// bombs, too slow. Each must end in one InputError whose reason is exactly one line of Swedish.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, ingestFile } from '../../src/ingest/index.js';
import { buildDocx, paragraph } from '../helpers/docx.js';
import { SHARED, expectInputError, noise, tempDir, writeTemp } from '../helpers/ingest.js';
import { buildPdf } from '../helpers/pdf.js';
import { buildZip, entry, zerosEntry, type ZipEntry } from '../helpers/zip.js';

const FIXTURE_PDF = path.join(SHARED, 'fixtures/tjansteskrivelse-stk-2023-138.pdf');
const FIXTURE_DOCX = path.join(SHARED, 'fixtures/tjansteskrivelse-stk-2023-138.docx');
const GIB = 1024 ** 3;
let dir: string;
let file: (name: string, bytes: string | Buffer) => Promise<string>;

beforeAll(async () => {
  dir = await tempDir();
  file = (name, bytes) => writeTemp(dir, name, bytes);
});

describe('PDF', () => {
  it.each([
    ['text', 'Detta är ingen PDF', 'inte en PDF (saknar %PDF-signatur)'],
    ['a DOCX', 'PK\x03\x04 resten av en docx', 'inte en PDF (saknar %PDF-signatur; innehållet är en ZIP-fil)'],
  ])('has the .pdf extension but holds %s', async (_, content, reason) => {
    const target = await file(`fel-${content.length}.pdf`, content);
    await expectInputError(ingestFile(target), target, reason);
  });

  it('is corrupt: %PDF-1.7 then random bytes', async () => {
    const target = await file('trasig.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), noise(4096)]));
    await expectInputError(ingestFile(target), target, 'trasig eller ofullständig PDF');
  });

  it('is truncated: the first half of a real PDF', async () => {
    const whole = await readFile(FIXTURE_PDF);
    const target = await file('halv.pdf', whole.subarray(0, whole.length / 2));
    await expectInputError(ingestFile(target), target, 'trasig eller ofullständig PDF');
  });

  it('is encrypted with a user password', async () => {
    const pdf = buildPdf(['Hemlig text'], { encrypt: { userPassword: 'hemligt', ownerPassword: 'ägare' } });
    const target = await file('krypterad.pdf', pdf);
    await expectInputError(ingestFile(target), target, 'krypterad PDF (lösenordsskyddad)');
  });

  it('has no text (blank or scanned)', async () => {
    const target = await file('blank.pdf', buildPdf(['', '']));
    await expectInputError(ingestFile(target), target, 'PDF utan text (tom eller skannad?)');
  });

  const shared = path.resolve('test/fixtures/pdf');
  it.runIf(existsSync(path.join(shared, 'encrypted.pdf')))('is encrypted: test/fixtures/pdf/encrypted.pdf', async () => {
    const target = path.join(shared, 'encrypted.pdf');
    await expectInputError(ingestFile(target), target, 'krypterad PDF (lösenordsskyddad)');
  });
  it.runIf(existsSync(path.join(shared, 'blank.pdf')))('has no text: test/fixtures/pdf/blank.pdf', async () => {
    const target = path.join(shared, 'blank.pdf');
    await expectInputError(ingestFile(target), target, 'PDF utan text (tom eller skannad?)');
  });

  it('takes longer than the time limit: the worker is stopped and the next PDF gets a new one', async () => {
    const target = await file('langsam.pdf', await readFile(FIXTURE_PDF));
    const started = Date.now();
    await expectInputError(ingestFile(target, { ...DEFAULT_LIMITS, timeoutMs: 1 }), target, 'tidsgränsen överskreds: PDF-filen tog mer än 1 ms att läsa');
    expect(Date.now() - started).toBeLessThan(1000);
    expect((await ingestFile(target)).pages).toHaveLength(11);
  });

  it('parses off the main thread, so timers (the time limit among them) keep running meanwhile', async () => {
    const target = await file('tickar.pdf', await readFile(FIXTURE_PDF));
    await ingestFile(target); // the worker is up
    let ticks = 0;
    const interval = setInterval(() => ticks++, 1);
    await ingestFile(target);
    clearInterval(interval);
    expect(ticks).toBeGreaterThan(0);
  });

  it('reads PDFs asked for at the same time one after the other, each in full', async () => {
    const files = await Promise.all([1, 2, 3].map((n) => file(`samtidig-${n}.pdf`, buildPdf([`Sida för dokument ${n}`]))));
    const docs = await Promise.all(files.map((f) => ingestFile(f)));
    expect(docs.map((d) => d.pages)).toEqual([['Sida för dokument 1'], ['Sida för dokument 2'], ['Sida för dokument 3']]);
  });
});

describe('DOCX', () => {
  it.each([
    ['text', 'Detta är ingen docx', 'inte en DOCX (inte en ZIP-fil)'],
    ['a PDF', '%PDF-1.7\n', 'inte en DOCX (inte en ZIP-fil; innehållet är en PDF)'],
    [
      'an OLE2 file (.doc, or a password-protected .docx)',
      Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]),
      'inte en DOCX: Word-dokument i äldre format (.doc) eller lösenordsskyddat',
    ],
  ])('has the .docx extension but holds %s', async (_, content, reason) => {
    const target = await file(`fel-${content.length}.docx`, content);
    await expectInputError(ingestFile(target), target, reason);
  });

  it('is a valid ZIP but not a Word document', async () => {
    const target = await file('arkiv.docx', buildZip([entry('protokoll.txt', 'Protokollsutdrag')]));
    await expectInputError(ingestFile(target), target, 'ZIP-fil men inte ett Word-dokument (saknar word/document.xml)');
  });

  it('is truncated: the first half of a real DOCX', async () => {
    const whole = await readFile(FIXTURE_DOCX);
    const target = await file('halv.docx', whole.subarray(0, whole.length / 2));
    await expectInputError(ingestFile(target), target, 'trasig DOCX (ZIP-arkivet är skadat eller ofullständigt)');
  });

  it('has a part whose compressed data is broken', async () => {
    const broken: ZipEntry = { name: 'word/document.xml', compressed: Buffer.from([0xff, 0xff, 0xff, 0xff]), crc: 0, size: 100 };
    const target = await file('skadad-del.docx', buildZip([broken]));
    await expectInputError(ingestFile(target), target, 'trasig DOCX (word/document.xml går inte att packa upp)');
  });

  it('has a main part that is not WordprocessingML', async () => {
    const target = await file('inte-xml.docx', buildZip([entry('word/document.xml', 'inte xml <<<')]));
    await expectInputError(ingestFile(target), target, 'trasig DOCX (Word-dokumentet går inte att tolka)');
  });

  describe('a zip bomb: 1 GiB of zeros, really deflated into about 1 MB', () => {
    let bomb: string;
    let compressedSize: number;
    beforeAll(async () => {
      const zeros = await zerosEntry('word/document.xml', GIB);
      compressedSize = zeros.compressed.length;
      bomb = await file('bomb.docx', buildZip([entry('[Content_Types].xml', '<Types/>'), zeros]));
    }, 60_000);

    it('is refused by its declared size under the default limits', async () => {
      await expectInputError(ingestFile(bomb), bomb, 'DOCX-filen packas upp till 1,1 GB, mer än gränsen 500 MB (möjlig zip-bomb)');
    });

    it('is refused by its compression ratio even when the size limit is raised', async () => {
      const ratio = Math.round(GIB / compressedSize);
      expect(ratio).toBeGreaterThan(200);
      await expectInputError(
        ingestFile(bomb, { ...DEFAULT_LIMITS, maxUnpackedBytes: 2 * GIB }),
        bomb,
        `misstänkt zip-bomb: word/document.xml packas upp ${ratio}:1 (1 MB blir 1,1 GB)`,
      );
    });
  });

  it('is a zip bomb that lies about its size: caught while inflating, before mammoth', async () => {
    const liar = await zerosEntry('word/document.xml', 50_000_000);
    const target = await file('lognare.docx', buildZip([{ ...liar, size: 1000 }]));
    await expectInputError(ingestFile(target), target, 'misstänkt zip-bomb: word/document.xml innehåller mer data än ZIP-arkivet anger');
  });

  it('holds absurdly many files', async () => {
    const entries = Array.from({ length: 10_001 }, (_, i) => entry(`word/media/bild${i}.txt`, ''));
    const target = await file('manga.docx', buildZip(entries));
    await expectInputError(ingestFile(target), target, 'misstänkt zip-bomb: 10001 filer i ZIP-arkivet (högst 10000)');
  });

  it('takes longer than the time limit', async () => {
    const target = await file('langsam.docx', buildDocx(Array(2000).fill(paragraph('Stycke')).join('')));
    await expectInputError(ingestFile(target, { ...DEFAULT_LIMITS, timeoutMs: 1 }), target, 'tidsgränsen överskreds: DOCX-filen tog mer än 1 ms att läsa');
  });
});
