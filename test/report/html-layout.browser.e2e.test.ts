// The analysis report of the seeds, as a user gets it from the binary, in headless Chromium
// (Debian's `chromium`): every category visible at 1400 px, nothing wider than a 390 px phone,
// a print that keeps its colours, columns and evidence, gaps marked in their cells, a colour scale
// whose text stays readable, human labels and Swedish plurals.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PDFParse } from 'pdf-parse';
import { runCli } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/temp.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`Hoppar över webbläsartestet: ${CHROMIUM} saknas (apt-get install -y chromium).`);

/** A4 landscape less the report's 10 mm margins, in CSS pixels (96 per inch). */
const A4_LANDSCAPE_CONTENT = Math.floor(((297 - 20) / 25.4) * 96);

interface Category {
  id: string;
  label: string;
  kind: string;
}

describe.skipIf(!available)('the seeds report in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let url: string;
  let categories: Category[];

  beforeAll(async () => {
    const dir = makeTempDir('mrkoll-layout-');
    const file = path.join(dir, 'rapport.html');
    expect(runCli(['analyze', 'corpora/seeds', '--out', file]).status).toBe(0);
    const json = JSON.parse(runCli(['analyze', 'corpora/seeds', '--format', 'json']).stdout);
    categories = json.categories;
    expect(categories.length).toBeGreaterThanOrEqual(20);
    url = pathToFileURL(file).href;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(width: number): Promise<void> {
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width, height: 900 });
    await page.goto(url);
  }

  /** Evaluated as a string: the tests are compiled without the DOM's types. */
  const evaluate = <T>(script: string) => page.evaluate(script) as Promise<T>;

  it('shows every category column at 1400 px without scrolling sideways', async () => {
    await open(1400);
    const { columns, hidden, scroll, client } = await evaluate<{ columns: number; hidden: string[]; scroll: number; client: number }>(`(() => {
      const box = document.querySelector('.view:not([hidden]) .scroll');
      const right = box.getBoundingClientRect().right;
      const heads = [...box.querySelectorAll('thead th[data-tag]')];
      return {
        columns: heads.length,
        hidden: heads.filter((th) => th.getBoundingClientRect().right > right + 0.5).map((th) => th.textContent),
        scroll: box.scrollWidth,
        client: box.clientWidth,
      };
    })()`);
    // Every rights area, Malmö's four principles and Stockholm's programme areas for its rows.
    expect(columns).toBeGreaterThanOrEqual(categories.filter((c) => c.kind === 'area').length + 4);
    expect(hidden).toEqual([]);
    expect(scroll).toBeLessThanOrEqual(client + 1);
  });

  it('switches the columns between principles and rights areas', async () => {
    await open(1400);
    const kinds = () =>
      page
        .locator('.view:not([hidden]) table.matrix thead th[data-tag]:not([hidden])')
        .evaluateAll((ths) => [...new Set(ths.map((th) => th.getAttribute('data-kind')))]);
    await page.locator('input[name="cols"][value="kind:area"]').check();
    expect(await kinds()).toEqual(['area']);
    await page.locator('input[name="cols"][value="kind:principle"]').check();
    expect(await kinds()).toEqual(['principle']);
    await page.locator('input[name="cols"][value=""]').check();
    expect((await kinds()).sort()).toEqual(['area', 'principle']);
  });

  it('keeps a 390 px phone from scrolling sideways, with the evidence open too', async () => {
    await open(390);
    expect(await evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.locator('.view:not([hidden]) button[data-cell]').first().click();
    expect(await page.locator('#detail').isVisible()).toBe(true);
    expect(await evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    expect(await evaluate<number>(`document.getElementById('detail').getBoundingClientRect().width`)).toBeLessThanOrEqual(390);
    await page.keyboard.press('Escape');
    expect(await page.locator('#detail').isVisible()).toBe(false);
  });

  it('prints on A4 landscape with every column, the colours kept, controls gone and the evidence written out', async () => {
    await page.setViewportSize({ width: A4_LANDSCAPE_CONTENT, height: 700 });
    await page.goto(url);
    await page.emulateMedia({ media: 'print' });
    const printed = await evaluate<{ width: number; adjust: string; controls: string; evidence: string; quotes: number }>(`(() => ({
      width: document.querySelector('.view:not([hidden]) table.matrix').getBoundingClientRect().width,
      adjust: getComputedStyle(document.querySelector('td.cell')).printColorAdjust,
      controls: getComputedStyle(document.querySelector('.controls')).display,
      evidence: getComputedStyle(document.getElementById('belagg')).display,
      quotes: document.querySelectorAll('#belagg blockquote').length,
    }))()`);
    expect(printed.width).toBeLessThanOrEqual(A4_LANDSCAPE_CONTENT);
    expect(printed.adjust).toBe('exact');
    expect(printed.controls).toBe('none');
    expect(printed.evidence).toBe('block');
    expect(printed.quotes).toBeGreaterThan(50);
    // And on paper, as Chromium prints it: the last column and the evidence are there.
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const text = (await parser.getText()).text;
    await parser.destroy();
    const lastColumn = categories.filter((c) => c.kind === 'area').at(-1)!.label;
    expect(text).toContain(lastColumn.split(' ').at(-1));
    expect(text).toContain('Belägg per cell');
  });

  it('marks each missing category in its cell, as the gaps list it', async () => {
    await open(1400);
    const { listed, marked } = await evaluate<{ listed: string[]; marked: string[] }>(`(() => {
      const view = document.querySelector('.view:not([hidden])').getAttribute('data-view');
      const gaps = [...document.querySelectorAll('#luckor .view[data-view="' + view + '"] li.gap[data-kind="missing-tag"]')];
      const listed = [...new Set(gaps.map((li) => li.getAttribute('data-adm') + '|' + li.getAttribute('data-tag')))].sort();
      const marked = [...document.querySelectorAll('.view:not([hidden]) td.gap')].map((td) => td.closest('tr').getAttribute('data-adm') + '|' + td.getAttribute('data-tag')).sort();
      return { listed, marked };
    })()`);
    expect(listed.length).toBeGreaterThan(0);
    expect(marked).toEqual(listed);
  });

  it('colours by a scale whose text stays readable, and holds small bases to the middle', async () => {
    await open(1400);
    const cells = await evaluate<Array<{ ratio: number; step: number; small: boolean }>>(`(() => {
      const lum = (c) => {
        const [r, g, b] = c.match(/\\d+/g).slice(0, 3).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      return [...document.querySelectorAll('.view:not([hidden]) td.cell')].map((td) => {
        const s = getComputedStyle(td);
        const [a, b] = [lum(s.color), lum(s.backgroundColor)].sort((x, y) => y - x);
        return { ratio: (a + 0.05) / (b + 0.05), step: Number(td.getAttribute('data-step')), small: td.classList.contains('small-base') };
      });
    })()`);
    expect(cells.length).toBeGreaterThan(50);
    expect(cells.filter((c) => c.ratio < 4.5)).toEqual([]);
    expect(new Set(cells.map((c) => c.step)).size).toBeGreaterThanOrEqual(5);
    expect(cells.some((c) => c.small)).toBe(true);
    expect(cells.filter((c) => c.small && c.step > 2)).toEqual([]);
  });

  it('writes human labels, never a rights area’s ID, and Swedish plurals', async () => {
    await open(1400);
    // The report's own words: the controls, the matrix and the gaps (quotes from documents may hold any word).
    const text = await evaluate<string>(`['.controls', '#tackning', '#luckor'].map((s) => document.querySelector(s).innerText).join('\\n')`);
    // IDs a reader would not take for Swedish: "aldre", "halsa", "barnratt" (not "bostad", a word of its own label).
    const ids = categories.filter((c) => c.kind === 'area' && !c.label.toLocaleLowerCase('sv').includes(c.id)).map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['aldre', 'halsa', 'barnratt']));
    const bare = ids.filter((id) => new RegExp(`(^|[^\\p{L}\\p{N}_/-])${id}($|[^\\p{L}\\p{N}_/-])`, 'u').test(text));
    expect(bare).toEqual([]);
    expect(text).not.toMatch(/(^|[^\d\s ])1[  ](stycken|träffar|förekomster|förvaltningar|dokumenten|överhoppade)\b/m);
  });
});
