import { describe, expect, it } from 'vitest';
import { linesText, rememberLinesText } from '../../src/normalize/lines-text.js';
import { parseContent } from '../../src/ingest/content.js';
import { DEFAULT_LIMITS } from '../../src/ingest/limits.js';

describe('linesText', () => {
  it('joins lines nobody remembered a text for', () => {
    expect(linesText(['Nämnden', '', 'beslutar'])).toBe('Nämnden\n\nbeslutar');
  });

  it('gives the remembered text while the lines still fit it, and joins them once they do not', () => {
    const lines = ['ab', 'cd'];
    // A stand-in of the same length shows the remembered text is the one given back.
    rememberLinesText(lines, 'xx\nyy');
    expect(linesText(lines)).toBe('xx\nyy');
    lines.push('e');
    expect(linesText(lines)).toBe('ab\ncd\ne');
  });

  it('is the text a plain-text file was read from, less the final line break', async () => {
    for (const text of ['Rad ett\nRad två\n', 'Rad ett\nRad två', 'a\r\nb\r\n', '\n', '']) {
      const { lines } = await parseContent('txt', Buffer.from(text, 'utf8'), DEFAULT_LIMITS);
      expect(linesText(lines!)).toBe(lines!.join('\n'));
    }
  });
});
