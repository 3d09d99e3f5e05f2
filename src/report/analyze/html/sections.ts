// The HTML report's gaps and names sections: every finding with its reason and evidence, every
// naming variant with its counts, documents and writers.
import path from 'node:path';
import type { ViewResult } from '../../../analyze/index.js';
import type { EvidenceRef } from '../../../corpus/evidence.js';
import { num, plural } from '../../../util/swedish.js';
import { categoryName } from '../../../analyze/gaps.js';
import type { View } from '../../../analyze/coverage.js';
import { GAP_KINDS } from '../../../analyze/gap.js';
import type { NameGroupKind, NamesReport } from '../../../names/index.js';
import { GAP_HELP, GAP_TITLE, VIEW_SHORT } from '../labels.js';
import { groupTitles, NAME_KIND_TITLE, statusLabel } from '../../names/labels.js';
import { evidenceData, QUOTES_PER_CELL, type Mark } from './matrix.js';
import { esc } from '../../format/html.js';

/** Text with its marks as mark elements (what attributes the passage in class "attr"). */
function markedHtml(text: string, marks: Mark[]): string {
  let at = 0;
  let out = '';
  for (const [start, end, kind] of marks) {
    out += `${esc(text.slice(at, start))}<mark${kind === 'attr' ? ' class="attr"' : ''}>${esc(text.slice(start, end))}</mark>`;
    at = end;
  }
  return out + esc(text.slice(at));
}

export function quoteHtml(e: EvidenceRef): string {
  const data = evidenceData(e);
  const why = data.why ? `<p class="why">${esc(data.why)}</p>` : '';
  const context = data.context
    ? `<details class="context"><summary>Visa i stycket</summary><p>${markedHtml(data.context.text, data.context.marks)}</p></details>`
    : '';
  return `<blockquote>${markedHtml(data.quote, data.marks)}${why}${context}<cite>${esc(data.where)} · ${esc(e.passage)}</cite></blockquote>`;
}

export function gapsSection(view: View, result: ViewResult, hidden: boolean): string {
  const names = new Map(result.coverage.rows.map((r) => [r.id, r.name]));
  const kinds = new Map(result.coverage.categories.map((c) => [c.id, c.kind]));
  const parts = GAP_KINDS.map((kind) => {
    const gaps = result.gaps.filter((g) => g.kind === kind);
    if (gaps.length === 0) return '';
    const items = gaps
      .map((g) => {
        const attrs = [
          `data-kind="${g.kind}"`,
          g.administration
            ? `data-adm="${esc(g.administration)}" data-name="${esc((names.get(g.administration) ?? g.administration).toLocaleLowerCase('sv'))}"`
            : '',
          g.tag ? `data-tag="${esc(g.tag)}" data-tag-kind="${kinds.get(g.tag) ?? ''}"` : '',
        ].join(' ');
        const evidence = g.evidence.length
          ? `<details><summary>Belägg (${num(g.evidence.length)})</summary>${g.evidence.map(quoteHtml).join('')}</details>`
          : '';
        return `<li class="gap" ${attrs}><p>${esc(g.message)}</p>${evidence}</li>`;
      })
      .join('\n');
    return `<section class="gap-kind" aria-labelledby="gap-${view}-${kind}"><h3 id="gap-${view}-${kind}">${esc(GAP_TITLE[kind])} <span class="count">${num(gaps.length)}</span></h3>
<p class="help">${esc(GAP_HELP[kind])}</p><ul>
${items}
</ul></section>`;
  }).join('\n');
  return `<div class="view" data-view="${view}"${hidden ? ' hidden' : ''}>${parts || '<p>Inga luckor hittades.</p>'}</div>`;
}

const NAME_KINDS: NameGroupKind[] = ['administration', 'concept', 'title', 'spelling'];

export function namesSection(report: NamesReport, authors: Map<string, string>): string {
  const nameOf = (id: string) => authors.get(id) ?? id;
  const titleOf = groupTitles(report.groups);
  return NAME_KINDS.map((kind) => {
    const all = report.groups.filter((g) => g.kind === kind);
    const groups = all.filter((g) => g.inconsistent);
    const body = groups
      .map((g) => {
        const rows = g.variants
          .map(
            (
              v,
            ) => `<tr class="status-${v.status}"><td>${esc(v.text)}</td><td class="num">${num(v.count)}</td><td>${esc(statusLabel(g.kind, v.status, g.unregistered))}</td>
<td>${v.documents.map((d) => esc(path.basename(d))).join(', ')}</td><td>${v.administrations.map((a) => esc(nameOf(a))).join(', ')}</td>
<td>${v.examples.length ? `<details><summary>${num(v.examples.length)}</summary>${v.examples.map(quoteHtml).join('')}</details>` : ''}</td></tr>`,
          )
          .join('\n');
        const admins = [...new Set(g.variants.flatMap((v) => [...v.administrations, ...(v.about ?? [])]))].join(' ');
        return `<article class="name-group" data-name="${esc(g.canonical.toLocaleLowerCase('sv'))}" data-adms="${esc(admins)}">
<h4>${esc(titleOf(g))}</h4>${g.note ? `<p class="help">${esc(g.note)}</p>` : ''}
<table class="variants"><thead><tr><th scope="col">Form</th><th scope="col">Antal</th><th scope="col">Status</th><th scope="col">Dokument</th><th scope="col">Skriven av</th><th scope="col">Exempel</th></tr></thead>
<tbody>${rows}</tbody></table></article>`;
      })
      .join('\n');
    const none = groups.length === 0 ? '<p>Inga varianter.</p>' : '';
    const of = kind === 'spelling' ? '' : ` av ${num(all.length)}`;
    return `<section aria-labelledby="names-${kind}"><h3 id="names-${kind}">${esc(NAME_KIND_TITLE[kind])} <span class="count">${num(groups.length)}${of}</span></h3>${none}${body}</section>`;
  }).join('\n');
}

/** Quotes per cell in the printed appendix: the screen has them all a click away, paper does not. */
const PRINTED_QUOTES = 2;

/**
 * Every counted cell with its first quotes, for paper only (hidden on screen, where a click on
 * the cell shows them): a printed report must carry its evidence.
 */
export function printEvidenceSection(view: View, result: ViewResult): string {
  const categories = new Map(result.coverage.categories.map((c) => [c.id, c]));
  const blocks: string[] = [];
  for (const row of result.coverage.rows) {
    for (const [tag, cell] of Object.entries(row.cells)) {
      const category = categories.get(tag);
      if (!category || cell.passages === 0) continue;
      const more = cell.passages - PRINTED_QUOTES;
      // The analysis keeps a bounded number of quotes per cell (rules: evidencePerCell): say so when it cut.
      const cut =
        cell.evidence.length < cell.passages ? ` Den visar ett urval: ${num(Math.min(cell.evidence.length, QUOTES_PER_CELL))} av ${num(cell.passages)}.` : '';
      blocks.push(
        `<div class="print-cell"><h4>${esc(row.name)} — ${esc(categoryName(category))}</h4>` +
          `<p class="help">${esc(plural(cell.passages, 'stycke', 'stycken'))}</p>` +
          cell.evidence.slice(0, PRINTED_QUOTES).map(quoteHtml).join('') +
          (more > 0 ? `<p class="help">… och ${num(more)} belägg till i den digitala rapporten.${cut}</p>` : '') +
          '</div>',
      );
    }
  }
  if (blocks.length === 0) return '';
  return `<section id="belagg" class="print-only" aria-labelledby="h-belagg"><h2 id="h-belagg">Belägg per cell (${esc(VIEW_SHORT[view])})</h2>
${blocks.join('\n')}</section>`;
}
