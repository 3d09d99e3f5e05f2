// The primitives every report shares: the one ellipsis, the one ANSI table and the one HTML escape.
import { describe, expect, it } from 'vitest';
import { ANSI, paint } from '../../src/report/format/ansi.js';
import { esc } from '../../src/report/format/html.js';
import { truncate } from '../../src/report/format/text.js';

describe('truncate', () => {
  it.each([
    ['', 5, ''],
    ['kort', 5, 'kort'],
    ['exakt', 5, 'exakt'],
    ['förlängd', 5, 'förl…'],
    ['Kulturförvaltningen', 10, 'Kulturför…'],
    ['ab', 1, '…'],
  ])('%s to %i → %s', (text, max, expected) => {
    expect(truncate(text, max)).toBe(expected);
    expect(truncate(text, max).length).toBeLessThanOrEqual(max);
  });
});

describe('ANSI styles', () => {
  it('paints only when colour is on', () => {
    expect(paint('bold', 'rubrik', false)).toBe('rubrik');
    expect(paint('bold', 'rubrik', true)).toBe('\u001b[1mrubrik\u001b[22m');
  });

  it('ends each style with the sequence that undoes it (the reports depend on these bytes)', () => {
    expect(ANSI).toEqual({
      bold: ['\u001b[1m', '\u001b[22m'],
      dim: ['\u001b[2m', '\u001b[22m'],
      strike: ['\u001b[9m', '\u001b[29m'],
      red: ['\u001b[31m', '\u001b[0m'],
      yellow: ['\u001b[33m', '\u001b[0m'],
      cyan: ['\u001b[36m', '\u001b[0m'],
      boldYellow: ['\u001b[1;33m', '\u001b[0m'],
      boldInverse: ['\u001b[1;7m', '\u001b[0m'],
    });
  });
});

describe('esc', () => {
  it('escapes the five characters that matter in HTML text and quoted attributes', () => {
    expect(esc(`<a href="x">Barn & unga's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Barn &amp; unga&#39;s&lt;/a&gt;');
    expect(esc('åäö – ”citat” ’')).toBe('åäö – ”citat” ’');
  });

  it('escapes & once, so entities in the text stay visible as written', () => {
    expect(esc('&amp;')).toBe('&amp;amp;');
  });

  // compare/svg.ts had its own escapeXml, which left ' as it was: the only difference, and an
  // apostrophe means the same escaped or not in text and in double-quoted attributes.
  it("matches the comparison's former escapeXml on everything but the apostrophe", () => {
    const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    for (const text of ['P4 Transparent & inkluderande <kommunikation>', '"Frödokument" 2023–2025', 'barnrätt']) expect(esc(text)).toBe(escapeXml(text));
    expect(esc("it's")).not.toBe(escapeXml("it's"));
  });
});
