// Text from documents, file names, manifests and --author reaches the reports; opened in a
// spreadsheet, rendered as Markdown or shown in a browser it must stay text.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { csvField, csvTable } from '../../src/report/format/csv.js';
import { mdText } from '../../src/report/format/markdown.js';
import { withContentSecurityPolicy } from '../../src/report/format/html.js';
import { analyzeToMarkdown } from '../../src/report/analyze/markdown.js';
import { analyzeToCsv } from '../../src/report/analyze/csv.js';
import { namesToMarkdown } from '../../src/report/names/markdown.js';
import { extractToMarkdown } from '../../src/report/extract/index.js';
import { kwicToCsv } from '../../src/report/kwic/index.js';
import { analyzeCorpus } from '../../src/analyze/index.js';
import { expectedFromRegistry } from '../../src/analyze/expected.js';
import { analyzeNames } from '../../src/names/index.js';
import { kwic } from '../../src/kwic/index.js';
import { doc, lexicons, rules } from '../helpers/tagged.js';

const SCRIPT_NAME = 'korpus/<img src=x onerror=alert(1)>.txt';
const lex = lexicons();
const hostile = [
  doc({
    path: SCRIPT_NAME,
    author: 'malmo/kulturnamnden',
    passages: [
      {
        text: '=HYPERLINK("http://x") Kulturnämnden arbetar med barnets bästa. [klicka](javascript:alert(1)) <script>alert(2)</script>',
        tags: [{ id: 'barnratt', term: 'barnets bästa' }, 'P1'],
        mentions: [{ id: 'malmo/kulturnamnden', name: 'Kulturnämnden' }],
        page: 1,
      },
    ],
  }),
  doc({
    path: 'korpus/-2+3.txt',
    author: '@SUM(A1)',
    passages: [{ text: '# Rubrik? Nej: text. Fritidsnämnden har inte lyft fram samråd.', tags: [{ id: 'P3', term: 'samråd', negated: true }] }],
  }),
];
const analysis = analyzeCorpus(hostile, lex, { view: 'author', expected: expectedFromRegistry(lex, 'malmo', ['nämnd']), rules: rules(), skippedVariants: [] });

/** Markdown with every backslash-escaped character removed: what a renderer could read as markup. */
const unescaped = (md: string) => md.replace(/\\./g, '');

describe('CSV: no cell starts a formula (OWASP: a leading apostrophe)', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['Kulturnämnden', 'Kulturnämnden'],
    ['a=b', 'a=b'],
  ])('%j → %s', (text, field) => {
    expect(csvField(text)).toBe(field);
  });

  it('keeps numbers numbers: a negative delta is -3, not text', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(-0.25)).toBe('-0.25');
    expect(csvTable(['delta'], [[-3], ['-3']])).toBe("delta\r\n-3\r\n'-3\r\n");
  });

  it('in the reports: a document’s text, a file name and an author (--author)', () => {
    const csv = analyzeToCsv(analysis);
    expect(csv).toContain("\r\n'@SUM(A1),'@SUM(A1),");
    expect(csv).not.toMatch(/(^|,|\r\n)[=+@-]/);
    const kwicCsv = kwicToCsv(kwic(hostile, 'barnets bästa', { width: 60 }));
    expect(kwicCsv).toContain(`,"'=HYPERLINK(""http://x"") Kulturnämnden arbetar med",barnets bästa,`);
    expect(kwicCsv).not.toMatch(/(^|,|\r\n)"?[=+@-]/);
  });
});

describe('Markdown: document text, file names and manifest labels stay text', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['[klicka](javascript:alert(1))', '\\[klicka\\](javascript:alert(1))'],
    ['*fet* _kursiv_ `kod` ~~bort~~ a|b', '\\*fet\\* \\_kursiv\\_ \\`kod\\` \\~\\~bort\\~\\~ a\\|b'],
    ['rad ett\nrad två', 'rad ett rad två'],
    ['fil\u001b]0;titel\u0007.txt', 'fil\\\\x1b\\]0;titel\\\\x07.txt'],
    ['Kultur- och fritidsnämnden 2024.', 'Kultur- och fritidsnämnden 2024.'],
  ])('%j → %s', (text, escaped) => {
    expect(mdText(text)).toBe(escaped);
  });

  it('escapes what would start a block only where the text starts a line', () => {
    expect(mdText('# Rubrik', { lineStart: true })).toBe('\\# Rubrik');
    expect(mdText('1. punkt', { lineStart: true })).toBe('1\\. punkt');
    expect(mdText('- punkt', { lineStart: true })).toBe('\\- punkt');
    expect(mdText('- punkt')).toBe('- punkt');
  });

  it('analyze: no tag or link from a file name or a quote', () => {
    const md = analyzeToMarkdown(analysis, analyzeNames(hostile, lex, { rules: rules() }));
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>.txt');
    expect(unescaped(md)).not.toMatch(/<(img|script)|\]\(/);
  });

  it('names and extract: the same', () => {
    const names = namesToMarkdown(analyzeNames(hostile, lex, { rules: rules() }));
    expect(unescaped(names)).not.toMatch(/<(img|script)|\]\(/);
    const extract = extractToMarkdown(hostile);
    expect(extract).toContain('# korpus/\\<img src=x onerror=alert(1)\\>.txt');
    expect(extract).toContain('\\# Rubrik? Nej: text.');
    expect(unescaped(extract)).not.toMatch(/<(img|script)|\]\(/);
  });
});

describe('HTML: a Content-Security-Policy that allows only the page’s own script and styles', () => {
  const page = withContentSecurityPolicy(
    '<!doctype html><html><head><meta charset="utf-8"><meta name="generator" content="mrkoll 1"><style>b{}</style></head>' +
      '<body><p style="color:red">x</p><script type="application/json">{}</script><script>go()</script></body></html>',
  );
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1];

  it('comes right after the charset and the generator, before anything it governs', () => {
    expect(page.indexOf('Content-Security-Policy')).toBeGreaterThan(page.indexOf('name="generator"'));
    expect(page.indexOf('Content-Security-Policy')).toBeLessThan(page.indexOf('<style>'));
  });

  it('loads nothing from anywhere and hashes the inline script, stylesheet and style attribute', () => {
    const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("img-src 'none'");
    expect(policy).toContain(`script-src ${sha('go()')}`);
    expect(policy).toContain(`style-src ${sha('b{}')} 'unsafe-hashes' ${sha('color:red')}`);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });
});

it('Markdown keeps the no-break spaces of Swedish numbers ("23 020", "35 %")', () => {
  expect(mdText('23\u00a0020 ord,  35\u00a0%')).toBe('23\u00a0020 ord, 35\u00a0%');
});
