// Small charts for the HTML comparison, drawn as inline SVG (no scripts, no external files):
// a diverging bar chart of coverage changes and per-term bars of relative frequency per corpus.
// Labels are cut to a fixed width: about six pixels a character at 12 px.
import type { CoverageChange } from '../../compare/index.js';
import type { KeyTerm } from '../../compare/keyness.js';
import { esc } from '../format/html.js';
import { truncate } from '../format/text.js';

const UP = '#2f7d4f';
const DOWN = '#b5452f';
const INK = '#333';

/** One row per change: label on the left, a bar right of the axis for growth, left of it for decline. */
export function changeChart(changes: readonly CoverageChange[], label: (c: CoverageChange) => string): string {
  if (changes.length === 0) return '';
  const rowHeight = 18;
  const labelWidth = 340;
  const half = 140;
  const width = labelWidth + 2 * half + 40;
  const height = changes.length * rowHeight + 10;
  const max = Math.max(...changes.map((c) => Math.abs(c.delta)));
  const axis = labelWidth + half;
  const rows = changes.map((c, i) => {
    const y = i * rowHeight + 5;
    const length = Math.max(2, (Math.abs(c.delta) / max) * (half - 10));
    const x = c.delta > 0 ? axis : axis - length;
    const color = c.delta > 0 ? UP : DOWN;
    const valueX = c.delta > 0 ? axis + length + 4 : axis - length - 4;
    const anchor = c.delta > 0 ? 'start' : 'end';
    const text = esc(truncate(label(c), 54));
    return (
      `<text x="${labelWidth - 6}" y="${y + 12}" text-anchor="end">${text}</text>` +
      `<rect x="${x.toFixed(1)}" y="${y + 2}" width="${length.toFixed(1)}" height="${rowHeight - 6}" fill="${color}"><title>${text}: ${c.before} → ${c.after}</title></rect>` +
      `<text x="${valueX.toFixed(1)}" y="${y + 12}" text-anchor="${anchor}">${c.delta > 0 ? '+' : '−'}${Math.abs(c.delta)}</text>`
    );
  });
  return svg(width, height, 'Ändrad täckning', `<line x1="${axis}" y1="0" x2="${axis}" y2="${height}" stroke="${INK}" stroke-width="1"/>${rows.join('')}`);
}

/** One small group of bars per term: occurrences per 10 000 words in each corpus, on a shared scale. */
export function termChart(terms: readonly KeyTerm[], labels: readonly string[]): string {
  if (terms.length === 0) return '';
  const bar = 10;
  const group = labels.length * bar + 8;
  const labelWidth = 180;
  const plot = 300;
  const width = labelWidth + plot + 60;
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
    return `<text x="${labelWidth - 6}" y="${y + (labels.length * bar) / 2 + 4}" text-anchor="end">${esc(truncate(t.term, 26))} ${mark}</text>${bars.join('')}`;
  });
  // One legend line per corpus: labels such as "Frödokument 2023–2025" are too long to sit side by side.
  const legend = labels.map((l, j) => {
    const y = terms.length * group + 14 + j * 16;
    return `<rect x="${labelWidth}" y="${y - 9}" width="10" height="10" fill="${shades[j]}"/><text x="${labelWidth + 14}" y="${y}">${esc(truncate(l, 50))}</text>`;
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
