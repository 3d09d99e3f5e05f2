// The terminal summary of `mrkoll analyze`: the coverage matrix as two compact tables
// (principles with shares, rights areas as counts), the ranking of categories, and the gaps.
import path from 'node:path';
import type { Analysis } from '../../analyze/index.js';
import { list, num, pct, plural } from '../../util/swedish.js';
import { isApplicable, type CategoryInfo, type CoverageRow } from '../../analyze/coverage.js';
import { columnHeads, principleOwners, shownPrinciples, shownRows } from './principles.js';
import { GAP_KINDS } from '../../analyze/gap.js';
import { categoryShort } from '../../analyze/gaps.js';
import { GAP_TITLE, NOT_APPLICABLE, VIEW_LABEL, variantNote } from './labels.js';
import { truncate, wrap } from '../format/text.js';

export interface TextOptions {
  /** Gaps listed per kind before "… och N till". */
  maxGapsPerKind?: number;
}

const NAME_WIDTH = 32;

export function analyzeToText(analysis: Analysis, options: TextOptions = {}): string {
  const result = analysis.views[analysis.view]!;
  const { coverage } = result;
  const out: string[] = [];
  out.push(`Täckning per förvaltning, ${VIEW_LABEL[analysis.view]}`, '');
  out.push(...corpusLines(analysis), '');
  const rows = shownRows(coverage);
  const principles = shownPrinciples(coverage, rows);
  const areas = coverage.categories.filter((c) => c.kind === 'area');
  out.push('Principer: antal stycken (andel av förvaltningens text)');
  const wide = principles.some((c) => rows.some((r) => !isApplicable(r, c)));
  const principleHeads = columnHeads(principles, 11);
  out.push(
    ...table(
      rows,
      principles,
      wide ? NOT_APPLICABLE.length : 11,
      (r, c) => {
        const cell = r.cells[c.id];
        if (!isApplicable(r, c)) return NOT_APPLICABLE;
        return cell?.passages ? `${cell.passages} (${pct(cell.share)})` : r.passages ? '·' : '–';
      },
      principleHeads,
    ),
    '',
  );
  out.push(...principleOwners(principles, principleHeads).flatMap((line) => wrap(line, 100, '  ', '    ')));
  out.push('Rättighetsområden: antal stycken');
  const short = columnHeads(areas, 5);
  out.push(...table(rows, areas, 5, (r, c) => (r.cells[c.id]?.passages ? String(r.cells[c.id].passages) : r.passages ? '·' : '–'), short), '');
  out.push(...wrap(areas.map((c) => `${short.get(c.id)} = ${c.label}`).join('; '), 100, '  ', '  '));
  const na = wide ? `; ${NOT_APPLICABLE} = principen hör till en annan kommuns ramverk än radens` : '';
  const expectedRows = analysis.expected.ids.length > 0 ? ` Raderna före ”Övriga” är de förväntade enligt ${analysis.expected.label}.` : '';
  out.push(`  · = inget stycke; – = finns inte i underlaget${na}.${expectedRows}`, '');

  const ranked = (kind: 'principle' | 'area') =>
    result.ranking
      .filter((c) => c.kind === kind)
      .map((c) => `${categoryShort(c)} ${c.coveredBy.length}/${c.compared}`)
      .join(', ');
  out.push('Minst täckta (antal förvaltningar som tar upp kategorin av dem som jämförs):');
  out.push(`  Principer:          ${ranked('principle')}`);
  out.push(`  Rättighetsområden:  ${ranked('area')}`, '');

  const max = options.maxGapsPerKind ?? 12;
  out.push(`Luckor (${num(result.gaps.length)})`);
  for (const kind of GAP_KINDS) {
    const gaps = result.gaps.filter((g) => g.kind === kind);
    if (gaps.length === 0) continue;
    out.push('', `${GAP_TITLE[kind]} (${num(gaps.length)})`);
    for (const g of gaps.slice(0, max)) out.push(...wrap(g.message, 100, '  - ', '    '));
    if (gaps.length > max) out.push(`  … och ${num(gaps.length - max)} till (hela listan med belägg: --out rapport.html)`);
  }
  return `${out.join('\n')}\n`;
}

export function corpusLines(analysis: Analysis): string[] {
  const c = analysis.corpus;
  const lines = [`Underlag: ${num(c.documents.length)} dokument, ${plural(c.passages, 'stycke', 'stycken')}, ${num(c.words)} ord.`];
  if (c.cities.length > 0) lines.push(`Kommuner: ${c.cities.map((x) => `${x.name} (${num(x.documents)})`).join(', ')}.`);
  if (c.skippedVariants.length > 0) {
    const which = c.skippedVariants.map((s) => `${path.basename(s.path)} (${variantNote(s)})`);
    lines.push(`Överhoppade varianter: ${num(c.skippedVariants.length)}: ${list(which, 4)}. Ta med dem med --include-variants.`);
  }
  if (c.failures.length > 0) lines.push(`Kunde inte läsas: ${num(c.failures.length)} filer (se standard fel).`);
  const present = analysis.views[analysis.view]!.coverage.rows.filter((r) => r.expected && r.passages > 0).length;
  lines.push(
    analysis.expected.source === 'none'
      ? `Förväntade: inga, ${analysis.expected.label} (ett utkast ur dokumenten: mrkoll registry init; en egen lista: --expected).`
      : `Förväntade: ${num(analysis.expected.ids.length)} enligt ${analysis.expected.label}, varav ${num(present)} finns i underlaget.`,
  );
  if (analysis.externalBodies.length > 0) {
    const named = analysis.externalBodies.map((b) => `${b.name} (${num(b.passages)})`);
    lines.push(`Nämnda organisationer utanför kommunen, som inte räknas: ${list(named, 8)}.`);
  }
  if (analysis.expected.unknown.length > 0)
    lines.push(
      `Okända namn i listan över förväntade: ${list(
        analysis.expected.unknown.map((n) => `”${n}”`),
        6,
      )}.`,
    );
  return lines;
}

function table(
  rows: CoverageRow[],
  categories: CategoryInfo[],
  width: number,
  cell: (r: CoverageRow, c: CategoryInfo) => string,
  short: Map<string, string> = new Map(categories.map((c) => [c.id, c.id])),
): string[] {
  const header = `  ${'Förvaltning'.padEnd(NAME_WIDTH)} ${'Ord'.padStart(7)}${categories.map((c) => ` ${(short.get(c.id) ?? c.id).padStart(width)}`).join('')}`;
  const lines = [header, `  ${'─'.repeat(header.length - 2)}`];
  let others = false;
  for (const r of rows) {
    if (!r.expected && !others && rows.some((x) => x.expected)) {
      lines.push(`  Övriga som nämns`);
      others = true;
    }
    const name = r.name;
    const shown = truncate(name, NAME_WIDTH);
    lines.push(`  ${shown.padEnd(NAME_WIDTH)} ${num(r.words).padStart(7)}${categories.map((c) => ` ${cell(r, c).padStart(width)}`).join('')}`);
  }
  return lines;
}
