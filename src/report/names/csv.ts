// Names as CSV: one row per variant.
import type { NamesReport } from '../../names/index.js';
import { csvTable } from '../format/csv.js';

export function namesToCsv(report: NamesReport): string {
  const header = ['typ', 'grupp', 'kanonisk', 'avvikande_grupp', 'form', 'antal', 'status', 'dokument', 'forvaltningar', 'sakerhet'];
  const rows = report.groups.flatMap((g) =>
    g.variants.map((v) => [
      g.kind,
      g.id,
      g.canonical,
      g.inconsistent,
      v.text,
      v.count,
      v.status,
      v.documents.join(' '),
      v.administrations.join(' '),
      g.confidence,
    ]),
  );
  return csvTable(header, rows);
}
