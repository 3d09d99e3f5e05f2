import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252, looksBinary } from '../../src/ingest/encoding.js';
import { decodeTextFile, splitLines, tidyBlockText } from '../../src/ingest/text.js';

const SWEDISH = 'Åtterrapporeringen från Hälsa-, vård- och omsorgsnämnden – även Malmö stad.\n';

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

describe('decodeText', () => {
  it.each([
    ['UTF-8 without BOM', Buffer.from(SWEDISH, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SWEDISH, 'utf8')]), 'utf-8'],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SWEDISH, 'utf16le')]), 'utf-16le'],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(SWEDISH)]), 'utf-16be'],
    ['UTF-16 LE without BOM', Buffer.from(SWEDISH, 'utf16le'), 'utf-16le'],
    ['UTF-16 BE without BOM', utf16be(SWEDISH), 'utf-16be'],
  ])('decodes %s, BOM dropped', (_, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ text: SWEDISH, encoding, invalidBytes: 0 });
  });

  it('decodes Windows-1252 bytes that are not valid UTF-8 (0xE5 0xE4 0xF6 → åäö)', () => {
    const bytes = Buffer.concat([
      Buffer.from('Malm'),
      Buffer.from([0xf6]),
      Buffer.from(' stad: '),
      Buffer.from([0xe5, 0xe4, 0xf6, 0x20, 0xc5, 0xc4, 0xd6, 0x20, 0x96, 0x20, 0x80]),
    ]);
    expect(decodeText(bytes)).toEqual({ text: 'Malmö stad: åäö ÅÄÖ – €', encoding: 'windows-1252', invalidBytes: 0 });
  });

  it('maps all of 0x80–0x9F as Windows-1252 does (Node 20’s own decoder gives Latin-1 there)', () => {
    const high = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    expect(decodeWindows1252(high)).toBe('€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ');
    const rest = Uint8Array.from({ length: 96 }, (_, i) => 0xa0 + i);
    expect(decodeWindows1252(rest)).toBe(Buffer.from(rest).toString('latin1'));
  });

  it('keeps a mostly-UTF-8 file UTF-8 and counts its few bad bytes instead of turning å into Ã¥', () => {
    const bytes = Buffer.concat([Buffer.from('Åtgärder för barnrätt, '), Buffer.from([0xff]), Buffer.from(' och jämställdhet')]);
    expect(decodeText(bytes)).toEqual({ text: 'Åtgärder för barnrätt, \uFFFD och jämställdhet', encoding: 'utf-8', invalidBytes: 1 });
  });

  it('treats pure ASCII as UTF-8', () => {
    expect(decodeText(Buffer.from('STK-2023-138'))).toEqual({ text: 'STK-2023-138', encoding: 'utf-8', invalidBytes: 0 });
  });
});

describe('looksBinary', () => {
  it.each([
    ['text with tabs, CR, LF and form feed', 'Plats\tTeams\r\nSida 2\f', false],
    ['one stray control character in a long text', `${'a'.repeat(200)}\x1a`, false],
    ['any NUL', 'PNG\x00\x01', true],
    ['many control characters', 'ab\x01\x02\x03\x04cd', true],
    ['C1 controls (undefined Windows-1252 bytes)', 'a\x81\x8d\x8f\x90\x9d', true],
  ])('%s → %s', (_, text, expected) => {
    expect(looksBinary(text)).toBe(expected);
  });

  it('counts as a loop over each character would, up to exactly 1 %', () => {
    const reference = (text: string) => {
      let controls = 0;
      for (const c of text) {
        const code = c.charCodeAt(0);
        if (code === 0) return true;
        if ((code < 0x20 && !(code >= 0x09 && code <= 0x0d)) || (code >= 0x7f && code <= 0x9f)) controls++;
      }
      return controls > text.length * 0.01;
    };
    expect(looksBinary(`${'a'.repeat(199)}\x7f\x7f`)).toBe(false);
    expect(looksBinary(`${'a'.repeat(198)}\x7f\x7f\x7f`)).toBe(true);
    const unit = fc.constantFrom('a', 'å', '\t', '\v', '\r', '\x00', '\x01', '\x1f', '\x7f', '\x9f', '\xa0', '–');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 300 }), (text) => {
        expect(looksBinary(text)).toBe(reference(text));
      }),
    );
  });
});

describe('decodeTextFile', () => {
  it('warns when it had to fall back to Windows-1252', () => {
    expect(decodeTextFile(Buffer.from([0x4d, 0x61, 0x6c, 0x6d, 0xf6]))).toEqual({
      text: 'Malmö',
      encoding: 'windows-1252',
      warnings: ['filen är inte UTF-8; avkodad som Windows-1252'],
    });
  });

  it('warns about replaced bytes in a mostly-UTF-8 file', () => {
    const bytes = Buffer.concat([Buffer.from('Barnets bästa och '), Buffer.from([0xc3]), Buffer.from(' ålder')]);
    expect(decodeTextFile(bytes).warnings).toEqual(['1 ogiltiga UTF-8-byte ersattes med \uFFFD']);
  });

  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'binärfil, inte text (innehållet är en PDF)'],
    ['a ZIP', Buffer.from('PK\x03\x04\x14\x00\x00\x00', 'latin1'), 'binärfil, inte text (innehållet är en ZIP-fil)'],
    ['random bytes with NULs', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), 'binärfil, inte text'],
  ])('refuses %s', (_, bytes, reason) => {
    expect(() => decodeTextFile(bytes)).toThrow(expect.objectContaining({ reason }));
  });
});

describe('splitLines', () => {
  it.each([
    ['a\nb', ['a', 'b']],
    ['a\r\nb\r\n', ['a', 'b']],
    ['a\n\nb\n\n', ['a', '', 'b', '']],
    ['', ['']],
    ['a\rb', ['a\rb']],
  ])('%j → %j', (text, lines) => {
    expect(splitLines(text)).toEqual(lines);
  });
});

describe('tidyBlockText', () => {
  it('collapses spaces, drops spaces around line breaks and tabs, trims, keeps NBSP inside', () => {
    expect(tidyBlockText('  Malmö   stad \n  Kommunstyrelsen \t 2024\u00a0§ 202  ')).toBe('Malmö stad\nKommunstyrelsen\t2024\u00a0§ 202');
  });
});
