// `mrkoll lexicon eval` in the terminal: one line per category (coverage), the sums, dismissals
// (negated) on their own line, the commonest confusions and the sentences that went wrong.
import type { EvalReport } from '../../lexicon/eval.js';

const pct = (x: number | null): string => (x === null ? '   –' : `${(x * 100).toFixed(0).padStart(3)} %`);
const num = (n: number, width = 4): string => String(n).padStart(width);

export interface EvalText {
  report: EvalReport;
  file: string;
  split: string;
  /** How many confusions and misses to list. */
  limit?: number;
}

export function evalText({ report: r, file, split, limit = 25 }: EvalText): string {
  const splitName = split === 'dev' ? 'utvecklingsdelen' : split === 'test' ? 'den undanhållna delen (var tredje mening)' : 'alla meningar';
  const lines = [`${file}: ${splitName}, ${r.sentences} meningar, varav ${r.negatives} utan område eller princip`, ''];
  lines.push(`${'kategori'.padEnd(24)}    n   tp   fp   fn  precision  recall     F1`);
  for (const c of r.categories) {
    lines.push(`${c.id.padEnd(24)} ${num(c.n)} ${num(c.tp)} ${num(c.fp)} ${num(c.fn)}      ${pct(c.precision)}  ${pct(c.recall)}  ${pct(c.f1)}`);
  }
  lines.push(
    '',
    `områden, sammanlagt:   precision ${pct(r.micro.areas.precision)}  recall ${pct(r.micro.areas.recall)}  F1 ${pct(r.micro.areas.f1)}`,
    `principer, sammanlagt: precision ${pct(r.micro.principles.precision)}  recall ${pct(r.micro.principles.recall)}  F1 ${pct(r.micro.principles.f1)}`,
    `områden som meningarna täcker (ej avfärdade) och som hittas: ${pct(r.areaRecall)}`,
    `meningar om inget som inte får något område som täckning: ${pct(r.negativesUntagged)}`,
  );
  const n = r.negated;
  lines.push(
    `avfärdat (negated, ${n.n} väntade): precision ${pct(n.precision)}  recall ${pct(n.recall)}  F1 ${pct(n.f1)}; ` +
      `${n.fp} lästa som avfärdade utan att vara det, varav ${n.coveredReadAsNegated} som meningen täcker`,
  );
  if (r.notLoaded.length > 0) {
    lines.push(`ej i lexikonen för meningens stad (räknas inte): ${r.notLoaded.map((n) => `${n.id} (${n.sentences})`).join(', ')}`);
  }
  lines.push('', 'vanligaste förväxlingarna (förväntad → hittad i stället):');
  for (const c of r.confusions.slice(0, limit)) lines.push(`  ${num(c.count, 3)}  ${c.expected} → ${c.found}`);
  if (r.confusions.length === 0) lines.push('  –');
  lines.push('', `meningar med fel (${r.misses.length}):`);
  for (const m of r.misses.slice(0, limit)) {
    const dismissed =
      m.expectNegated.length + m.negated.length > 0 ? `; avfärdat väntat [${m.expectNegated.join(', ')}], hittat [${m.negated.join(', ')}]` : '';
    lines.push(`  ${m.id}  väntat [${m.expect.join(', ')}], hittat [${m.found.join(', ')}]${dismissed}`);
    lines.push(`        ${m.text}`);
  }
  if (r.misses.length > limit) lines.push(`  … och ${r.misses.length - limit} till (se --format json)`);
  lines.push('');
  return lines.join('\n');
}
