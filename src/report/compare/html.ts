// A comparison of corpora as one self-contained HTML page: tables, and small inline SVG charts.
import type { Comparison, CoverageChange } from '../../compare/index.js';
import { num } from '../../util/swedish.js';
import { adminName, arrow, changeLegend, corpusLine, decimal, g2Cell, moverDetail, namingSentence, rateChange, tagLabel, title } from './index.js';
import { changeChart, termChart } from './svg.js';
import { esc, withContentSecurityPolicy } from '../format/html.js';
import { generatorMeta } from '../format/signature.js';

const STYLE = `
body { font: 15px/1.45 system-ui, sans-serif; color: #222; max-width: 1100px; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; margin: .5rem 0 1rem; } th, td { padding: .2rem .6rem; border-bottom: 1px solid #eee; text-align: left; }
code { overflow-wrap: anywhere; } li { overflow-wrap: anywhere; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.up { color: #2f7d4f; } .down { color: #b5452f; } .muted { color: #777; }
.side { display: flex; gap: 0 2rem; flex-wrap: wrap; } .side > div { flex: 1 1 min(420px, 100%); min-width: 0; }
svg.chart { max-width: 100%; height: auto; display: block; margin: .5rem 0; }
.wide { overflow-x: auto; max-width: 100%; }
.same { color: #555; }
@media (max-width: 600px) { body { margin: 1rem auto; font-size: 14px; } th, td { padding: .2rem .35rem; } }
@media print { .wide { overflow: visible; } svg.chart { break-inside: avoid; } h2 { break-after: avoid; } }
`;

export function compareToHtml(c: Comparison, options: { top: number; version?: string }): string {
  const labels = c.corpora.map((x) => x.label);
  const [first, last] = [labels[0], labels[labels.length - 1]];
  const bar = (x: CoverageChange) => {
    const label = `${adminName(c, x.administration)} — ${tagLabel(c, x.tag, 60)}`;
    return { label, value: rateDelta(x), text: `${rateChange(x)}${x.significant ? ' *' : ''}`, title: `${label}: ${moverDetail(x)}` };
  };
  const terms = c.terms.slice(0, options.top);
  const parts: string[] = [];
  parts.push(`<h1>${esc(title(c))}</h1>`, '<h2>Underlag</h2><ul>');
  for (const x of c.corpora) parts.push(`<li><strong>${esc(x.label)}</strong>: ${esc(corpusLine(x))}</li>`);
  parts.push('</ul>');

  parts.push(
    '<h2>Ändrad täckning</h2>',
    `<p>Stycken per förvaltning och princip/område som räknas som täckning, ${esc(first)} → ${esc(last)}, också per 10 000 ord och per dokument.</p>`,
  );
  if (c.changes.length === 0) parts.push('<p>Ingen förvaltning har ändrat vad den tar upp.</p>');
  else {
    const chartRows = [...c.changes].sort((a, b) => rateDelta(b) - rateDelta(a)).filter((_, i, all) => all.length <= 24 || i < 12 || i >= all.length - 12);
    parts.push(changeChart(chartRows.map(bar)));
    parts.push(
      table(
        ['förvaltning', 'princip/område', ...labels.flatMap((l) => [`${l} stycken`, `${l} per 10 000 ord`, `${l} per dokument`]), 'ändring', 'G²'],
        c.changes.map((x) => [
          adminName(c, x.administration),
          tagLabel(c, x.tag, 80),
          ...x.counts.flatMap((n, i) => [num(n), decimal(x.perTenThousandWords[i]), decimal(x.perDocument[i], 2)]),
          signedCell(x),
          g2Cell(x),
        ]),
        (i) => i >= 2,
      ),
      `<p class="muted">${esc(changeLegend(c))}</p>`,
    );
  }
  parts.push('<div class="side"><div><h2>Största ökningar</h2><p class="muted">Stycken per 10 000 ord.</p>', moverList(c, c.movers.up), '</div>');
  parts.push('<div><h2>Största minskningar</h2><p class="muted">Stycken per 10 000 ord.</p>', moverList(c, c.movers.down), '</div></div>');
  parts.push(
    '<div class="side"><div>',
    `<h2>Tillkomna förvaltningar</h2><p class="muted">Täckning i ${esc(last)} men inte i ${esc(first)}.</p>`,
    idList(c, c.appeared),
    '</div>',
  );
  parts.push(
    '<div>',
    `<h2>Tystnade förvaltningar</h2><p class="muted">Täckning i ${esc(first)} men inte i ${esc(last)}.</p>`,
    idList(c, c.disappeared),
    '</div></div>',
  );

  parts.push('<h2>Ord som ökat eller minskat mest</h2>');
  parts.push(
    '<p class="muted">Log-likelihood G² (3,84 ≈ p &lt; 0,05; 6,63 ≈ p &lt; 0,01; 15,13 ≈ p &lt; 0,0001) med log ratio som effektmått; staplarna visar förekomster per 10 000 ord.</p>',
  );
  if (terms.length === 0) parts.push('<p>Inga ord skiljer sig signifikant.</p>');
  else {
    parts.push(termChart(terms, labels));
    parts.push(
      table(
        ['ord', ...labels, 'G²', 'log ratio', ''],
        terms.map((t) => [t.term, ...t.counts.map(num), decimal(t.g2), decimal(t.logRatio, 2), { html: `<span class="${t.direction}">${arrow(t)}</span>` }]),
        (i) => i >= 1 && i <= labels.length + 2,
      ),
    );
  }
  parts.push('<h2>Namnvarianter som ändrats</h2>');
  parts.push(c.naming.length === 0 ? '<p>Inga.</p>' : `<ul>${c.naming.map((n) => `<li>${esc(namingSentence(c, n))}</li>`).join('')}</ul>`);
  if (c.frameworks.length > 0) {
    parts.push('<h2>Ramverken sida vid sida</h2><div class="side">');
    for (const f of c.frameworks) {
      parts.push(`<div><h3>${esc(f.corpus)}: ${esc(f.title)}</h3>`);
      parts.push(
        table(
          ['', 'kategori', 'förvaltningar', 'stycken'],
          f.categories.map((x) => [x.id, x.label, num(x.administrations), num(x.passages)]),
          (i) => i >= 2,
        ),
      );
      parts.push('</div>');
    }
    parts.push('</div>');
  }
  const head = `<meta charset="utf-8">${generatorMeta(options.version)}<title>${esc(title(c))}</title><style>${STYLE}</style>`;
  return withContentSecurityPolicy(`<!doctype html>\n<html lang="sv"><head>${head}</head>\n<body>\n${parts.join('\n')}\n</body></html>`);
}

/** Markup that goes into a cell as it is; every plain string is escaped. */
interface Raw {
  html: string;
}
type Cell = string | Raw;

function table(header: readonly string[], rows: readonly (readonly Cell[])[], numeric: (i: number) => boolean): string {
  const th = header.map((h, i) => `<th${numeric(i) ? ' class="n"' : ''}>${esc(h)}</th>`).join('');
  const td = (cell: Cell, i: number) => `<td${numeric(i) ? ' class="n"' : ''}>${typeof cell === 'string' ? esc(cell) : cell.html}</td>`;
  const body = rows.map((r) => `<tr>${r.map(td).join('')}</tr>`).join('\n');
  // Each table scrolls in its own box, so that a wide one never widens the page on a phone.
  return `<div class="wide"><table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

function signedCell(x: CoverageChange): Raw {
  return { html: `<span class="${x.direction}">${esc(rateChange(x))}</span>` };
}

function rateDelta(x: CoverageChange): number {
  return (x.perTenThousandWords.at(-1) ?? 0) - (x.perTenThousandWords[0] ?? 0);
}

function moverList(c: Comparison, movers: readonly CoverageChange[]): string {
  if (movers.length === 0) return '<p>Inga.</p>';
  const items = movers.map(
    (x) =>
      `<li><span class="${x.direction}">${esc(rateChange(x))}</span> ${esc(adminName(c, x.administration))} — ${esc(tagLabel(c, x.tag))} (${esc(moverDetail(x))})</li>`,
  );
  return `<ul>${items.join('')}</ul>`;
}

function idList(c: Comparison, ids: readonly string[]): string {
  return ids.length === 0 ? '<p>Inga.</p>' : `<ul>${ids.map((id) => `<li>${esc(adminName(c, id))} <code>${esc(id)}</code></li>`).join('')}</ul>`;
}
