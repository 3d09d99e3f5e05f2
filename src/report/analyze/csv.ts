// The coverage matrix as CSV (RFC 4180, UTF-8, comma-separated, decimal point): one row per
// administration, two columns per category (passages and share of the administration's words);
// "ej tillämplig" in both where the category is another city's principle. The last column, kommun,
// names the cities of the row's documents by name ("okänd kommun" for those no city decided); it comes
// last so that the columns before it keep their places.
import type { Analysis } from '../../analyze/index.js';
import { csvTable, type CsvValue } from '../format/csv.js';
import { isApplicable } from '../../analyze/coverage.js';
import { NOT_APPLICABLE } from './labels.js';
import { cityLabel } from '../format/city.js';

export function analyzeToCsv(analysis: Analysis): string {
  const { coverage } = analysis.views[analysis.view]!;
  const header = ['id', 'namn', 'registrerad', 'forvantad', 'ord', 'stycken'];
  for (const c of coverage.categories) header.push(`${c.id}_stycken`, `${c.id}_andel`);
  header.push('kommun');
  const rows = coverage.rows.map((r) => {
    const values: CsvValue[] = [r.id, r.name, r.registered, r.expected, r.words, r.passages];
    for (const c of coverage.categories) {
      if (isApplicable(r, c)) values.push(r.cells[c.id]?.passages ?? 0, r.cells[c.id]?.share ?? 0);
      else values.push(NOT_APPLICABLE, NOT_APPLICABLE);
    }
    values.push(r.cities.map(cityLabel).join('; '));
    return values;
  });
  return csvTable(header, rows);
}

/**
 * `--evidence`: one row per piece of evidence behind the matrix, counted or shown only, with where
 * the quote stands (page, line or DOCX paragraph, heading path), the terms that tag it and what
 * makes the passage count for the administration.
 */
export function analyzeEvidenceToCsv(analysis: Analysis): string {
  const { coverage } = analysis.views[analysis.view]!;
  const header = [
    'id',
    'namn',
    'kategori',
    'raknas',
    'dokument',
    'sida',
    'rad',
    'stycke',
    'avsnitt',
    'passage',
    'citat',
    'termer',
    'knyts_genom',
    'knyts_av',
    'knyts_i_passage',
  ];
  const rows: CsvValue[][] = [];
  for (const r of coverage.rows) {
    for (const c of coverage.categories) {
      const cell = r.cells[c.id];
      if (!cell) continue;
      const items = [
        ...cell.evidence.map((e) => ({ e, counted: 'ja' })),
        ...cell.notCounted.map((e) => ({ e, counted: e.note === 'negated' ? 'nej: negerat' : 'nej: standardtext' })),
      ];
      for (const { e, counted } of items) {
        const terms = [...new Set(e.terms.map((t) => t.text))].join('; ');
        const a = e.attribution;
        rows.push([
          r.id,
          r.name,
          c.id,
          counted,
          e.document,
          e.page,
          e.line,
          e.paragraph,
          e.section.join(' › '),
          e.passage,
          e.quote,
          terms,
          a?.kind,
          a?.text,
          a?.passage,
        ]);
      }
    }
  }
  return csvTable(header, rows);
}
