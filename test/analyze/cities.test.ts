// A report over two cities: each city's principles for its own rows only. Malmö's P1–P4 apply to
// the Malmö minutes, SKR's national principles to the Växjö documents (Växjö has no framework of
// its own), the rights areas to both; every other cell says "ej tillämplig", in every format.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeCorpus, type Analysis } from '../../src/analyze/index.js';
import { expectedFromRegistry } from '../../src/analyze/expected.js';
import { loadAnalysisRules } from '../../src/analyze/rules.js';
import { extractDocuments } from '../../src/corpus/extract.js';
import { loadLexicons } from '../../src/lexicon/load.js';
import { analyzeToCsv } from '../../src/report/analyze/csv.js';
import { renderHtml } from '../../src/report/analyze/html/page.js';
import { analyzeToJson } from '../../src/report/analyze/json.js';
import { analyzeToMarkdown } from '../../src/report/analyze/markdown.js';
import { analyzeToText } from '../../src/report/analyze/text.js';
import { buildContext, tagDocument } from '../../src/tag/index.js';
import { makeTempDir } from '../helpers/temp.js';

const FILES = [
  'corpora/seeds/malmo-protokollsutdrag-ksau-2024-04-29.md',
  'corpora/vaxjo/tjansteskrivelse-valdeltagande-2026.md',
  'corpora/vaxjo/tjansteskrivelse-lss-gruppbostad-teleborg-2025.txt',
];
const MALMO = 'malmo/kommunstyrelsens-arbetsutskott';
const PRINCIPLES_MALMO = ['P1', 'P2', 'P3', 'P4'];
const PRINCIPLES_SKR = ['skr-icke-diskriminering', 'skr-jamlikhet', 'skr-delaktighet', 'skr-inkludering', 'skr-transparens', 'skr-ansvar'];

let analysis: Analysis;
beforeAll(async () => {
  const lexicons = loadLexicons();
  const { documents } = await extractDocuments(FILES, { cache: false });
  expect(documents.map((d) => d.metadata.city)).toEqual(['malmo', 'vaxjo', 'vaxjo']);
  const context = buildContext(lexicons);
  const tagged = documents.map((d) => tagDocument(d, context));
  const rules = loadAnalysisRules();
  analysis = analyzeCorpus(tagged, lexicons, { view: 'author', expected: expectedFromRegistry(lexicons, null, rules.expected.kinds), rules, bothViews: true });
});

const rowsOf = (a: Analysis) => a.views.author!.coverage.rows;

describe('a report over Malmö and Växjö', () => {
  it("shows each city's principles, and the national ones for the city without its own", () => {
    const ids = analysis.views.author!.coverage.categories.filter((c) => c.kind === 'principle').map((c) => c.id);
    expect(ids).toEqual([...PRINCIPLES_MALMO, ...PRINCIPLES_SKR]);
    const skr = analysis.views.author!.coverage.categories.find((c) => c.id === 'skr-ansvar')!;
    expect(skr).toMatchObject({ frameworkId: 'skr-principer', default: true, scope: 'kommuner och regioner utan egna principer' });
  });

  it('marks the other city’s principles as not applicable, row by row', () => {
    const rows = rowsOf(analysis);
    const malmo = rows.find((r) => r.id === MALMO)!;
    expect(malmo.notApplicable).toEqual(PRINCIPLES_SKR);
    const vaxjo = rows.filter((r) => r.id !== MALMO);
    expect(vaxjo.length).toBe(2);
    for (const row of vaxjo) expect(row.notApplicable).toEqual(PRINCIPLES_MALMO);
  });

  it('ranks each principle over the rows it applies to', () => {
    const ranking = analysis.views.author!.ranking;
    expect(ranking.find((c) => c.id === 'P1')?.compared).toBe(1);
    expect(ranking.find((c) => c.id === 'skr-ansvar')?.compared).toBe(2);
    expect(ranking.find((c) => c.id === 'barnratt')?.compared).toBe(3);
  });

  it('writes "ej tillämplig" in text, Markdown and CSV, never · or 0 for another city’s principle', () => {
    const text = analyzeToText(analysis);
    const malmoLine = text.split('\n').find((l) => l.includes('Kommunstyrelsens arbetsutskott'))!;
    expect(malmoLine.match(/ej tillämplig/g)).toHaveLength(PRINCIPLES_SKR.length);
    expect(text).toContain('SKR:s principer för ett rättighetsbaserat arbetssätt (kommuner och regioner utan egna principer):');
    // Column heads and their legend name the principles by label, never by slug.
    expect(text).toContain('Icke = Icke-diskriminering');
    expect(text).not.toContain('skr-');
    const md = analyzeToMarkdown(analysis);
    const mdLine = md.split('\n').find((l) => l.startsWith('| Kommunstyrelsens arbetsutskott'))!;
    expect(mdLine.match(/ej tillämplig/g)).toHaveLength(PRINCIPLES_SKR.length);
    const csv = analyzeToCsv(analysis).split('\r\n');
    const header = csv[0].split(',');
    const malmoCsv = csv.find((l) => l.startsWith(MALMO))!.split(',');
    expect(malmoCsv[header.indexOf('skr-ansvar_stycken')]).toBe('ej tillämplig');
    expect(malmoCsv[header.indexOf('P1_stycken')]).toMatch(/^\d+$/);
  });

  it('lists the categories that do not apply in JSON', () => {
    const json = analyzeToJson(analysis) as { administrations: Array<{ id: string; notApplicable: string[] }> };
    expect(json.administrations.find((a) => a.id === MALMO)?.notApplicable).toEqual(PRINCIPLES_SKR);
  });

  it('says in the HTML category filter whose each principle is, and marks the cells', () => {
    const html = renderHtml({ analysis });
    expect(html).toContain('<option value="tag:P1" data-scope="Malmö stad">P1 – ');
    expect(html).toMatch(/<option value="tag:P1" data-scope="Malmö stad">[^<]*\(Malmö stad\)<\/option>/);
    expect(html).toMatch(
      /<option value="tag:skr-delaktighet" data-scope="kommuner och regioner utan egna principer">[^<]*\(kommuner och regioner utan egna principer\)<\/option>/,
    );
    expect(html).toMatch(/<option value="tag:barnratt">Barnets rättigheter<\/option>/);
    expect(html.match(/class="na"/g)!.length).toBeGreaterThanOrEqual(2 * (PRINCIPLES_SKR.length + 2 * PRINCIPLES_MALMO.length));
  });
});

describe('a report with a document no city decides', () => {
  let mixed: Analysis;
  beforeAll(async () => {
    const dir = makeTempDir('mrkoll-unknown-city-');
    const unknown = path.join(dir, 'anteckning.txt');
    writeFileSync(unknown, 'Förvaltningen föreslår att nämnden antar planen för barnets rättigheter.\n\nAlla barn ska få delta och bli hörda.\n');
    const lexicons = loadLexicons();
    const { documents } = await extractDocuments([FILES[0], unknown], { cache: false });
    expect(documents.map((d) => d.metadata.city)).toEqual(['malmo', null]);
    const context = buildContext(lexicons);
    const rules = loadAnalysisRules();
    const tagged = documents.map((d) => tagDocument(d, context));
    mixed = analyzeCorpus(tagged, lexicons, { view: 'author', expected: expectedFromRegistry(lexicons, null, rules.expected.kinds), rules });
  });

  it('says "okänd kommun" in every format', () => {
    expect(analyzeToText(mixed)).toContain('Kommuner: Malmö stad (1), okänd kommun (1).');
    expect(analyzeToMarkdown(mixed)).toContain('- Kommuner: Malmö stad (1), okänd kommun (1).');
    const csv = analyzeToCsv(mixed).split('\r\n');
    const header = csv[0].split(',');
    expect(header.at(-1)).toBe('kommun');
    const unknownRow = csv.find((l) => l.startsWith('okand/'))!.split(',');
    expect(unknownRow[header.indexOf('kommun')]).toBe('okänd kommun');
    expect(
      csv
        .find((l) => l.startsWith(MALMO))!
        .split(',')
        .at(-1),
    ).toBe('Malmö stad');
    const json = analyzeToJson(mixed) as { corpus: { cities: unknown[] }; administrations: Array<{ id: string; cities: unknown[] }> };
    expect(json.corpus.cities).toEqual([
      { city: 'malmo', name: 'Malmö stad', documents: 1 },
      { city: null, name: 'okänd kommun', documents: 1 },
    ]);
    expect(json.administrations.find((a) => a.id.startsWith('okand/'))?.cities).toEqual([null]);
    expect(renderHtml({ analysis: mixed })).toContain('<td>okänd kommun</td>');
  });

  it('reads the document without a city with the national principles, and Malmö’s with Malmö’s', () => {
    const rows = mixed.views.author!.coverage.rows;
    expect(rows.find((r) => r.id.startsWith('okand/'))?.notApplicable).toEqual(PRINCIPLES_MALMO);
    expect(rows.find((r) => r.id === MALMO)?.notApplicable).toEqual(PRINCIPLES_SKR);
  });
});
