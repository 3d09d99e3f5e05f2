// The shapes `mrkoll review` works with: rule files (data in rules/), the context every check
// reads, the checks themselves (ESLint-style: metadata plus a pure function) and their findings.
import type { ConceptGroup, Document, Lexicons, Registry, TaggedDocument } from '../types.js';
import type { SpellChecker } from '../language/hunspell.js';
import type { LineIndex } from './line-column.js';
import type { SectionIndex } from './sections.js';

export type Severity = 'error' | 'warning' | 'info';

/** `off` in a rule file switches a rule off (useful to override a built-in rule with --rules). */
export type RuleSeverity = Severity | 'off';

/**
 * One problem in one document, in the shape every report format renders. Offsets are into
 * `Document.text`; line and column are 1-based and computed from them.
 */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  line: number;
  column: number;
  /** Where the offending text ends (exclusive column), for SARIF regions and editors. */
  endLine: number;
  endColumn: number;
  /** The offending text as it stands in the document ("" for something missing). */
  excerpt: string;
  /** The text that should stand there, when the rule knows it. */
  expected?: string;
}

/** A rule as loaded from a YAML file in rules/ (or a --rules directory). */
export interface Rule {
  /** kebab-case: "required-sections", "sentence-length". */
  id: string;
  /** The check that runs the rule: "existence", "substitution", "lix", … */
  kind: string;
  severity: RuleSeverity;
  /** The message template; `{name}` placeholders are filled in by the check. */
  message: string;
  /** Extra message templates for checks that report more than one situation. */
  messages: Record<string, string>;
  description: string;
  /** Where the rule's wording comes from (Språkrådet, Myndigheten för delaktighet, …). */
  source?: string;
  /** Every other field in the file: the check's own data, validated by the check's schema. */
  data: Record<string, unknown>;
  /** Sentences the rule must flag and must leave alone, checked by test/review/rule-examples. */
  examples?: { valid?: string[]; invalid?: string[] };
  /** File the rule was loaded from, for messages and --list-rules. */
  file: string;
}

/** Everything a check may read besides the document: precomputed once per document. */
export interface ReviewContext {
  lexicons: Lexicons;
  /** The document type the review assumes: the --type flag, the detected type, or tjänsteskrivelse. */
  documentType: string;
  /** The registry of the document's city, or null when the city is unknown. */
  registry: Registry | null;
  /** The document tagged with principles, areas and administration mentions, when available. */
  tagged: TaggedDocument | null;
  spell: SpellChecker | null;
  lines: LineIndex;
  sections: SectionIndex;
  /** Concept groups of kind 'title' and 'concept' from the lexicons. */
  concepts: ConceptGroup[];
}

/** What a check module exports. `check` is pure: same document, context and rule, same findings. */
export interface ReviewCheck {
  meta: {
    /** The rule kind this check implements; rule files name it in `kind`. */
    id: string;
    description: string;
    defaultSeverity: Severity;
    /** JSON Schema for the kind's own fields in a rule file (besides the common ones). */
    schema: Record<string, unknown>;
  };
  check(doc: Document, ctx: ReviewContext, rule: Rule): Finding[];
  /** Problems the schema cannot see, such as a regular expression that does not compile. */
  validate?(data: Record<string, unknown>): RuleDataProblem[];
}

export interface RuleDataProblem {
  /** Key path of the offending value in the rule file. */
  path: Array<string | number>;
  message: string;
}
