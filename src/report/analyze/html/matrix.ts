// The heatmap matrix (administrations × categories) as an accessible HTML table: row and column
// headers with scope, one button per cell whose label reads the cell out, colours by share.
// The evidence behind each cell travels as data; clicking shows it in the detail panel.
import type { ViewResult } from '../../../analyze/index.js';
import { needsPassageText, type EvidenceRef } from '../../../corpus/evidence.js';
import { num, pct, plural } from '../../../util/swedish.js';
import { isApplicable, type CategoryInfo, type CoverageRow, type View } from '../../../analyze/coverage.js';
import type { Gap, GapKind } from '../../../analyze/gap.js';
import { categoryName, categoryShort } from '../../../analyze/gaps.js';
import { NOT_APPLICABLE, VIEW_LABEL } from '../labels.js';
import { shownPrinciples, shownRows } from '../principles.js';
import { attributionText, place } from '../../format/evidence.js';
import { esc } from '../../format/html.js';
import { heat } from './heat.js';

/** What the page's script shows for a cell. */
export interface CellEntry {
  title: string;
  summary: string;
  evidence: EvidenceData[];
  notCounted: EvidenceData[];
  moreEvidence: number;
  moreNotCounted: number;
}

/**
 * The cells the page's script can show, keyed "<view>|<administration>|<tag>", each made when the
 * page's data is written, one at a time: the quotes of every cell of both views are most of a
 * large report, and need not be in memory all at once.
 */
export type CellData = Map<string, () => CellEntry>;

/**
 * Quotes per cell the page carries: enough to judge a cell by, and a report over hundreds of
 * documents stays a file a browser opens (`--format json` and `csv` carry the rules'
 * `evidencePerCell`, 30 unless changed).
 */
export const QUOTES_PER_CELL = 30;

/** A stretch of text to highlight: a term, or what attributes the passage ("attr"). */
export type Mark = [number, number, 'term' | 'attr'];

export interface EvidenceData {
  quote: string;
  match: [number, number] | null;
  /** Terms and the attribution inside the quote, in order, none overlapping. */
  marks: Mark[];
  where: string;
  passage: string;
  note: string | null;
  /** Why the passage counts for the administration, in words; null when not known. */
  why: string | null;
  /** The passage around the quote and the attribution, when the attribution stands outside the quote. */
  context: { text: string; marks: Mark[] } | null;
}

/** Longest stretch of a passage shown around a quote and its attribution. */
const CONTEXT_CHARS = 1500;

export function evidenceData(e: EvidenceRef): EvidenceData {
  return {
    quote: e.quote,
    match: e.match,
    marks: marksIn(e, e.offset, e.offset + e.quote.length),
    where: place(e),
    passage: e.passage,
    note: e.note ?? null,
    why: attributionText(e) || null,
    context: contextOf(e),
  };
}

/** The terms and the attribution in [from, to) of the passage, as offsets from `from`. */
function marksIn(e: EvidenceRef, from: number, to: number): Mark[] {
  const marks: Mark[] = e.terms.filter((t) => t.start >= from && t.end <= to).map((t) => [t.start - from, t.end - from, 'term']);
  if (!e.terms.length && e.match) marks.push([e.offset + e.match[0] - from, e.offset + e.match[1] - from, 'term']);
  const a = e.attribution;
  if (a && a.passage === e.passage && a.start !== null && a.end !== null && a.start >= from && a.end <= to) marks.push([a.start - from, a.end - from, 'attr']);
  marks.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const kept: Mark[] = [];
  for (const m of marks) if (kept.length === 0 || m[0] >= kept[kept.length - 1][1]) kept.push(m);
  return kept;
}

function contextOf(e: EvidenceRef): EvidenceData['context'] {
  const a = e.attribution;
  const text = e.passageText;
  if (!text || !a || a.start === null || a.end === null || !needsPassageText(e)) return null;
  const quoteEnd = e.offset + e.quote.length;
  let from = Math.min(a.start, e.offset);
  let to = Math.max(a.end, quoteEnd);
  // Too far apart to show whole: the attribution with some words around it.
  if (to - from > CONTEXT_CHARS) [from, to] = [Math.max(0, a.start - 200), Math.min(text.length, a.end + 200)];
  return {
    text: `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`,
    marks: marksIn(e, from, to).map(([s, t, k]) => [s + (from > 0 ? 1 : 0), t + (from > 0 ? 1 : 0), k]),
  };
}

/** How a cell, row or column header marks the gaps found there (colour-blind and in print: a word). */
const GAP_WORD: Partial<Record<GapKind, string>> = { 'missing-tag': 'lucka', depth: 'tunt', question: 'fråga' };

export interface MatrixOptions {
  /** The other view's matrix, rendered hidden until the reader switches. */
  hidden: boolean;
  /** Below this many words an administration's shares rest on a small base (rules/analysis.yaml). */
  smallBaseWords: number;
}

export function matrixTable(view: View, result: ViewResult, cells: CellData, options: MatrixOptions): string {
  const { coverage } = result;
  const rows = shownRows(coverage);
  // Each city's principles for its own rows: a principle no shown row's city has stays out.
  const categories = [...shownPrinciples(coverage, rows), ...coverage.categories.filter((c) => c.kind === 'area')];
  const gapsAt = gapIndex(result.gaps);
  const head = categories
    .map((c) => {
      const rare = gapsAt.get(`|${c.id}`)?.filter((g) => g.kind === 'rare-tag');
      const flag = rare?.length ? `<b class="flag" title="${esc(rare.map((g) => g.message).join(' '))}">sällan</b>` : '';
      const title = c.kind === 'principle' ? `${categoryName(c)} (${c.scope})` : categoryName(c);
      return `<th scope="col" data-tag="${esc(c.id)}" data-kind="${c.kind}"${rare?.length ? ' class="gap"' : ''} title="${esc(title)}"><span>${esc(categoryShort(c))}${flag ? ` ${flag}` : ''}</span></th>`;
    })
    .join('');
  const body = rows
    .map((r) => {
      const small = r.words < options.smallBaseWords;
      const tds = categories.map((c) => matrixCell(view, r, c, cells, gapsAt.get(`${r.id}|${c.id}`) ?? [], small)).join('');
      const absent = gapsAt.get(`${r.id}|`)?.filter((g) => g.kind === 'absent-administration');
      const marks = [
        r.expected || coverage.expected.ids.length === 0 ? '' : ' <span class="tag">ej förväntad</span>',
        absent?.length ? ` <b class="flag" title="${esc(absent.map((g) => g.message).join(' '))}">tyst</b>` : '',
      ].join('');
      return `<tr data-adm="${esc(r.id)}" data-name="${esc(r.name.toLocaleLowerCase('sv'))}"${r.expected ? '' : ' class="other"'}><th scope="row">${esc(r.name)}${marks}</th><td class="num">${num(r.words)}</td>${tds}</tr>`;
    })
    .join('\n');
  return `<div class="view" data-view="${view}"${options.hidden ? ' hidden' : ''}>
<div class="scroll"><table class="matrix">
<caption>Täckning ${esc(VIEW_LABEL[view])}. Siffran är antal stycken; den mindre siffran andelen av förvaltningens text. – = finns inte i underlaget, · = inget stycke, <b class="flag">lucka</b> = en lucka som redovisas under Luckor, * = litet underlag (under ${num(options.smallBaseWords)} ord)${categories.some((c) => rows.some((r) => !isApplicable(r, c))) ? `, ${NOT_APPLICABLE} = principen hör till en annan kommuns ramverk än radens` : ''}.</caption>
<thead><tr><th scope="col">Förvaltning</th><th scope="col" class="num">Ord</th>${head}</tr></thead>
<tbody>
${body}
</tbody></table></div>
${rankingTable(result)}
</div>`;
}

/** Gaps by "administration|tag" (either may be empty: a row's or a column's). */
function gapIndex(gaps: readonly Gap[]): Map<string, Gap[]> {
  const index = new Map<string, Gap[]>();
  for (const g of gaps) {
    const key = `${g.administration ?? ''}|${g.tag ?? ''}`;
    if (key === '|') continue;
    index.set(key, [...(index.get(key) ?? []), g]);
  }
  return index;
}

function matrixCell(view: View, r: CoverageRow, c: CategoryInfo, cells: CellData, gaps: readonly Gap[], smallBase: boolean): string {
  const cell = r.cells[c.id];
  const gapWord = gaps.map((g) => GAP_WORD[g.kind]).find(Boolean);
  const gapTitle = gaps.length ? ` title="${esc(gaps.map((g) => g.message).join(' '))}"` : '';
  const flag = gapWord ? `<b class="flag">${gapWord}</b>` : '';
  const attrs = `data-tag="${esc(c.id)}" data-kind="${c.kind}"`;
  if (!isApplicable(r, c)) return `<td ${attrs} class="na" title="${esc(`${c.id} hör till ${c.scope}`)}">${NOT_APPLICABLE}</td>`;
  if (!r.passages) return `<td ${attrs} class="absent">–</td>`;
  if (!cell) return `<td ${attrs} class="zero${gapWord ? ' gap' : ''}"${gapTitle}>·${flag}</td>`;
  const key = `${view}|${r.id}|${c.id}`;
  const small = smallBase && cell.passages > 0;
  const notCounted = cell.notCountedTotal ? `; ${plural(cell.notCountedTotal, 'stycke', 'stycken')} visas men räknas inte` : '';
  const base = small ? `; litet underlag: förvaltningen har ${`${num(r.words)} ord`}` : '';
  const summary = `${plural(cell.passages, 'stycke', 'stycken')}, ${pct(cell.share)} av texten${base}${notCounted}`;
  cells.set(key, () => ({
    title: `${r.name} — ${categoryName(c)}`,
    summary,
    evidence: cell.evidence.slice(0, QUOTES_PER_CELL).map(evidenceData),
    notCounted: cell.notCounted.slice(0, QUOTES_PER_CELL).map(evidenceData),
    // Of all the passages, not only the quotes the analysis kept (rules: evidencePerCell).
    moreEvidence: Math.max(0, cell.passages - Math.min(cell.evidence.length, QUOTES_PER_CELL)),
    moreNotCounted: Math.max(0, cell.notCountedTotal - Math.min(cell.notCounted.length, QUOTES_PER_CELL)),
  }));
  const classes = ['cell', cell.passages ? '' : 'zero', small ? 'small-base' : '', gapWord ? 'gap' : ''].filter(Boolean).join(' ');
  const { background, color, step } = cell.passages ? heat(cell.share, small) : { background: 'transparent', color: 'inherit', step: -1 };
  const label = esc(`${r.name}, ${categoryName(c)}: ${summary}${gaps.length ? `. ${gaps.map((g) => g.message).join(' ')}` : ''}`);
  const shown = cell.passages ? `${cell.passages}<small>${pct(cell.share)}${small ? '*' : ''}</small>` : '·';
  return `<td ${attrs} class="${classes}" data-step="${step}" style="background:${background};color:${color}"${gapTitle}><button type="button" data-cell="${esc(key)}" aria-label="${label}">${shown}</button>${flag}</td>`;
}

function rankingTable(result: ViewResult): string {
  const rows = result.ranking
    .map(
      (c) =>
        `<tr data-tag="${esc(c.id)}" data-kind="${c.kind}"><th scope="row">${c.kind === 'principle' ? `${esc(categoryName(c))} <span class="label">(${esc(c.scope)})</span>` : esc(c.label)}</th><td class="num">${num(c.coveredBy.length)} av ${num(c.compared)}</td><td><span class="barwrap" aria-hidden="true"><span class="bar" style="width:${Math.round(c.share * 100)}%"></span></span>${pct(c.share)}</td></tr>`,
    )
    .join('\n');
  return `<h3>Minst täckta principer och rättighetsområden</h3>
<table class="ranking"><caption>Antal av de jämförda förvaltningarna och bolagen (förväntade och i underlaget) som tar upp kategorin, minst täckt först.</caption>
<thead><tr><th scope="col">Kategori</th><th scope="col">Förvaltningar</th><th scope="col">Andel</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
}
