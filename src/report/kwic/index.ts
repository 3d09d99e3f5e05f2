// Renders keyword-in-context lines for `mrkoll kwic`: aligned columns for the terminal, JSON
// (docs/schema/kwic.md) and CSV.
import type { KwicLine, KwicSort } from '../../kwic/index.js';
import { paint } from '../format/ansi.js';
import { csvTable } from '../format/csv.js';

export const KWIC_SCHEMA_VERSION = 1;

export function kwicToJson(term: string, sort: KwicSort, width: number, lines: readonly KwicLine[]): object {
  return { schemaVersion: KWIC_SCHEMA_VERSION, term, sort, width, total: lines.length, lines };
}

export interface KwicTextOptions {
  width: number;
  /** Bold keyword (ANSI) on a terminal. */
  color: boolean;
}

/** Left context right-aligned, keyword, right context, then where: document, page or line, a ¬ for negated. */
export function kwicToText(term: string, lines: readonly KwicLine[], options: KwicTextOptions): string {
  if (lines.length === 0) return `Inga förekomster av "${term}".`;
  const keyWidth = Math.min(30, Math.max(...lines.map((l) => l.keyword.length)));
  const out = lines.map((l) => {
    const keyword = l.keyword.padEnd(keyWidth);
    const where = `${l.document}${l.page !== null ? ` s. ${l.page}` : l.line !== null ? `:${l.line}` : l.paragraph !== null ? ` stycke ${l.paragraph}` : ''}`;
    return `${l.left.padStart(options.width)}  ${paint('bold', keyword, options.color)}  ${l.right.padEnd(options.width)}  ${l.negated ? '¬ ' : ''}${where}`;
  });
  out.push('', `${lines.length} ${lines.length === 1 ? 'förekomst' : 'förekomster'} av "${term}"${lines.some((l) => l.negated) ? ' (¬ = negerad)' : ''}`);
  return out.join('\n');
}

export function kwicToCsv(lines: readonly KwicLine[]): string {
  const header = ['document', 'passage', 'section', 'page', 'line', 'left', 'keyword', 'right', 'via', 'negated', 'paragraph', 'sectionPath'];
  return csvTable(
    header,
    lines.map((l) => [l.document, l.passage, l.section, l.page, l.line, l.left, l.keyword, l.right, l.via, l.negated, l.paragraph, l.sectionPath.join(' › ')]),
  );
}
