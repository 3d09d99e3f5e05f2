// PDF footnotes and compounds, on a PDF rendered for the purpose (test/fixtures/pdf/footnotes.pdf,
// from footnotes.source.html): the notes, set in small print at the page foot, become footnotes
// and take no body text with them, even where the PDF puts body text after them; a line-end
// hyphen inside a hyphenated compound joins without a space.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/corpus/extract.js';
import { readSizeMarks } from '../../src/ingest/pdf.js';
import type { Document } from '../../src/types.js';

const PDF = fileURLToPath(new URL('../fixtures/pdf/footnotes.pdf', import.meta.url));
let doc: Document;

beforeAll(async () => {
  doc = await extractDocument(PDF);
}, 60_000);

describe(path.basename(PDF), () => {
  it('has its three notes as footnotes, each on its page and nothing else', () => {
    expect(doc.footnotes).toEqual([
      { label: '1', text: 'Se Förenta nationernas allmänna förklaring om de mänskliga rättigheterna från 1948.', page: 1 },
      { label: '2', text: 'Policyn antogs av kommunfullmäktige i juni 2022.', page: 1 },
      { label: '3', text: 'Enligt barnkonventionen artikel 3.', page: 2 },
    ]);
  });

  it('keeps the body text the PDF sets after a note: the list and its lead-in stay passages', () => {
    const texts = doc.passages.map((p) => p.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Nämnden har prioriterat följande områden:',
        'Tillgänglighet i kulturlokalerna för personer med funktionsnedsättning.',
        'Barns och ungas inflytande över verksamheten.',
        'Klarspråk i all kommunikation med invånarna.',
      ]),
    );
    expect(texts.join('\n')).not.toMatch(/Förenta nationernas|Policyn antogs|barnkonventionen artikel/u);
    // The reference numbers are gone from the body.
    expect(texts[0]).toContain('mänskliga rättigheter i hela verksamheten');
  });

  it('joins a compound split at its last hyphen without a space or the hyphen', () => {
    const text = doc.passages.map((p) => p.text).join('\n');
    expect(text).toContain('HBTQ-certifierade sedan 2022');
    expect(text).toContain('flera LSS-boendena har fått stöd');
  });
});

describe('size marks from the PDF reader', () => {
  it('tells the lines mostly in small print, and removes the marks', () => {
    const marked = '\uE000Arbetet\uE0011\uE000 i hela verksamheten\n\uE0011 Se Förenta nationerna\n\uE000Kort \uE001rad i liten stil';
    expect(readSizeMarks(marked)).toEqual({ text: 'Arbetet1 i hela verksamheten\n1 Se Förenta nationerna\nKort rad i liten stil', small: [1, 2] });
  });

  it('counts what /\\s/u calls white space as neither size, for every UTF-16 code unit', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c === 0x0a || c === 0xe000 || c === 0xe001) continue;
      const char = String.fromCharCode(c);
      const expected = /\s/u.test(char) ? [] : [0];
      if (JSON.stringify(readSizeMarks(`\uE001${char}`).small) !== JSON.stringify(expected)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('counts a surrogate pair as one character, a lone surrogate as one, and a line as main text at its start', () => {
    expect(readSizeMarks('\uE001😀\uE000a').small).toEqual([]);
    expect(readSizeMarks('\uE001\uD83D\uE000a\uE001\uDE00').small).toEqual([0]);
    expect(readSizeMarks('\uE001ab\r\ncd\n\uE001e').small).toEqual([0, 2]);
  });
});
