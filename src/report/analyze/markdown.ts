// `mrkoll analyze --format md`: the matrix, the ranking and every gap with its evidence, for a
// reader who wants the report as text (in a wiki, a pull request, a mail).
import type { Analysis } from '../../analyze/index.js';
import type { EvidenceRef } from '../../corpus/evidence.js';
import { num, pct } from '../../util/swedish.js';
import { isApplicable, type CategoryInfo, type CoverageRow } from '../../analyze/coverage.js';
import { GAP_KINDS } from '../../analyze/gap.js';
import { categoryName, categoryShort } from '../../analyze/gaps.js';
import type { NamesReport } from '../../names/index.js';
import { namesToMarkdown } from '../names/markdown.js';
import { corpusLines } from './text.js';
import { principleOwners, shownPrinciples, shownRows } from './principles.js';
import { GAP_HELP, GAP_TITLE, NOT_APPLICABLE, VIEW_LABEL } from './labels.js';
import { attributionText, place } from '../format/evidence.js';
import { mdText } from '../format/markdown.js';

const EVIDENCE_PER_GAP = 3;

export function analyzeToMarkdown(analysis: Analysis, names: NamesReport | null = null): string {
  const result = analysis.views[analysis.view]!;
  const { coverage } = result;
  const out: string[] = ['# Mänskliga rättigheter: täckning och luckor', ''];
  out.push(`Täckning per förvaltning, ${VIEW_LABEL[analysis.view]}.`, '');
  for (const line of corpusLines(analysis)) out.push(`- ${mdText(line)}`);
  out.push('');
  const rows = shownRows(coverage);
  const principles = shownPrinciples(coverage, rows);
  const na = principles.some((c) => rows.some((r) => !isApplicable(r, c))) ? ` ${NOT_APPLICABLE} = principen hör till en annan kommuns ramverk än radens.` : '';
  out.push('## Principer', '', `Antal stycken och andel av förvaltningens text. – = finns inte i underlaget.${na}`, '');
  for (const line of principleOwners(principles)) out.push(`- ${mdText(line)}`);
  if (principles.length > 0) out.push('');
  out.push(...matrix(rows, principles, true), '');
  out.push('## Rättighetsområden', '', 'Antal stycken.', '');
  out.push(
    ...matrix(
      rows,
      coverage.categories.filter((c) => c.kind === 'area'),
      false,
    ),
    '',
  );
  out.push('## Minst täckta', '', '| Kategori | Förvaltningar som tar upp den | Andel |', '|---|---|---|');
  for (const c of result.ranking) out.push(`| ${mdText(categoryName(c))} | ${num(c.coveredBy.length)} av ${num(c.compared)} | ${pct(c.share)} |`);
  out.push('', `## Luckor (${num(result.gaps.length)})`, '');
  for (const kind of GAP_KINDS) {
    const gaps = result.gaps.filter((g) => g.kind === kind);
    if (gaps.length === 0) continue;
    out.push(`### ${GAP_TITLE[kind]} (${num(gaps.length)})`, '', `_${GAP_HELP[kind]}_`, '');
    for (const g of gaps) {
      out.push(`- ${mdText(g.message)}`);
      for (const e of g.evidence.slice(0, EVIDENCE_PER_GAP)) out.push(`  > ${quote(e)} — ${mdText([place(e), attributionText(e)].filter(Boolean).join('; '))}`);
    }
    out.push('');
  }
  if (names) out.push(namesToMarkdown(names, 3));
  return `${out.join('\n').trimEnd()}\n`;
}

function matrix(rows: CoverageRow[], categories: CategoryInfo[], shares: boolean): string[] {
  const lines = [
    `| Förvaltning | Ord |${categories.map((c) => ` ${mdText(categoryShort(c))} |`).join('')}`,
    `|---|---:|${categories.map(() => '---:|').join('')}`,
  ];
  for (const r of rows) {
    const cells = categories.map((c) => {
      const cell = r.cells[c.id];
      if (!isApplicable(r, c)) return NOT_APPLICABLE;
      if (!r.passages) return '–';
      if (!cell?.passages) return '0';
      return shares ? `${cell.passages} (${pct(cell.share)})` : String(cell.passages);
    });
    lines.push(`| ${mdText(r.name)}${r.expected ? '' : ' (ej förväntad)'} | ${num(r.words)} |${cells.map((c) => ` ${c} |`).join('')}`);
  }
  return lines;
}

/** The quote with the matched words in bold. */
export function quote(e: EvidenceRef): string {
  if (!e.match) return mdText(e.quote);
  const [a, b] = e.match;
  return `${mdText(e.quote.slice(0, a))}**${mdText(e.quote.slice(a, b))}**${mdText(e.quote.slice(b))}`;
}
