// A finding at a place in the memo: the rule, the Swedish message filled in, line and column.
import { placeOf, type LineIndex } from './line-column.js';
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
  // A finding about the whole document (start and end 0) has no place of its own: line 1, column 1.
  const whole = start === 0 && end === 0;
  const first = whole ? { line: 1, column: 1, page: null, section: [] } : placeOf(index, start);
  const last = whole || end <= start ? first : placeOf(index, end, true);
  const excerpt = index.text.slice(start, end).replace(/\s*\n\s*/g, ' ');
  const finding: Finding = {
    ruleId: rule.id,
    severity: rule.severity as Severity,
    message: fillTemplate(message, { match: excerpt, ...values }),
    start,
    end,
    line: first.line,
    column: first.column,
    endLine: last.line,
    endColumn: last.column,
    page: first.page,
    section: first.section,
    excerpt,
  };
  if (expected !== undefined) finding.expected = expected;
  return finding;
}
