// The HTML report in headless Chromium (Debian's `chromium`): it loads with the network cut off,
// the matrix renders, a click on a cell shows its evidence, and the filters work.
import { makeTempDir } from '../helpers/temp.js';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { renderHtml } from '../../src/report/analyze/html/page.js';
import { analysis, farAttribution, names } from './fixture.js';
import { analyzeCorpus } from '../../src/analyze/index.js';
import { expectedFromRegistry } from '../../src/analyze/expected.js';
import { loadAnalysisRules } from '../../src/analyze/rules.js';
import { extractDocuments } from '../../src/corpus/extract.js';
import { loadLexicons } from '../../src/lexicon/load.js';
import { buildContext, tagDocument } from '../../src/tag/index.js';
import { ROOT } from '../helpers/cli.js';

/** A report over a Malmö and a Växjö document: Malmö's principles, and SKR's for Växjö. */
async function twoCities(): Promise<string> {
  const lexicons = loadLexicons();
  const files = ['corpora/seeds/malmo-protokollsutdrag-ksau-2024-04-29.md', 'corpora/vaxjo/tjansteskrivelse-valdeltagande-2026.md'];
  const { documents } = await extractDocuments(
    files.map((f) => path.join(ROOT, f)),
    { cache: false },
  );
  const context = buildContext(lexicons);
  const rules = loadAnalysisRules();
  const tagged = documents.map((d) => tagDocument(d, context));
  return renderHtml({
    analysis: analyzeCorpus(tagged, lexicons, { view: 'author', expected: expectedFromRegistry(lexicons, null, rules.expected.kinds), rules }),
  });
}

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`Hoppar över webbläsartestet: ${CHROMIUM} saknas (apt-get install -y chromium).`);

describe.skipIf(!available)('HTML report in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const blocked: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    const dir = makeTempDir('mrkoll-html-');
    const file = path.join(dir, 'rapport.html');
    writeFileSync(file, renderHtml({ analysis: analysis('mention', true), names: names(), version: 'test' }));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.route('**', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(file).href);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('loads offline without errors, its own script and styles allowed by its Content-Security-Policy', async () => {
    expect(blocked).toEqual([]);
    // A script or style the policy did not allow would be a console error ("Refused to …").
    expect(errors).toEqual([]);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
    // The heatmap's colours are style attributes: allowed by their hashes, so applied.
    const colour = await page
      .locator('td.cell')
      .first()
      .evaluate((td) => (td.ownerDocument.defaultView as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(td).backgroundColor);
    expect(colour).toMatch(/^rgb\(/);
    expect(colour).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('renders the matrix', async () => {
    const rows = page.locator('.view:not([hidden]) table.matrix tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(6);
    // A header holds its category's name and, for a rarely covered one, a flag ("sällan").
    expect(
      await page.locator('.view:not([hidden]) table.matrix thead th[data-tag]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-tag'))),
    ).toEqual(expect.arrayContaining(['P1', 'P4']));
    expect(await page.locator('#filter-status').innerText()).toMatch(/^Visar \d+ av \d+ förvaltningar\.$/);
  });

  it('shows a cell’s evidence when it is clicked', async () => {
    await page.locator('button[data-cell="mention|malmo/kulturnamnden|barnratt"]').click();
    const detail = page.locator('#detail');
    expect(await detail.locator('h3').innerText()).toBe('Kulturnämnden — Barnets rättigheter');
    expect(await detail.locator('blockquote').first().innerText()).toContain('Kulturnämnden arbetar med barnets bästa, "citat" & <taggar>.');
    expect(await detail.locator('mark:not(.attr)').first().innerText()).toBe('barnets bästa');
    // What makes the passage count for Kulturnämnden, marked apart from the term.
    expect(await detail.locator('mark.attr').first().innerText()).toBe('Kulturnämnden');
    expect(await detail.locator('.why').first().innerText()).toBe('räknas genom "Kulturnämnden" (nämns vid namn)');
    expect(await detail.locator('cite').first().innerText()).toContain('kultur.txt s. 3');
  });

  it('expands the passage in place when the committee is named outside the quote', async () => {
    const dir = makeTempDir('mrkoll-html-');
    const file = path.join(dir, 'langt.html');
    const a = farAttribution();
    writeFileSync(file, renderHtml({ analysis: a, names: names(), version: 'test' }));
    const other = await browser.newPage();
    await other.goto(pathToFileURL(file).href);
    await other.locator('button[data-cell="mention|malmo/kulturnamnden|barnratt"]').click();
    const quote = other.locator('#detail blockquote').first();
    expect(await quote.locator('mark.attr').first().isVisible()).toBe(false);
    await quote.locator('details.context summary').click();
    expect(await quote.locator('details.context mark.attr').innerText()).toBe('Kulturnämnden');
    expect(await quote.locator('details.context mark.attr').isVisible()).toBe(true);
    expect(await quote.locator('details.context mark:not(.attr)').innerText()).toBe('barnets bästa');
    await other.close();
  });

  it('filters administrations and categories', async () => {
    await page.fill('#filter-adm', 'fritid');
    expect(await page.locator('.view:not([hidden]) table.matrix tbody tr:not([hidden])').count()).toBe(1);
    await page.selectOption('#filter-cat', 'kind:principle');
    const headers = await page.locator('.view:not([hidden]) table.matrix thead th:not([hidden])').allInnerTexts();
    expect(headers.filter((h) => /^P\d/.test(h.trim()))).toHaveLength(4);
    expect(headers.some((h) => h.includes('Barnets'))).toBe(false);
    await page.fill('#filter-adm', '');
    await page.selectOption('#filter-cat', '');
  });

  it('says, for a principle chosen in the filter, whose it is and for how many rows it does not apply', async () => {
    const dir = makeTempDir('mrkoll-html-cities-');
    const file = path.join(dir, 'rapport.html');
    writeFileSync(file, await twoCities());
    const other = await browser.newPage();
    other.on('pageerror', (e) => errors.push(String(e)));
    await other.goto(pathToFileURL(file).href);
    await other.selectOption('#filter-cat', 'tag:P1');
    expect(await other.locator('#filter-status').innerText()).toMatch(/^Visar 2 av 2 förvaltningar\. P1 hör till Malmö stad: ej tillämplig för 1 av dem\.$/);
    await other.selectOption('#filter-cat', 'tag:barnratt');
    expect(await other.locator('#filter-status').innerText()).toBe('Visar 2 av 2 förvaltningar.');
    expect(errors).toEqual([]);
    await other.close();
  });

  it('switches between the views', async () => {
    await page.locator('input[name="view"][value="author"]').check();
    expect(await page.locator('.view[data-view="author"]').first().isVisible()).toBe(true);
    expect(await page.locator('.view[data-view="mention"]').first().isVisible()).toBe(false);
    await page.locator('button[data-cell="author|malmo/kulturnamnden|P4"]').click();
    expect(await page.locator('#detail blockquote').first().innerText()).toContain('Information ges på klarspråk');
  });
});
