// The hand-made ZIPs and PDFs the other tests rely on are what they claim to be.
import { inflateRawSync } from 'node:zlib';
import { PDFParse } from 'pdf-parse';
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { buildPdf } from '../helpers/pdf.js';
import { buildZip, crc32, crc32OfZeros, entry, zerosEntry } from '../helpers/zip.js';

describe('zip helper', () => {
  it('computes CRC-32 (check value of "123456789" is CBF43926)', () => {
    expect(crc32(Buffer.from('123456789')).toString(16)).toBe('cbf43926');
  });

  it.each([0, 1, 7, 1000, 65_537])('computes the CRC-32 of %i zero bytes without looping over them', (n) => {
    expect(crc32OfZeros(n)).toBe(crc32(Buffer.alloc(n)));
  });

  it('writes archives yauzl reads back, entry for entry', async () => {
    const zip = buildZip([entry('word/document.xml', '<w:document/>'), entry('a/å.txt', 'Malmö')]);
    const archive = await yauzl.fromBufferPromise(zip, { lazyEntries: true });
    const found: Array<[string, string]> = [];
    for await (const e of archive.eachEntry()) {
      const stream = await archive.openReadStreamPromise(e);
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      found.push([e.fileName, Buffer.concat(chunks).toString('utf8')]);
    }
    archive.close();
    expect(found).toEqual([
      ['word/document.xml', '<w:document/>'],
      ['a/å.txt', 'Malmö'],
    ]);
  });

  it('deflates zeros in chunks into an entry that inflates back to them', async () => {
    const zeros = await zerosEntry('nollor.bin', 40_000_000);
    expect(zeros.size).toBe(40_000_000);
    expect(zeros.compressed.length).toBeLessThan(100_000);
    const inflated = inflateRawSync(zeros.compressed);
    expect(inflated.length).toBe(40_000_000);
    expect(crc32(inflated)).toBe(zeros.crc);
  });
});

describe('pdf helper', () => {
  async function text(pdf: Buffer, password?: string): Promise<string[]> {
    const parser = new PDFParse({ data: new Uint8Array(pdf), password, verbosity: 0 });
    try {
      return (await parser.getText()).pages.map((page) => page.text);
    } finally {
      await parser.destroy();
    }
  }

  it('writes text pages and blank pages pdf.js reads', async () => {
    expect(await text(buildPdf(['Malmö stad\nÅtterrapporeringen (bilaga)', '']))).toEqual(['Malmö stad\nÅtterrapporeringen (bilaga)', '']);
  });

  it('encrypts for real: refused without a password, readable with the user or the owner password', async () => {
    const pdf = buildPdf(['Hemlig text åäö'], { encrypt: { userPassword: 'hemligt', ownerPassword: 'ägare' } });
    await expect(text(pdf)).rejects.toMatchObject({ name: 'PasswordException' });
    await expect(text(pdf, 'fel')).rejects.toMatchObject({ name: 'PasswordException' });
    expect(await text(pdf, 'hemligt')).toEqual(['Hemlig text åäö']);
    expect(await text(pdf, 'ägare')).toEqual(['Hemlig text åäö']);
  });
});
