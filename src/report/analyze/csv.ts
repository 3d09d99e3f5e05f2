// The coverage matrix as CSV (RFC 4180, UTF-8, comma-separated, decimal point): one row per
// administration, two columns per category (passages and share of the administration's words);
// "ej tillämplig" in both where the category is another city's principle. The last column, kommun,
// names the cities of the row's documents ("okänd kommun" for those no city decided); it comes
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
