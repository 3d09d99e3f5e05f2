// The output formats: the JSON contract, SARIF 2.1.0, stylish and Markdown.
import { describe, expect, test } from 'vitest';
import type { Finding, Rule } from '../../src/review/index.js';
import {
  fileUri,
  reviewToJson,
  reviewToMarkdown,
  reviewToSarif,
  reviewToStylish,
  rulesToText,
  summaryLine,
  type FileReview,
} from '../../src/report/review/index.js';

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'recipient-registry',
  severity: 'error',
  message: '"Trafiknämnden" finns inte i registret',
  start: 100,
  end: 113,
  line: 53,
  column: 1,
  endLine: 53,
  endColumn: 14,
  page: null,
  section: ['Beslutet skickas till'],
  excerpt: 'Trafiknämnden',
  ...over,
});
const FINDINGS = [
  finding({}),
  finding({
    ruleId: 'spelling',
    severity: 'warning',
    message: 'Okänt ord "afrofofi" (förslag: afrofobi)',
    line: 143,
    column: 83,
    endLine: 143,
    endColumn: 91,
    excerpt: 'afrofofi',
    expected: 'afrofobi',
  }),
  finding({
    ruleId: 'child-impact-assessment',
    severity: 'info',
    message: 'Ingen uttrycklig prövning | av barnets bästa',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    excerpt: '',
  }),
];
const REVIEWS: FileReview[] = [
  { file: 'utkast.txt', findings: FINDINGS, places: 'file' },
  { file: 'ren.txt', findings: [], places: 'file' },
];
const RULE = (id: string, severity: Rule['severity']): Rule => ({
  id,
  kind: id,
  severity,
  message: 'm',
  messages: {},
  description: 'Första meningen. Andra.',
  data: {},
  file: `${id}.yaml`,
});

describe('json', () => {
  test('the contract: schemaVersion and findings with exactly the documented fields', () => {
    const json = reviewToJson(REVIEWS) as { schemaVersion: number; findings: Array<Record<string, unknown>> };
    expect(json.schemaVersion).toBe(2);
    expect(json.findings).toHaveLength(3);
    expect(json.findings[0]).toEqual({
      file: 'utkast.txt',
      ruleId: 'recipient-registry',
      severity: 'error',
      message: '"Trafiknämnden" finns inte i registret',
      line: 53,
      column: 1,
      endLine: 53,
      endColumn: 14,
      place: 'file',
      page: null,
      section: ['Beslutet skickas till'],
      excerpt: 'Trafiknämnden',
    });
  });
});

describe('sarif', () => {
  const sarif = reviewToSarif(
    REVIEWS,
    [RULE('recipient-registry', 'error'), RULE('spelling', 'warning'), RULE('child-impact-assessment', 'info'), RULE('lix', 'off')],
    '0.1.0',
  ) as any;
  test('2.1.0 with the active rules and their default levels', () => {
    expect(sarif.version).toBe('2.1.0');
    const rules = sarif.runs[0].tool.driver.rules;
    expect(rules.map((r: any) => [r.id, r.defaultConfiguration.level])).toEqual([
      ['recipient-registry', 'error'],
      ['spelling', 'warning'],
      ['child-impact-assessment', 'note'],
    ]);
    expect(rules[0].shortDescription.text).toBe('Första meningen.');
  });
  test('one result per finding, with a region and the expected text', () => {
    const results = sarif.runs[0].results;
    expect(results).toHaveLength(3);
    expect(results[1]).toMatchObject({
      ruleId: 'spelling',
      ruleIndex: 1,
      level: 'warning',
      message: { text: 'Okänt ord "afrofofi" (förslag: afrofobi)' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'utkast.txt' },
            region: { startLine: 143, startColumn: 83, endLine: 143, endColumn: 91, snippet: { text: 'afrofofi' } },
          },
        },
      ],
      properties: { expected: 'afrofobi' },
    });
  });
  test("a text file's snippet is the file's text in the region, over lines too", () => {
    const lines = ['Rubrik', 'Kommunstyrelsen fick i', 'uppdrag att utreda.'];
    const over = finding({ line: 2, column: 17, endLine: 3, endColumn: 8, excerpt: 'fick i uppdrag' });
    const run = reviewToSarif([{ file: 'a.txt', findings: [over], places: 'file', lines }], [], '0') as any;
    expect(run.runs[0].results[0].locations[0].physicalLocation.region.snippet.text).toBe('fick i\nuppdrag');
  });
  test('a DOCX paragraph and a PDF page are logical locations, with the place in properties', () => {
    const docx = reviewToSarif([{ file: 'a.docx', findings: [finding({ line: 12, column: 5 })], places: 'paragraph' }], [], '0') as any;
    const result = docx.runs[0].results[0];
    expect(result.locations[0]).toEqual({
      physicalLocation: { artifactLocation: { uri: 'a.docx' } },
      logicalLocations: [{ name: 'stycke 12', fullyQualifiedName: 'Beslutet skickas till › stycke 12', kind: 'paragraph' }],
    });
    expect(result.properties).toEqual({ paragraph: 12, column: 5, excerpt: 'Trafiknämnden' });
    const pdf = reviewToSarif([{ file: 'a.pdf', findings: [finding({ page: 3 })], places: 'text' }], [], '0') as any;
    expect(pdf.runs[0].results[0].locations[0].logicalLocations[0]).toMatchObject({ name: 'sida 3', kind: 'page' });
  });
});

describe('stylish', () => {
  const lines = reviewToStylish(REVIEWS).split('\n');
  test('file:line:col, severity in Swedish, message, rule id; the excerpt beneath', () => {
    expect(lines[0]).toBe('utkast.txt:53:1    fel      "Trafiknämnden" finns inte i registret  recipient-registry');
    expect(lines[1]).toBe('                   » Trafiknämnden');
    expect(lines[2]).toMatch(/^utkast\.txt:143:83  varning  Okänt ord "afrofofi" .*  spelling$/);
    expect(lines.at(-1)).toBe('✖ 3 anmärkningar (1 fel, 1 varning, 1 info)');
  });
  test('no colours unless asked', () => {
    expect(reviewToStylish(REVIEWS).includes('\x1b[')).toBe(false);
    expect(reviewToStylish(REVIEWS, { color: true }).includes('\x1b[31m')).toBe(true);
  });
  test('summary without problems', () => expect(summaryLine([])).toBe('✔ inga problem'));
});

describe('md', () => {
  test('a table per file; pipes escaped', () => {
    const md = reviewToMarkdown(REVIEWS);
    expect(md).toContain('| 53:1 | fel | "Trafiknämnden" finns inte i registret | `recipient-registry` | Trafiknämnden |');
    expect(md).toContain('Ingen uttrycklig prövning \\| av barnets bästa');
    expect(md).toContain('## ren.txt\n\nInga anmärkningar.');
    expect(reviewToMarkdown([{ ...REVIEWS[0], file: 'a.docx', places: 'paragraph' }])).toContain('| stycke 53:1 | fel |');
  });
});

describe('a file name and a document’s text are text in every report', () => {
  const hostile: FileReview[] = [
    {
      file: 'korpus/nämnd #2 <img src=x onerror=alert(1)>.txt',
      findings: [{ ...REVIEWS[0].findings[0], message: 'Se [här](javascript:alert(1)) *nu*', excerpt: '<script>alert(1)</script>' }],
    },
  ];

  test('Markdown: no tag, link or emphasis can form', () => {
    const md = reviewToMarkdown(hostile);
    expect(md).toContain('## korpus/nämnd #2 \\<img src=x onerror=alert(1)\\>.txt');
    expect(md).toContain('Se \\[här\\](javascript:alert(1)) \\*nu\\*');
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(md).not.toMatch(/(?<!\\)<(img|script)/);
  });

  test('SARIF: the uri is a percent-encoded URI reference (RFC 3986)', () => {
    const sarif = reviewToSarif(hostile, [], '1') as { runs: [{ results: [{ locations: [{ physicalLocation: { artifactLocation: { uri: string } } }] }] }] };
    const uri = sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    expect(uri).toBe('korpus/n%C3%A4mnd%20%232%20%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E.txt');
    expect(decodeURIComponent(uri)).toBe(hostile[0].file);
  });

  test.each([
    ['å ä ö/möte.txt', '%C3%A5%20%C3%A4%20%C3%B6/m%C3%B6te.txt'],
    ['C:\\Users\\Ö\\a#b.txt', 'C%3A/Users/%C3%96/a%23b.txt'],
    ['/tmp/ren.txt', '/tmp/ren.txt'],
  ])('fileUri(%j) → %s', (file, uri) => {
    expect(fileUri(file)).toBe(uri);
  });
});

test('--list-rules text', () => {
  expect(rulesToText([RULE('lix', 'off'), RULE('spelling', 'warning')])).toBe(
    'lix       av       lix\n          Första meningen. Andra.\nspelling  varning  spelling\n          Första meningen. Andra.',
  );
});
