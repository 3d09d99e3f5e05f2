// Snippets: a window around the first match, cut at word boundaries, highlights carried along.
import { describe, expect, test } from 'vitest';
import { makeSnippet } from '../../src/search/snippet.js';
import { renderHighlights } from '../../src/report/search/index.js';

const marked = (text: string, spans: Array<[number, number]>, max?: number) =>
  renderHighlights(
    makeSnippet(
      text,
      spans.map(([start, end]) => ({ start, end })),
      max,
    ),
    'guillemets',
  );

describe('makeSnippet', () => {
  test('a short passage is shown whole, line breaks as spaces', () => {
    const text = 'Kulturnämnden lyfter att\nklarspråk är i fokus.';
    const at = text.indexOf('klarspråk');
    expect(marked(text, [[at, at + 9]])).toBe('Kulturnämnden lyfter att «klarspråk» är i fokus.');
  });

  test('a long passage is cut around the first match at word boundaries', () => {
    const words = Array.from({ length: 80 }, (_, i) => `ord${i}`);
    words[50] = 'klarspråk';
    const text = words.join(' ');
    const at = text.indexOf('klarspråk');
    const shown = marked(text, [[at, at + 9]], 80);
    expect(shown.startsWith('…ord')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown).toContain('«klarspråk»');
    expect(shown.replace(/[«»…]/g, '').length).toBeLessThanOrEqual(90);
  });

  test('highlights outside the window are dropped, overlapping ones merged to the first', () => {
    const text = 'barnets bästa och barnets bästa';
    expect(
      marked(text, [
        [0, 13],
        [8, 13],
        [18, 31],
      ]),
    ).toBe('«barnets bästa» och «barnets bästa»');
  });

  test('ANSI highlighting on a terminal', () => {
    const snippet = makeSnippet('inte alls', [{ start: 0, end: 4 }]);
    expect(renderHighlights(snippet, 'ansi')).toBe('\u001b[1;7minte\u001b[0m alls');
    expect(renderHighlights(snippet, 'none')).toBe('inte alls');
  });
});
