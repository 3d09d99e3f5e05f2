// `mrkoll lexicon eval` in the terminal: one line per category, the sums, how dismissals were
// read, the commonest confusions and the sentences that went wrong.
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
    `avfärdanden: ${r.dismissals.found} av ${r.dismissals.expected} lästa som avfärdade (negerade); ${r.dismissals.coveredReadAsDismissed} täckta lästa som avfärdade`,
  );
  if (r.notLoaded.length > 0) {
    lines.push(`ej i lexikonen för meningens stad (räknas inte): ${r.notLoaded.map((n) => `${n.id} (${n.sentences})`).join(', ')}`);
  }
  lines.push('', 'vanligaste förväxlingarna (förväntad → hittad i stället):');
  for (const c of r.confusions.slice(0, limit)) lines.push(`  ${num(c.count, 3)}  ${c.expected} → ${c.found}`);
  if (r.confusions.length === 0) lines.push('  –');
  lines.push('', `meningar med fel (${r.misses.length}):`);
  for (const m of r.misses.slice(0, limit)) {
    lines.push(
      `  ${m.id}  väntat [${m.expect.join(', ')}], hittat [${m.found.join(', ')}]${m.dismissed.length > 0 ? `, avfärdat [${m.dismissed.join(', ')}]` : ''}`,
    );
    lines.push(`        ${m.text}`);
  }
  if (r.misses.length > limit) lines.push(`  … och ${r.misses.length - limit} till (se --format json)`);
  lines.push('');
  return lines.join('\n');
}
