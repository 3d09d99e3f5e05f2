// The terminal listing of `mrkoll names`: inconsistent groups in full, consistent ones counted.
import path from 'node:path';
import { num } from '../../util/swedish.js';
import type { NameGroupKind, NamesReport } from '../../names/index.js';
import { CONFIDENCE_LABEL, groupTitles, NAME_KIND_TITLE, statusLabel } from './labels.js';
import { wrap } from '../format/text.js';

const KINDS: NameGroupKind[] = ['administration', 'concept', 'title', 'spelling'];

export function namesToText(report: NamesReport, options: { all?: boolean; hidden?: number; authors?: Map<string, string> } = {}): string {
  const out: string[] = [];
  const nameOf = (id: string) => options.authors?.get(id) ?? id;
  const titleOf = groupTitles(report.groups);
  for (const kind of KINDS) {
    const groups = report.groups.filter((g) => g.kind === kind);
    const shown = groups.filter((g) => options.all || g.inconsistent);
    out.push(`${NAME_KIND_TITLE[kind]}: ${num(shown.length)} med varianter${kind === 'spelling' ? '' : ` av ${num(groups.length)}`}`);
    for (const g of shown) {
      out.push(`  ${titleOf(g)}${g.confidence === 'high' ? '' : ` (säkerhet: ${CONFIDENCE_LABEL[g.confidence]})`}`);
      const width = Math.min(60, Math.max(...g.variants.map((v) => v.text.length)));
      for (const v of g.variants) {
        const mark =
          v.status === 'canonical' || v.status === 'preferred' || v.status === 'alias'
            ? '✓'
            : v.status === 'possible' || v.status === 'abbreviation'
              ? '?'
              : '✗';
        out.push(`    ${mark} ${v.text.padEnd(width)}  ${String(v.count).padStart(4)}×  ${statusLabel(kind, v.status, g.unregistered)}`);
        if (v.count === 0) continue;
        const docs = v.documents.map((d) => path.basename(d)).join(', ');
        out.push(...wrap(`i ${docs}; skrivet av ${v.administrations.map(nameOf).join(', ')}`, 110, '        ', '          '));
      }
      if (g.note) out.push(...wrap(g.note, 100, '      ', '      '));
    }
    out.push('');
  }
  if (options.hidden) out.push(`${num(options.hidden)} osäkra stavningsgrupper visas inte (--uncertain visar dem).`);
  return `${out.join('\n').trimEnd()}\n`;
}
