// The comparison's HTML in headless Chromium (Debian's `chromium`): no chart label or value runs
// outside its chart, and the page does not overflow sideways on a phone.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { compareCorpora, type CorpusInput } from '../../src/compare/index.js';
import { loadLexicons } from '../../src/lexicon/load.js';
import { compareToHtml } from '../../src/report/compare/html.js';
import { buildContext, tagDocument } from '../../src/tag/index.js';
import { makeDoc } from '../helpers/documents.js';
import { makeTempDir } from '../helpers/temp.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`Hoppar över webbläsartestet: ${CHROMIUM} saknas (apt-get install -y chromium).`);

const lexicons = loadLexicons();
const context = buildContext(lexicons);
// Long names and many passages: the labels that used to be cut and the bars that ran into them.
const SENTENCES = [
  'Gymnasie- och vuxenutbildningsnämnden har prövat barnets bästa inför beslutet om nya öppettider för skolbiblioteken.',
  'Gymnasie- och vuxenutbildningsnämnden arbetar med jämställdhetsintegrering av föreningsbidragen till studieförbunden.',
  'Stadsbyggnadsnämnden arbetar med tillgänglighet och universell utformning för personer med funktionsnedsättning.',
];

function corpus(label: string, times: number[]): CorpusInput {
  const blocks = SENTENCES.flatMap((s, i) => Array.from({ length: times[i] }, () => s));
  return { label, documents: [tagDocument(makeDoc(`${label}.txt`, [...blocks, 'Budgeten redovisas i bilaga 1.']), context)] };
}

describe.skipIf(!available)('compare HTML in Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const comparison = compareCorpora([corpus('Årsanalyser 2023 (hela staden)', [1, 30, 0]), corpus('Årsanalyser 2024 (hela staden)', [40, 0, 3])], lexicons);
    expect(comparison.changes.length).toBeGreaterThan(2);
    const file = path.join(makeTempDir('mrkoll-compare-html-'), 'jamforelse.html');
    writeFileSync(file, compareToHtml(comparison, { top: 20, version: 'test' }));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
    page = await browser.newPage();
    await page.goto(pathToFileURL(file).href);
  });

  afterAll(async () => {
    await browser?.close();
  });

  /**
   * Every text of every chart, with how far it runs outside its chart's drawing area (0 = inside).
   * Written as a string: the tests are compiled without the DOM's types.
   */
  const overruns = () =>
    page.evaluate(`[...document.querySelectorAll('svg.chart')].flatMap((svg) => {
      const view = svg.viewBox.baseVal;
      return [...svg.querySelectorAll('text')].map((t) => {
        const box = t.getBBox();
        return { text: t.textContent, out: Math.max(0, view.x - box.x, box.x + box.width - (view.x + view.width)) };
      });
    })`) as Promise<Array<{ text: string | null; out: number }>>;

  it.each([1400, 390])('no chart text runs outside its chart at %i px', async (width) => {
    await page.setViewportSize({ width, height: 900 });
    const texts = await overruns();
    expect(texts.length).toBeGreaterThan(6);
    expect(texts.filter((t) => t.out > 0.5)).toEqual([]);
    // Nothing cut with an ellipsis either: the long name is written out in full.
    expect(texts.some((t) => t.text?.startsWith('Gymnasie- och vuxenutbildningsnämnden — '))).toBe(true);
  });

  it('the page does not scroll sideways at 390 px; the wide table scrolls in its own box', async () => {
    await page.setViewportSize({ width: 390, height: 800 });
    const { page: pageWidth, table } = (await page.evaluate(
      `({ page: document.documentElement.scrollWidth, table: document.querySelector('.wide').scrollWidth })`,
    )) as { page: number; table: number };
    expect(pageWidth).toBeLessThanOrEqual(390);
    expect(table).toBeGreaterThan(390);
  });
});
