// Small charts for the HTML comparison, drawn as inline SVG (no scripts, no external files):
// a diverging bar chart of coverage changes and per-term bars of relative frequency per corpus.
// Label columns are as wide as their longest label, measured generously, so labels are not clipped.
import type { KeyTerm } from '../../compare/keyness.js';
import { esc } from '../format/html.js';
import { truncate } from '../format/text.js';

const UP = '#2f7d4f';
const DOWN = '#b5452f';
const INK = '#333';

/** A bar of the change chart: its label, its signed value and how that value is written. */
export interface ChangeBar {
  label: string;
  value: number;
  text: string;
  /** The tooltip: what the bar stands for in full. */
  title: string;
}

/**
 * One row per change: label on the left, a bar right of the axis for growth, left of it for
 * decline. The label column is as wide as the longest label (so none is cut), and each side of the
 * axis keeps room for its value's text, so a long bar's number never runs into the labels.
 */
export function changeChart(bars: readonly ChangeBar[]): string {
  if (bars.length === 0) return '';
  const rowHeight = 18;
  const labels = bars.map((b) => truncate(b.label, MAX_LABEL_CHARS));
  const labelWidth = Math.max(...labels.map(textWidth)) + 12;
  const valueRoom = Math.max(...bars.map((b) => textWidth(b.text))) + 8;
  const half = 140;
  const axis = labelWidth + valueRoom + half;
  const width = axis + half + valueRoom;
  const height = bars.length * rowHeight + 10;
  const max = Math.max(...bars.map((b) => Math.abs(b.value)), Number.MIN_VALUE);
  const rows = bars.map((b, i) => {
    const y = i * rowHeight + 5;
    const length = Math.max(2, (Math.abs(b.value) / max) * (half - 10));
    const up = b.value > 0;
    const x = up ? axis : axis - length;
    const valueX = up ? axis + length + 4 : axis - length - 4;
    return (
      `<text x="${labelWidth - 6}" y="${y + 12}" text-anchor="end">${esc(labels[i])}</text>` +
      `<rect x="${x.toFixed(1)}" y="${y + 2}" width="${length.toFixed(1)}" height="${rowHeight - 6}" fill="${up ? UP : DOWN}"><title>${esc(b.title)}</title></rect>` +
      `<text x="${valueX.toFixed(1)}" y="${y + 12}" text-anchor="${up ? 'start' : 'end'}">${esc(b.text)}</text>`
    );
  });
  return svg(width, height, 'Ändrad täckning', `<line x1="${axis}" y1="0" x2="${axis}" y2="${height}" stroke="${INK}" stroke-width="1"/>${rows.join('')}`);
}

/** Labels longer than this are cut (the tooltip has them whole). */
const MAX_LABEL_CHARS = 90;

/**
 * A generous width of `text` at 12 px in a sans-serif: 7.5 px a character, 9 for capitals, 12 for
 * wide letters, 4.5 for narrow ones. Over rather than under, so that nothing is clipped.
 */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[MWmwÅÄÖ—…]/.test(ch) ? 12 : /[A-ZÅÄÖ]/.test(ch) ? 9 : /[iljtf.,:;'|() ]/.test(ch) ? 4.5 : 7.5;
  return Math.ceil(w);
}

/** One small group of bars per term: occurrences per 10 000 words in each corpus, on a shared scale. */
export function termChart(terms: readonly KeyTerm[], labels: readonly string[]): string {
  if (terms.length === 0) return '';
  const bar = 10;
  const group = labels.length * bar + 8;
  const labelWidth = Math.max(...terms.map((t) => textWidth(`${truncate(t.term, 40)} ↑`))) + 12;
  const plot = 300;
  const width = labelWidth + plot + Math.max(60, ...labels.map((l) => textWidth(truncate(l, 60)) + 24 - plot));
  const height = terms.length * group + 10 + labels.length * 16;
  const max = Math.max(...terms.flatMap((t) => t.perTenThousand), 0.01);
  const shades = labels.map((_, i) => `hsl(210, 45%, ${70 - (i * 40) / Math.max(1, labels.length - 1)}%)`);
  const body = terms.map((t, i) => {
    const y = i * group + 4;
    const bars = t.perTenThousand.map((v, j) => {
      const w = Math.max(1, (v / max) * plot);
      const tip = `${esc(labels[j])}: ${t.counts[j]} (${v} per 10 000 ord)`;
      return `<rect x="${labelWidth}" y="${y + j * bar}" width="${w.toFixed(1)}" height="${bar - 1}" fill="${shades[j]}"><title>${tip}</title></rect>`;
    });
    const mark = t.direction === 'up' ? `<tspan fill="${UP}">↑</tspan>` : `<tspan fill="${DOWN}">↓</tspan>`;
    return `<text x="${labelWidth - 6}" y="${y + (labels.length * bar) / 2 + 4}" text-anchor="end">${esc(truncate(t.term, 40))} ${mark}</text>${bars.join('')}`;
  });
  // One legend line per corpus: labels such as "Frödokument 2023–2025" are too long to sit side by side.
  const legend = labels.map((l, j) => {
    const y = terms.length * group + 14 + j * 16;
    return `<rect x="${labelWidth}" y="${y - 9}" width="10" height="10" fill="${shades[j]}"/><text x="${labelWidth + 14}" y="${y}">${esc(truncate(l, 60))}</text>`;
  });
  return svg(width, height, 'Ord som ökat eller minskat', body.join('') + legend.join(''));
}

function svg(width: number, height: number, label: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="${esc(label)}" ` +
    `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12" fill="${INK}">` +
    `${body}</svg>`
  );
}
