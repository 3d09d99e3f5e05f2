import { describe, expect, it } from 'vitest';
import { htmlToBlocks as readHtml } from '../../src/ingest/html.js';
import { withoutSpans } from '../helpers/ingest.js';

const htmlToBlocks = (...args: Parameters<typeof readHtml>) => withoutSpans(readHtml(...args));

const PAGE = `<!DOCTYPE html>
<html lang="sv">
<head>
  <title>Tjänsteskrivelse</title>
  <style>p { color: red }</style>
</head>
<body>
<h1>Tjänsteskrivelse</h1>
<p>Kommunstyrelsen fick i <b>kommunfullmäktiges</b> budget
   för 2023 i <a href="#">uppdrag</a> att&nbsp;utreda&hellip;</p>
<script>var x = "<p>inte text</p>";</script>
<h2>Beslutet skickas till</h2>
<ul>
  <li>Kulturnämnden</li>
  <li>Tekniska <i>nämnden</i>
    <ul>
      <li>Fastighets- och gatukontoret</li>
    </ul>
  </li>
  <li>MKB Fastighets AB</li>
</ul>
<table>
  <tr><th>Nämnd</th><th>Princip</th></tr>
  <tr><td>Kulturnämnden</td><td><p>P3</p><p>P4</p></td></tr>
</table>
<p>Malmö stad<br>Kommunstyrelsen</p>
Lös text i body
</body>
</html>`;

describe('htmlToBlocks', () => {
  it('reads headings, paragraphs, nested lists and table rows with their source lines', () => {
    expect(htmlToBlocks(PAGE)).toEqual([
      { kind: 'heading', level: 1, text: 'Tjänsteskrivelse', line: 8 },
      {
        kind: 'paragraph',
        text: 'Kommunstyrelsen fick i kommunfullmäktiges budget för 2023 i uppdrag att\u00a0utreda…',
        line: 9,
      },
      { kind: 'heading', level: 2, text: 'Beslutet skickas till', line: 12 },
      { kind: 'list-item', depth: 0, text: 'Kulturnämnden', line: 14 },
      { kind: 'list-item', depth: 0, text: 'Tekniska nämnden', line: 15 },
      { kind: 'list-item', depth: 1, text: 'Fastighets- och gatukontoret', line: 17 },
      { kind: 'list-item', depth: 0, text: 'MKB Fastighets AB', line: 20 },
      { kind: 'table-row', text: 'Nämnd\tPrincip', line: 23 },
      { kind: 'table-row', text: 'Kulturnämnden\tP3 P4', line: 24 },
      { kind: 'paragraph', text: 'Malmö stad\nKommunstyrelsen', line: 26 },
      { kind: 'paragraph', text: 'Lös text i body', line: 27 },
    ]);
  });

  it('gives every heading level', () => {
    const html = [1, 2, 3, 4, 5, 6].map((n) => `<h${n}>Rubrik ${n}</h${n}>`).join('\n');
    expect(htmlToBlocks(html).map((b) => [b.kind, b.level, b.text, b.line])).toEqual([1, 2, 3, 4, 5, 6].map((n) => ['heading', n, `Rubrik ${n}`, n]));
  });

  it('copes with markup a browser would forgive', () => {
    const html = '<html><head><title>x</title><body><p>a<p>b<li>c</li><div>d<span>e</span></div><h3>f</h3><p>\t<br>g</p>';
    expect(htmlToBlocks(html, { lines: false })).toEqual([
      { kind: 'paragraph', text: 'a' },
      { kind: 'paragraph', text: 'b' },
      { kind: 'list-item', depth: 0, text: 'c' },
      { kind: 'paragraph', text: 'de' },
      { kind: 'heading', level: 3, text: 'f' },
      { kind: 'paragraph', text: 'g' },
    ]);
  });

  it('keeps the paragraphs of one list item in that item, one per line', () => {
    expect(htmlToBlocks('<ol><li><p>Ett</p><p>Två</p></li><li>Tre</li></ol>', { lines: false })).toEqual([
      { kind: 'list-item', depth: 0, text: 'Ett\nTvå' },
      { kind: 'list-item', depth: 0, text: 'Tre' },
    ]);
  });

  it('flattens a table inside a cell into that cell', () => {
    const html = '<table><tr><td>Yttre</td><td><table><tr><td>inre 1</td><td>inre 2</td></tr></table></td></tr></table>';
    expect(htmlToBlocks(html, { lines: false })).toEqual([{ kind: 'table-row', text: 'Yttre\tinre 1 inre 2' }]);
  });

  it('skips empty table rows and whitespace-only paragraphs', () => {
    expect(htmlToBlocks('<p>&nbsp;</p><table><tr><td> </td></tr></table><p>Kvar</p>', { lines: false })).toEqual([{ kind: 'paragraph', text: 'Kvar' }]);
  });

  it('reads mammoth output: tabs kept on request, footnotes as "[n] text" without the back-link', () => {
    const html =
      '<h2>Beslut</h2><p>Datum\t2024-04-29</p><p>Se rapporten<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></p>' +
      '<ol><li id="footnote-1"><p>Bilaga till årsredovisningen. <a href="#footnote-ref-1">↑</a></p></li></ol><dl></dl>';
    expect(htmlToBlocks(html, { lines: false, keepTabs: true })).toEqual([
      { kind: 'heading', level: 2, text: 'Beslut' },
      { kind: 'paragraph', text: 'Datum\t2024-04-29' },
      { kind: 'paragraph', text: 'Se rapporten[1]' },
      { kind: 'paragraph', text: '[1] Bilaga till årsredovisningen.' },
    ]);
  });

  it('treats a tab as a space in HTML proper', () => {
    expect(htmlToBlocks('<p>Plats\tTeams</p>')).toEqual([{ kind: 'paragraph', text: 'Plats Teams', line: 1 }]);
  });

  it('keeps the line breaks of <pre>', () => {
    expect(htmlToBlocks('<pre>\nrad 1\n  rad 2\n</pre>')).toEqual([{ kind: 'paragraph', text: 'rad 1\n  rad 2', line: 1 }]);
  });

  it('does not let an unclosed <head> swallow the body', () => {
    expect(htmlToBlocks('<head><title>T</title><body><p>Text</p>', { lines: false })).toEqual([{ kind: 'paragraph', text: 'Text' }]);
  });
});

describe('a web page', () => {
  it("skips the site's menus: a menu of committees is no text of the page", () => {
    const html =
      '<body><nav><ul><li>Start</li><li>Socialnämnden</li></ul></nav><main><h1>Jämställdhetsplan 2026</h1><p>Planen antogs i december.</p></main><footer><p>Linköpings kommun</p></footer></body>';
    expect(htmlToBlocks(html).map((b) => b.text)).toEqual(['Jämställdhetsplan 2026', 'Planen antogs i december.', 'Linköpings kommun']);
  });
});
