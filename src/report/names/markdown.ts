// Names as Markdown: one table per group, the variants with counts, documents and writers.
import path from 'node:path';
import { num } from '../../util/swedish.js';
import type { NameGroupKind, NamesReport } from '../../names/index.js';
import { CONFIDENCE_LABEL, groupTitles, NAME_KIND_TITLE, statusLabel } from './labels.js';
import { place } from '../format/evidence.js';
import { mdText as esc } from '../format/markdown.js';

const KINDS: NameGroupKind[] = ['administration', 'concept', 'title', 'spelling'];

/** `level` is the heading level of the section ("## Namn" at 2). */
export function namesToMarkdown(report: NamesReport, level = 1): string {
  const h = (n: number) => '#'.repeat(Math.min(level + n, 6));
  const out = [`${h(0)} Namn, begrepp och stavning`, ''];
  const titleOf = groupTitles(report.groups);
  for (const kind of KINDS) {
    const groups = report.groups.filter((g) => g.kind === kind && g.inconsistent);
    out.push(`${h(1)} ${NAME_KIND_TITLE[kind]} (${num(groups.length)} med varianter)`, '');
    if (groups.length === 0) out.push('Inga varianter.', '');
    for (const g of groups) {
      out.push(
        `**${esc(titleOf(g))}**${g.confidence === 'high' ? '' : ` (säkerhet: ${CONFIDENCE_LABEL[g.confidence]})`}${g.note ? ` — ${esc(g.note)}` : ''}`,
        '',
      );
      out.push('| Form | Antal | Status | Dokument | Exempel |', '|---|---:|---|---|---|');
      for (const v of g.variants) {
        const example = v.examples[0] ? `${esc(v.examples[0].quote)} (${esc(place(v.examples[0]))})` : '';
        out.push(
          `| ${esc(v.text)} | ${num(v.count)} | ${statusLabel(g.kind, v.status, g.unregistered)} | ${v.documents.map((d) => esc(path.basename(d))).join(', ')} | ${example} |`,
        );
      }
      out.push('');
    }
  }
  return out.join('\n');
}
