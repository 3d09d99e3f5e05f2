// The coverage matrix as CSV (RFC 4180, UTF-8, comma-separated, decimal point): one row per
// administration, two columns per category (passages and share of the administration's words).
import type { Analysis } from '../../aggregate/analysis/analyze.js';

export function analyzeToCsv(analysis: Analysis): string {
  const { coverage } = analysis.views[analysis.view]!;
  const header = ['id', 'namn', 'registrerad', 'forvantad', 'ord', 'stycken'];
  for (const c of coverage.categories) header.push(`${c.id}_stycken`, `${c.id}_andel`);
  const lines = [header.map(field).join(',')];
  for (const r of coverage.rows) {
    const values: Array<string | number | boolean> = [r.id, r.name, r.registered, r.expected, r.words, r.passages];
    for (const c of coverage.categories) values.push(r.cells[c.id]?.passages ?? 0, r.cells[c.id]?.share ?? 0);
    lines.push(values.map(field).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function field(value: string | number | boolean): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
