// CSV as RFC 4180 has it, the one writer every report uses: comma-separated, UTF-8, CRLF after
// every record, fields with a comma, quote or line break quoted and their quotes doubled. Text
// that a spreadsheet would run as a formula is defused.

export type CsvValue = string | number | boolean | null | undefined;

/** A header and rows as one CSV text; `null` and `undefined` become empty fields. */
export function csvTable(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

// Excel, LibreOffice and Google Sheets start a formula at =, +, - or @, and skip a leading tab or
// carriage return to find one.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field. A number stays a number (-3 is a delta, not a formula); text that a spreadsheet would
 * run as a formula (`=HYPERLINK(…)`, `+1+1`, `@SUM(…)`, `-2+3` from a document, a file name or a
 * corpus label) gets a leading apostrophe, as OWASP advises, and is shown as text.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const raw = String(value);
  const text = typeof value === 'string' && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
