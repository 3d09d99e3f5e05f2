import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { findTrailingOutline, looksLikePdfExtraction, splitIntoPages } from '../../src/normalize/saved-pdf-text.js';
import { normalize } from '../../src/normalize/index.js';
import { seedPath, textRaw } from './real-documents.js';

const seedLines = (name: string): string[] => readFileSync(seedPath(name), 'utf8').split(/\r?\n/u);

describe('plain text that is a PDF extraction', () => {
  it.each([
    ['malmo-tjansteskrivelse-stk-2023-138-a.txt', true],
    ['malmo-rapport-systematiskt-arbete-mr-2023.txt', true],
    ['stockholm-remissvar-servicenamnden-2025.txt', true],
    ['malmo-tjansteskrivelse-stk-2023-138-b.txt', false],
  ])('%s looks like a PDF extraction: %s', (name, expected) => {
    expect(looksLikePdfExtraction(seedLines(name))).toBe(expected);
  });

  it('splits into pages after `N (M)` lines; the lines before `8 (52)` are page 8', () => {
    const { pages, pageCount } = splitIntoPages(['Text på sidan åtta.', '8 (52) ', '', ' Angränsande uppdrag', 'Mer text.']);
    expect(pageCount).toBe(52);
    expect(pages.map((p) => [p.page, p.from, p.lines.length])).toEqual([
      [8, 0, 2],
      [9, 2, 3],
    ]);
  });

  it('gives no page to the many lines before a lone `8 (52)`, only to that page and the next', () => {
    const lines = seedLines('malmo-rapport-systematiskt-arbete-mr-2023.txt');
    const { pages } = splitIntoPages(lines);
    const pageOf = (text: string) => pages.find((p) => p.lines.some((l) => l.includes(text)))?.page;
    expect(pageOf('Malmö stads kommunfullmäktige antog i juni 2022')).toBeUndefined();
    expect(pageOf('arbetsgivare och arbetsgivarperspektivet omfattades')).toBe(8);
    expect(pageOf('Angränsande uppdrag')).toBe(9);
    expect(pageOf('Avslutande slutsatser')).toBeUndefined();
  });

  it('numbers every page when every page has its number', () => {
    const { pages } = splitIntoPages(['Ett.', '1 (3)', ' Två.', '2 (3)', ' Tre.', '3 (3)']);
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3]);
  });

  it('finds the bookmarks a converter appended after the text', () => {
    const lines = ['Per-Erik Ebbeståhl  Avdelningschef', '', '', '\tUppdrag budget 2023', '\tSammanfattning', '', '\tAnsvariga', ''];
    expect(findTrailingOutline(lines)).toBe(1);
    expect(findTrailingOutline(['Text.', 'Mer text.'])).toBe(2);
  });

  it('the -a seed: bookmarks dropped with a warning, every block keeps its source line', () => {
    const doc = normalize(textRaw(seedPath('malmo-tjansteskrivelse-stk-2023-138-a.txt')));
    expect(doc.warnings).toEqual(['bokmärkeslistan i slutet av texten togs bort']);
    expect(doc.blocks.filter((b) => b.text === 'Sammanfattning')).toHaveLength(1);
    expect(doc.blocks.at(-1)).toMatchObject({ text: 'Andreas Norbrant Stadsdirektör', line: 408 });
    const lines = seedLines('malmo-tjansteskrivelse-stk-2023-138-a.txt');
    for (const block of doc.blocks) {
      const first = block.text.split(' ')[0];
      expect(lines[block.line! - 1], block.text).toContain(first);
    }
  });

  it('the rapport seed: pages from `8 (52)`, ten footnotes moved out of the body', () => {
    const doc = normalize(textRaw(seedPath('malmo-rapport-systematiskt-arbete-mr-2023.txt')));
    expect(doc.pageCount).toBe(52);
    expect(doc.footnotes.map((f) => f.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(doc.footnotes[0].text).toBe('jfr Alnebratt & Rönnblom 2016; Bacchi & Eveline 2010; Candel 2017; Callerstig & Lindholm 2011');
    const body = doc.blocks.map((b) => b.text).join('\n');
    expect(body).not.toMatch(/frågorna\.1|grupper2|minoriteterna3/u);
    expect(body).not.toContain('jfr Alnebratt');
    expect(body).not.toMatch(/^8 \(52\)$/mu);
  });

  // The heading starts a new page (stray leading space) right under a full last line ending in a
  // period, and wraps after `och`: it used to be glued onto the end of the paragraph above.
  it('the rapport seed: a heading wrapped onto a second line at a page start is its own block', () => {
    const texts = normalize(textRaw(seedPath('malmo-rapport-systematiskt-arbete-mr-2023.txt'))).blocks.map((b) => b.text);
    const heading = texts.indexOf('Mänskliga rättigheter i upphandlings- och investeringsprocesser');
    expect(heading).toBeGreaterThan(0);
    expect(texts[heading - 1]).toMatch(/under våren 2024 \(se STK-2024-187\)\.$/u);
    expect(texts[heading + 1]).toMatch(/^Malmö stad arbetar för att säkerställa/u);
  });
});
