// From offsets in `Document.text` to the 1-based line and column a reviewer's editor shows.
import type { Finding, Rule, Severity } from './types.js';

export interface LineIndex {
  text: string;
  /** Offset where each line starts; lineStarts[0] is 0. */
  lineStarts: number[];
}

export function lineIndex(text: string): LineIndex {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  return { text, lineStarts };
}

/**
 * 1-based line and column of `offset`. Columns count UTF-16 code units, as editors and SARIF do;
 * an offset past the end is placed at the end of the last line.
 */
export function lineColumn(index: LineIndex, offset: number): { line: number; column: number } {
  const at = Math.max(0, Math.min(offset, index.text.length));
  let low = 0;
  let high = index.lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (index.lineStarts[mid] <= at) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: at - index.lineStarts[low] + 1 };
}

/** Fills `{name}` placeholders; unknown names are left as they stand. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * A finding of `rule` at [start, end) in the indexed text. The excerpt is the offending text on
 * one line (line breaks become spaces); `message` is a template filled with `values`.
 */
export function findingAt(
  index: LineIndex,
  rule: Rule,
  start: number,
  end: number,
  message: string,
  values: Record<string, string | number> = {},
  expected?: string,
): Finding {
  const { line, column } = lineColumn(index, start);
  const last = lineColumn(index, end);
  const excerpt = index.text.slice(start, end).replace(/\s*\n\s*/g, ' ');
  const finding: Finding = {
    ruleId: rule.id,
    severity: rule.severity as Severity,
    message: fillTemplate(message, { match: excerpt, ...values }),
    start,
    end,
    line,
    column,
    endLine: last.line,
    endColumn: last.column,
    excerpt,
  };
  if (expected !== undefined) finding.expected = expected;
  return finding;
}

/** The rule's message template for `key` (from `messages` in the rule file), else `fallback`. */
export function messageFor(rule: Rule, key: string, fallback: string): string {
  return rule.messages[key] ?? fallback;
}
