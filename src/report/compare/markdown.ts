// A comparison of corpora as Markdown, for pasting into a report or a ticket.
import type { Comparison, CoverageChange } from '../../compare/index.js';
import { num } from '../../util/swedish.js';
import { adminName, arrow, changeLegend, decimal, g2Cell, moverDetail, namingSentence, rateChange, tagLabel, title } from './index.js';
import { mdText } from '../format/markdown.js';
import { cityLabel } from '../format/city.js';

const cell = (text: string) => mdText(text);

function mdTable(header: readonly string[], rows: readonly (readonly string[])[], numeric: (i: number) => boolean): string[] {
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `|${header.map((_, i) => (numeric(i) ? '---:' : '---')).join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

export function compareToMarkdown(c: Comparison, options: { top: number }): string {
  const labels = c.corpora.map((x) => x.label);
  const [first, last] = [labels[0], labels[labels.length - 1]];
  const out: string[] = [`# ${cell(title(c))}`, '', '## Underlag', ''];
  out.push(
    ...mdTable(
      ['korpus', 'dokument', 'stycken', 'ord', 'stad', 'år'],
      c.corpora.map((x) => [x.label, num(x.documents), num(x.passages), num(x.words), cityLabel(x.city), x.years.join(', ') || '–']),
      (i) => i >= 1 && i <= 3,
    ),
  );
  out.push('', `## Ändrad täckning`, '', `Stycken per förvaltning och princip/område som räknas som täckning, ${cell(first)} → ${cell(last)}.`, '');
  if (c.changes.length === 0) out.push('Ingen förvaltning har ändrat vad den tar upp.');
  else {
    const rows = c.changes.map((x) => [adminName(c, x.administration), tagLabel(c, x.tag), ...rateCells(x), rateChange(x), g2Cell(x)]);
    out.push(...mdTable(['förvaltning', 'princip/område', ...rateHeaders(labels), 'ändring', 'G²'], rows, (i) => i >= 2));
    out.push('', cell(changeLegend(c)));
  }
  out.push('', '## Största ökningar', '', 'Stycken per 10 000 ord.', '', ...moverList(c, c.movers.up));
  out.push('', '## Största minskningar', '', 'Stycken per 10 000 ord.', '', ...moverList(c, c.movers.down));
  out.push('', '## Tillkomna och tystnade förvaltningar', '');
  out.push(`- Tillkomna (täckning i ${cell(last)}, inte i ${cell(first)}): ${names(c, c.appeared)}`);
  out.push(`- Tystnade (täckning i ${cell(first)}, inte i ${cell(last)}): ${names(c, c.disappeared)}`);
  out.push(
    '',
    '## Ord som ökat eller minskat mest',
    '',
    'Log-likelihood G² (3,84 ≈ p < 0,05; 6,63 ≈ p < 0,01; 15,13 ≈ p < 0,0001) med log ratio som effektmått (+1 = dubbelt så vanligt).',
    '',
  );
  if (c.terms.length === 0) out.push('Inga ord skiljer sig signifikant.');
  else {
    const rows = c.terms.slice(0, options.top).map((t) => [t.term, ...t.counts.map(num), decimal(t.g2), decimal(t.logRatio, 2), arrow(t)]);
    out.push(...mdTable(['ord', ...labels, 'G²', 'log ratio', ''], rows, (i) => i >= 1 && i <= labels.length + 2));
  }
  out.push('', '## Namnvarianter som ändrats', '');
  out.push(...(c.naming.length === 0 ? ['Inga.'] : c.naming.map((n) => `- ${cell(namingSentence(c, n))}`)));
  if (c.frameworks.length > 0) {
    out.push('', '## Ramverken sida vid sida', '');
    for (const f of c.frameworks) {
      out.push(`### ${cell(f.corpus)}: ${cell(f.title)}`, '');
      out.push(
        ...mdTable(
          ['', 'kategori', 'förvaltningar', 'stycken'],
          f.categories.map((x) => [x.id, x.label, num(x.administrations), num(x.passages)]),
          (i) => i >= 2,
        ),
        '',
      );
    }
  }
  return out.join('\n');
}

function moverList(c: Comparison, movers: readonly CoverageChange[]): string[] {
  if (movers.length === 0) return ['Inga.'];
  return movers.map((x) => `- **${rateChange(x)}** ${cell(adminName(c, x.administration))} — ${cell(tagLabel(c, x.tag))} (${moverDetail(x)})`);
}

/** Per corpus: passages, per 10 000 words, per document. */
function rateHeaders(labels: readonly string[]): string[] {
  return labels.flatMap((l) => [`${l} stycken`, `${l} per 10 000 ord`, `${l} per dokument`]);
}

function rateCells(x: CoverageChange): string[] {
  return x.counts.flatMap((n, i) => [num(n), decimal(x.perTenThousandWords[i]), decimal(x.perDocument[i], 2)]);
}

function names(c: Comparison, ids: readonly string[]): string {
  return ids.length === 0 ? 'inga' : ids.map((id) => `${cell(adminName(c, id))} (\`${id.replace(/[`\p{Cc}]/gu, '')}\`)`).join(', ');
}
