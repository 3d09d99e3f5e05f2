// CSV as RFC 4180 has it, the one writer every report uses: comma-separated, UTF-8, CRLF after
// every record, fields with a comma, quote or line break quoted and their quotes doubled.

export type CsvValue = string | number | boolean | null | undefined;

/** A header and rows as one CSV text; `null` and `undefined` become empty fields. */
export function csvTable(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
