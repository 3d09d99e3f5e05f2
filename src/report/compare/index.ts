// Renders a comparison of corpora for `mrkoll compare`: JSON (docs/schema/compare.md), CSV and
// terminal text. Markdown and HTML live in compare-md.ts and compare-html.ts and share the
// wording helpers below.
import type { Comparison, CoverageChange, NameChange } from '../../compare/index.js';
import type { KeyTerm } from '../../compare/keyness.js';
import { num, plural } from '../../util/swedish.js';
import { hasCode } from '../../analyze/gaps.js';
import { csvTable, type CsvValue } from '../format/csv.js';
import { truncate } from '../format/text.js';
import { cityLabel } from '../format/city.js';

export const COMPARE_SCHEMA_VERSION = 2;

/** The JSON document described in docs/schema/compare.md; the first seven fields are the contract. */
export function compareToJson(c: Comparison): object {
  return {
    schemaVersion: COMPARE_SCHEMA_VERSION,
    corpora: c.corpora.map((x) => x.label),
    changes: c.changes.map((x) => ({ ...x, name: adminName(c, x.administration), tagLabel: tagLabel(c, x.tag, Infinity) })),
    appeared: c.appeared,
    disappeared: c.disappeared,
    significance: c.significance,
    terms: c.terms.map((t) => ({
      term: t.term,
      counts: t.counts,
      g2: t.g2,
      direction: t.direction,
      logRatio: t.logRatio,
      stem: t.stem,
      perTenThousand: t.perTenThousand,
    })),
    view: c.view,
    corpusDetails: c.corpora,
    movers: { up: c.movers.up.map(key), down: c.movers.down.map(key) },
    naming: c.naming,
    frameworks: c.frameworks,
    administrations: c.names,
    categories: c.categories.map((x) => ({ id: x.id, kind: x.kind, label: x.label, framework: x.framework, city: x.city })),
  };
}

function key(x: CoverageChange): { administration: string; tag: string; delta: number } {
  return { administration: x.administration, tag: x.tag, delta: x.delta };
}

/**
 * Long CSV: one row per coverage change, appeared/disappeared administration, key term and naming
 * change. Counts per corpus, then the rates per 10 000 words (coverage and terms) and per document
 * (coverage), then the test.
 */
export function compareToCsv(c: Comparison): string {
  const labels = c.corpora.map((x) => x.label);
  const header = [
    'section',
    'administration',
    'tag',
    'term',
    'change',
    ...labels,
    'delta',
    'g2',
    'log_ratio',
    'direction',
    ...labels.map((l) => `${l} per 10000 words`),
    ...labels.map((l) => `${l} per document`),
    'significant',
  ];
  const pad = (counts: readonly number[]) => labels.map((_, i) => counts[i] ?? '');
  const none = pad([]);
  const rows: CsvValue[][] = [
    ...c.changes.map((x) => [
      'coverage',
      x.administration,
      x.tag,
      '',
      '',
      ...x.counts,
      x.delta,
      x.g2,
      '',
      x.direction,
      ...x.perTenThousandWords,
      ...x.perDocument,
      x.significant ? 'yes' : 'no',
    ]),
    ...c.appeared.map((id) => ['appeared', id, '', '', '', ...none, '', '', '', '', ...none, ...none, '']),
    ...c.disappeared.map((id) => ['disappeared', id, '', '', '', ...none, '', '', '', '', ...none, ...none, '']),
    ...c.terms.map((t) => ['term', '', '', t.term, '', ...t.counts, '', t.g2, t.logRatio, t.direction, ...t.perTenThousand, ...none, 'yes']),
    ...c.naming.map((n) => ['naming', n.administration ?? '', n.group, n.variant, n.change, ...pad(n.counts), '', '', '', '', ...none, ...none, '']),
  ];
  return csvTable(header, rows);
}

// ---------------------------------------------------------------------------------------------
// Wording shared by the text, Markdown and HTML reports

export function adminName(c: Comparison, id: string): string {
  return c.names[id] ?? id;
}

/** "P4" → "P4 Transparent och inkluderande kommunikation…", "barnratt" → "Barnets rättigheter". */
export function tagLabel(c: Comparison, id: string, max = 48): string {
  const label = c.categories.find((x) => x.id === id)?.label ?? id;
  const text = hasCode({ id }) ? `${id} ${label}` : label;
  return truncate(text, max);
}

export function signed(n: number): string {
  return n > 0 ? `+${num(n)}` : n < 0 ? `−${num(-n)}` : '0';
}

/** The change in passages per 10 000 words from the first corpus to the last, signed: "+1,2", "−0,4". */
export function rateChange(x: CoverageChange): string {
  const d = (x.perTenThousandWords.at(-1) ?? 0) - (x.perTenThousandWords[0] ?? 0);
  const text = decimal(Math.abs(d));
  return d > 0 ? `+${text}` : d < 0 ? `−${text}` : '0';
}

/** "5,2 *" when significant, "1,1" when not. */
export function g2Cell(x: CoverageChange): string {
  return `${decimal(x.g2)}${x.significant ? ' *' : ''}`;
}

/** What the columns of the change table mean, for the line under it. */
export function changeLegend(c: Comparison): string {
  return (
    `Ändring = skillnad i stycken per 10 000 ord, så att korpusar av olika storlek kan jämföras. ` +
    `* = signifikant ändring (log-likelihood G² ≥ ${decimal(c.significance.threshold, 2)}, p < ${pFor(c.significance.threshold)}); ` +
    `utan * kan skillnaden vara slump.`
  );
}

/** The p value a G² threshold stands for at one degree of freedom (the usual ones; else "–"). */
function pFor(g2: number): string {
  const known: Array<[number, string]> = [
    [15.13, '0,0001'],
    [10.83, '0,001'],
    [6.63, '0,01'],
    [3.84, '0,05'],
  ];
  return known.find(([k]) => g2 >= k)?.[1] ?? `ca ${decimal(Math.exp(-g2 / 2), 2)}`;
}

export function decimal(n: number, digits = 1): string {
  return n.toLocaleString('sv-SE', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function title(c: Comparison): string {
  const view = c.view === 'author' ? 'efter avsändare' : 'efter omnämnande';
  return `Jämförelse ${c.corpora.map((x) => x.label).join(' → ')} (${view})`;
}

export function corpusLine(x: Comparison['corpora'][number]): string {
  const years = x.years.length ? `, ${x.years.join(', ')}` : '';
  return `${num(x.documents)} dokument, ${plural(x.passages, 'stycke', 'stycken')}, ${num(x.words)} ord (${cityLabel(x.city)}${years})`;
}

export function namingSentence(c: Comparison, n: NameChange): string {
  const group = `${n.canonical} (${KIND_WORD[n.kind] ?? n.kind})`;
  if (n.change === 'switched')
    return `${adminName(c, n.administration ?? '')} skriver nu ${quoted(n.to ?? [])} i stället för ${quoted(n.from ?? [])} — ${group}`;
  const status = n.status === 'misspelling' || n.status === 'known-misspelling' ? 'stavning' : 'variant';
  return n.change === 'new' ? `ny ${status}: "${n.variant}" — ${group}` : `borta: ${status}en "${n.variant}" — ${group}`;
}

const KIND_WORD: Record<string, string> = { administration: 'förvaltningsnamn', concept: 'begrepp', title: 'titel', spelling: 'stavning' };

function quoted(forms: readonly string[]): string {
  return forms.map((f) => `"${f}"`).join(' / ');
}

export function arrow(t: KeyTerm): string {
  return t.direction === 'up' ? '↑' : '↓';
}

// ---------------------------------------------------------------------------------------------
// Terminal text

export function compareToText(c: Comparison, options: { top: number }): string {
  const labels = c.corpora.map((x) => x.label);
  const out: string[] = [title(c), ''];
  for (const x of c.corpora) out.push(`  ${x.label}: ${corpusLine(x)}`);
  out.push('', `Ändrad täckning (stycken per förvaltning × princip/område, i parentes per 10 000 ord, ${labels[0]} → ${labels.at(-1)})`);
  if (c.changes.length === 0) out.push('  Ingen förvaltning har ändrat vad den tar upp.');
  else {
    out.push(
      ...table(
        ['förvaltning', 'princip/område', ...labels, 'ändring', 'G²'],
        c.changes.map((x) => [
          adminName(c, x.administration),
          tagLabel(c, x.tag, 40),
          ...x.counts.map((n, i) => `${num(n)} (${decimal(x.perTenThousandWords[i])})`),
          rateChange(x),
          // Two spaces for the missing star keep the decimals of the G² column in line.
          x.significant ? g2Cell(x) : `${g2Cell(x)}  `,
        ]),
      ),
    );
    out.push(`  ${changeLegend(c)}`);
  }
  out.push('', 'Största ökningar (stycken per 10 000 ord)');
  out.push(...moverLines(c, c.movers.up));
  out.push('', 'Största minskningar (stycken per 10 000 ord)');
  out.push(...moverLines(c, c.movers.down));
  out.push('', `Tillkomna förvaltningar (täckning i ${labels.at(-1)} men inte i ${labels[0]})`);
  out.push(...idLines(c, c.appeared));
  out.push('', `Tystnade förvaltningar (täckning i ${labels[0]} men inte i ${labels.at(-1)})`);
  out.push(...idLines(c, c.disappeared));
  out.push('', 'Ord som ökat eller minskat mest (log-likelihood G², effekt som log ratio)');
  if (c.terms.length === 0) out.push('  Inga ord skiljer sig signifikant.');
  else
    out.push(
      ...table(
        ['ord', ...labels, 'G²', 'log ratio', ''],
        c.terms.slice(0, options.top).map((t) => [t.term, ...t.counts.map(num), decimal(t.g2), decimal(t.logRatio, 2), arrow(t)]),
      ),
    );
  out.push('', 'Namnvarianter som ändrats');
  if (c.naming.length === 0) out.push('  Inga.');
  else for (const n of c.naming) out.push(`  ${namingSentence(c, n)}`);
  if (c.frameworks.length > 0) {
    out.push('', 'Ramverken sida vid sida (förvaltningar med täckning / stycken)');
    for (const f of c.frameworks) {
      out.push(`  ${f.corpus} — ${f.title}`);
      for (const cat of f.categories)
        out.push(`    ${cat.id.padEnd(4)} ${cat.label.slice(0, 60).padEnd(60)} ${String(cat.administrations).padStart(3)} / ${cat.passages}`);
    }
  }
  return out.join('\n');
}

function moverLines(c: Comparison, movers: readonly CoverageChange[]): string[] {
  if (movers.length === 0) return ['  Inga.'];
  return movers.map((x) => `  ${rateChange(x).padStart(6)}  ${adminName(c, x.administration)} — ${tagLabel(c, x.tag)} (${moverDetail(x)})`);
}

/** "2 → 5 stycken, G² 4,1" with "ej signifikant" when it is not. */
export function moverDetail(x: CoverageChange): string {
  return `${num(x.before)} → ${num(x.after)} ${x.after === 1 ? 'stycke' : 'stycken'}, G² ${decimal(x.g2)}${x.significant ? '' : ', ej signifikant'}`;
}

function idLines(c: Comparison, ids: readonly string[]): string[] {
  return ids.length === 0 ? ['  Inga.'] : ids.map((id) => `  ${adminName(c, id)} (${id})`);
}

/** Columns padded to their widest cell; numbers right-aligned. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const isNumber = (s: string) => /^[−+]?[\d\s ,()*]+$/.test(s);
  const line = (cells: readonly string[]) =>
    `  ${cells.map((cell, i) => (isNumber(cell) && i > 0 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ')}`.trimEnd();
  return [line(header), ...rows.map(line)];
}
