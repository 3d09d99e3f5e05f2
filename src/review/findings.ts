// A finding at a place in the memo: the rule, the Swedish message filled in, line and column.
import { lineColumn, type LineIndex } from './line-column.js';
import type { Finding, Rule, Severity } from './types.js';

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
