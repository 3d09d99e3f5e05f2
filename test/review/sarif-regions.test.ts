// Every review finding on every seed, fixture and Växjö document points at its text in the file:
// a SARIF region of a text file holds, in the file, the very text the finding is about (its
// snippet is that text), and a DOCX finding's paragraph and columns hold it in the Word file.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/corpus/extract.js';
import { readWordParagraphs } from '../../src/ingest/docx-paragraphs.js';
import { readZipEntry } from '../../src/ingest/zip.js';
import { reviewToSarif, textAt, type FileReview } from '../../src/report/review/index.js';
import { lineIndex } from '../../src/review/line-column.js';
import type { Finding } from '../../src/review/index.js';
import { SHARED } from '../helpers/ingest.js';
import { reviewer, type Reviewer } from './helpers.js';

const files = (dir: string, extensions: RegExp) =>
  readdirSync(path.join(SHARED, dir))
    .filter((f) => extensions.test(f))
    .map((f) => path.join(dir, f));

/** What a reader sees of a stretch of file text: markup, line-end hyphens and white space aside. */
const letters = (text: string) =>
  text
    .replace(/&[a-z]+;|<[^>]*>|\*\*|\\/giu, '')
    .replace(/-\s*\n\s*/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Whether the file's text `there` is what the finding found: it starts and ends alike, and holds
 * every letter of `excerpt` in order (a region may span a footnote or page furniture that the
 * extracted text left out).
 */
function holds(there: string, excerpt: string): boolean {
  const a = letters(there);
  const b = letters(excerpt);
  if (!a.startsWith(b.slice(0, 8)) || !a.endsWith(b.slice(-8))) return false;
  let i = 0;
  for (const c of a) if (c === b[i]) i++;
  return i === b.length;
}

let review: Reviewer;
beforeAll(async () => {
  review = await reviewer();
});

describe.each([...files('seeds', /\.(txt|md)$/u), ...files('vaxjo', /\.(txt|md)$/u)])('%s', (file) => {
  it('every SARIF region holds its snippet, and the snippet is what the finding found', async () => {
    const full = path.join(SHARED, file);
    const doc = await extractDocument(full);
    const findings = review.review(doc);
    const lines = readFileSync(full, 'utf8').split(/\r?\n/u);
    const fileReview: FileReview = { file: full, findings, places: lineIndex(doc.text, doc).kind, lines };
    expect(fileReview.places).toBe('file');
    const sarif = reviewToSarif([fileReview], review.ruleSet.rules, '0') as { runs: [{ results: SarifResult[] }] };
    const results = sarif.runs[0].results;
    expect(results).toHaveLength(findings.length);
    let regions = 0;
    results.forEach((result, i) => {
      const region = result.locations[0].physicalLocation.region!;
      const f = findings[i];
      if (!f.excerpt) return;
      regions++;
      const there = textAt(lines, { line: region.startLine, column: region.startColumn, endLine: region.endLine, endColumn: region.endColumn });
      expect(region.snippet?.text, `${f.ruleId} ${region.startLine}:${region.startColumn}`).toBe(there);
      expect(holds(there, f.excerpt), `${f.ruleId} ${region.startLine}:${region.startColumn}: ${there}`).toBe(true);
    });
    expect(regions).toBeGreaterThan(0);
  });
});

describe.each([...files('fixtures', /\.docx$/u), ...files('vaxjo', /\.docx$/u)])('%s', (file) => {
  it("every finding's paragraph and columns hold its excerpt", async () => {
    const full = path.join(SHARED, file);
    const doc = await extractDocument(full);
    const findings: Finding[] = review.review(doc);
    expect(lineIndex(doc.text, doc).kind).toBe('paragraph');
    const xml = await readZipEntry(readFileSync(full), 'word/document.xml');
    const paragraphs = readWordParagraphs(xml!.toString('utf8')).paragraphs.map((p) => p.text);
    const found = findings.filter((f) => f.excerpt);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(holds(textAt(paragraphs, f), f.excerpt), `${f.ruleId} ${f.line}:${f.column}`).toBe(true);
  });
});

describe('the seed memo', () => {
  it('"Åtterrapporeringen" is on line 23, column 299, as in the file', async () => {
    const doc = await extractDocument(path.join(SHARED, 'seeds/malmo-tjansteskrivelse-stk-2023-138-b.txt'));
    const f = review.review(doc, 'spelling').find((x) => x.excerpt === 'Åtterrapporeringen')!;
    expect([f.line, f.column, f.endLine, f.endColumn]).toEqual([23, 299, 23, 317]);
  });
});

interface SarifResult {
  locations: [{ physicalLocation: { region?: { startLine: number; startColumn: number; endLine: number; endColumn: number; snippet?: { text: string } } } }];
}
