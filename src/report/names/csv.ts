// Names as CSV: one row per variant.
import type { NamesReport } from '../../aggregate/names/index.js';
import { field } from '../analyze/csv.js';

export function namesToCsv(report: NamesReport): string {
  const lines = [['typ', 'grupp', 'kanonisk', 'avvikande_grupp', 'form', 'antal', 'status', 'dokument', 'forvaltningar'].join(',')];
  for (const g of report.groups) {
    for (const v of g.variants) {
      lines.push([g.kind, g.id, g.canonical, g.inconsistent, v.text, v.count, v.status, v.documents.join(' '), v.administrations.join(' ')].map(field).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
