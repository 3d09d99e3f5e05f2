// Table-driven rule tests in the ESLint style: each row a document (usually CLEAN_MEMO with one
// change) and the exact findings of one rule, written `line:column excerpt`.
import { describe, expect, test } from 'vitest';
import { docFrom, reviewer } from './helpers.js';
import type { DocumentMetadata } from '../../src/types.js';

export interface Row {
  name: string;
  text: string;
  /** `line:column excerpt` for each finding of the rule, in order; [] for a passing row. */
  expected: string[];
  metadata?: Partial<DocumentMetadata>;
  /** Also check the messages (substrings, one per finding). */
  messages?: string[];
  /** Texts reviewed against as `review --corpus` would (korpus-1.txt, …). */
  corpus?: string[];
}

/** `summary`: the rule always reports once (a summary), so there is no passing row. */
export function ruleTable(rule: string, rows: Row[], options: { summary?: boolean } = {}): void {
  describe(rule, () => {
    test.each(rows)('$name', async (row) => {
      const review = await reviewer();
      const corpus = row.corpus?.map((text, i) => ({ ...docFrom(text, row.metadata), path: `korpus-${i + 1}.txt` }));
      const findings = review.review(docFrom(row.text, row.metadata), rule, corpus);
      expect(findings.map((f) => `${f.line}:${f.column} ${f.excerpt}`.trimEnd())).toEqual(row.expected);
      expect(findings.every((f) => f.ruleId === rule)).toBe(true);
      row.messages?.forEach((m, i) => expect(findings[i]?.message).toContain(m));
    });
    test.skipIf(options.summary)('has passing and failing rows', () => {
      expect(rows.some((r) => r.expected.length === 0)).toBe(true);
      expect(rows.some((r) => r.expected.length > 0)).toBe(true);
    });
  });
}
