// The HTML report as a file: self-contained, escaped, its data parseable. The browser test
// (html.browser.test.ts) checks that it works.
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/analyze/html/page.js';
import { heat } from '../../src/report/analyze/html/heat.js';
import { scriptJson } from '../../src/report/format/html.js';
import { QUOTES_PER_CELL } from '../../src/report/analyze/html/matrix.js';
import { quoteHtml } from '../../src/report/analyze/html/sections.js';
import { analyzeCorpus } from '../../src/analyze/index.js';
import { expectedFromRegistry } from '../../src/analyze/expected.js';
import { doc, rules } from '../helpers/tagged.js';
import { analysis, farAttribution, lex, names } from './fixture.js';

const html = renderHtml({
  analysis: analysis('mention', true),
  names: names(),
  administrationNames: new Map([['malmo/kulturnamnden', 'Kulturnämnden']]),
  version: '0.1.0',
});

describe('HTML report', () => {
  it('has no URL that would need a network', () => {
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?(?!#)[a-z]+:/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<link\b|@import|url\(/i);
  });

  it('is Swedish and accessible: language, caption, header scopes, labelled filters, live panel', () => {
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<caption>Täckning efter omnämnande');
    expect(html).toMatch(/<th scope="row">Kulturnämnden/);
    expect(html).toContain('<label for="filter-adm">Filtrera förvaltningar och bolag');
    expect(html).toContain('<label for="filter-cat">Kategori');
    expect(html).toContain('id="detail" aria-live="polite"');
    expect(html).toMatch(
      /<button type="button" data-cell="mention\|malmo\/kulturnamnden\|P1" aria-label="Kulturnämnden, P1 \(Malmöbon[^"]*\): 1 stycke, \d+\u00a0% av texten[^"]*">/,
    );
  });

  it('escapes document text and carries the evidence as JSON', () => {
    expect(html).not.toContain('<taggar>');
    const json = html.match(/<script type="application\/json" id="mrkoll-data">([^]*?)<\/script>/)![1];
    const data = JSON.parse(json);
    const cell = data.cells['mention|malmo/kulturnamnden|barnratt'];
    expect(cell.evidence[0].quote).toContain('"citat" & <taggar>');
    expect(cell.evidence[0].where).toBe('kultur.txt s. 3');
    expect(data.cells['author|malmo/kulturnamnden|P4']).toBeDefined();
  });

  it('has both views, the gaps and the names', () => {
    expect(html).toContain('data-view="author" hidden');
    expect(html).toContain('<h2 id="h-luckor">Luckor</h2>');
    expect(html).toContain('<h2 id="h-namn">Namn, begrepp och stavning</h2>');
    expect(html).toContain('MKB Fastighet AB');
  });

  it('keeps "</script>" in data from ending the element', () => {
    expect(scriptJson({ q: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });

  it('colours more text darker, in steps, and a small base no darker than the middle', () => {
    const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)).reduce((a, b) => a + b);
    const shares = [0, 0.01, 0.02, 0.04, 0.05, 0.09, 0.1, 0.2, 0.25, 0.49, 0.5, 1];
    const steps = shares.map((s) => heat(s).step);
    expect(steps).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(hex(heat(0.5).background)).toBeLessThan(hex(heat(0.02).background));
    expect(heat(0.5).color).toBe('#fff');
    expect(heat(0.91, true).step).toBe(2);
    expect(heat(0.03, true).step).toBe(1);
  });
});

describe('HTML report over a large corpus', () => {
  it(`carries at most ${QUOTES_PER_CELL} quotes per cell and says how many more there are`, () => {
    const passages = Array.from({ length: QUOTES_PER_CELL + 7 }, (_, i) => ({
      text: `Kulturnämnden arbetar med barnets bästa, fall ${i + 1}.`,
      tags: [{ id: 'barnratt', term: 'barnets bästa' }],
      mentions: [{ id: 'malmo/kulturnamnden', name: 'Kulturnämnden' }],
    }));
    const big = analyzeCorpus([doc({ path: 'korpus/stor.txt', author: 'malmo/kulturnamnden', passages })], lex, {
      view: 'mention',
      rules: rules(),
      expected: expectedFromRegistry(lex, 'malmo', ['nämnd']),
    });
    const page = renderHtml({ analysis: big, names: names(), version: '0.1.0' });
    const data = JSON.parse(page.match(/<script type="application\/json" id="mrkoll-data">([^]*?)<\/script>/)![1]);
    const cell = data.cells['mention|malmo/kulturnamnden|barnratt'];
    expect(cell.summary).toMatch(/^37 stycken/);
    expect(cell.evidence).toHaveLength(QUOTES_PER_CELL);
    expect(cell.evidence[0].quote).toContain('fall 1.');
    expect(cell.moreEvidence).toBe(7);
    expect(page).toContain('belägg till, som inte visas här');
  });
});

describe('HTML evidence: why a passage counts', () => {
  const far = farAttribution;

  it('marks the term in the quote, names the mention, and carries the passage with both marked', () => {
    const page = renderHtml({ analysis: far(), names: names(), version: '0.1.0' });
    const data = JSON.parse(page.match(/<script type="application\/json" id="mrkoll-data">([^]*?)<\/script>/)![1]);
    const [e] = data.cells['mention|malmo/kulturnamnden|barnratt'].evidence;
    expect(e.quote).toBe('Arbetet med barnets bästa har fördjupats.');
    expect(e.marks).toEqual([[12, 25, 'term']]);
    expect(e.why).toBe('räknas genom "Kulturnämnden" (nämns vid namn)');
    const marked = (e.context.marks as Array<[number, number, string]>).map(([s, t, k]) => [e.context.text.slice(s, t), k]);
    expect(marked).toEqual([
      ['Kulturnämnden', 'attr'],
      ['barnets bästa', 'term'],
    ]);
  });

  it("renders both marks in a gap's quotes, the passage expandable in place", () => {
    const a = far();
    const e = a.views.mention!.coverage.rows.find((r) => r.id === 'malmo/kulturnamnden')!.cells.barnratt.evidence[0];
    const html = quoteHtml(e);
    expect(html).toContain('<mark>barnets bästa</mark>');
    expect(html).toMatch(/<details class="context"><summary>Visa i stycket<\/summary><p><mark class="attr">Kulturnämnden<\/mark> redovisar/);
  });
});
