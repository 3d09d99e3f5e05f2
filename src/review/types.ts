// The shapes `mrkoll review` works with: rule files (data in rules/), the context every check
// reads, the checks themselves (ESLint-style: metadata plus `create`) and their findings.
import type { ConceptGroup, Document, Lexicons, Registry, TaggedDocument } from '../types.js';
import type { SpellChecker } from '../language/hunspell.js';
import type { NameGroup } from '../names/types.js';
import type { LineIndex } from './line-column.js';
import type { SectionDef, SectionIndex } from './sections.js';

export type Severity = 'error' | 'warning' | 'info';

/** `off` in a rule file switches a rule off (useful to override a built-in rule with --rules). */
export type RuleSeverity = Severity | 'off';

/**
 * One problem in one document, in the shape every report format renders. Offsets are into
 * `Document.text`; line and column are 1-based and computed from them: in the file for text,
 * Markdown and HTML, in the paragraphs with text for a DOCX, in the extracted text for a PDF
 * (`ReviewContext.lines.kind` says which).
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
  /** The PDF page (or a DOCX's, when it records page breaks), else null. */
  page: number | null;
  /** Heading titles above the finding, from the top. */
  section: string[];
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

export interface ProfileSection extends SectionDef {
  /** How much its absence matters; the required-sections rule's severity when not given; off: known, not required. */
  severity?: RuleSeverity;
}

/** A municipality's memo template, as a profile file in rules/review/profiles/ gives it (profiles.ts). */
export interface ReviewProfile {
  /** "malmo", "stockholm", "generic": a city's ID when the template is that city's. */
  id: string;
  name: string;
  description: string;
  source?: string;
  /** Document type → its sections in their usual order. */
  documentTypes: Partial<Record<string, { sections: ProfileSection[] }>>;
  /** File the profile was loaded from, for messages and --list-rules. */
  file: string;
}

/** Everything a check may read besides the document: precomputed once per document. */
export interface ReviewContext {
  lexicons: Lexicons;
  /** The document type the review assumes: the --type flag, the detected type, or tjänsteskrivelse. */
  documentType: string;
  /** The document's city (--city, else as detected), or null when unknown. */
  city: string | null;
  /** The registry of the document's city, or null when the city is unknown or has none. */
  registry: Registry | null;
  /** The memo template the document is held to (see profiles.ts); null only without any profile. */
  profile: ReviewProfile | null;
  /** The document tagged with principles, areas and administration mentions, when available. */
  tagged: TaggedDocument | null;
  spell: SpellChecker | null;
  lines: LineIndex;
  /** The profile's sections for the document type, as found in the text. */
  sections: SectionIndex;
  /** Concept groups of kind 'title' and 'concept' from the lexicons. */
  concepts: ConceptGroup[];
  /** `mrkoll names` over the --corpus and the drafts together, or null without --corpus. */
  names: NameGroup[] | null;
}

/** Values for a message template's `{name}` placeholders. */
export type MessageValues = Record<string, string | number>;

/** What a check reports on one document; pure: same document and context, same findings. */
export type DocumentCheck = (doc: Document, ctx: ReviewContext) => Finding[];

/** A JSON Schema (ajv), for one field of a rule file. */
export type FieldSchema = Record<string, unknown>;

/** The keys of `T` that are not optional. */
type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];

/**
 * JSON Schema of a kind's own fields in a rule file, held to the check's data type: one property
 * per field of `Data` and no other, and only fields `Data` requires may be listed as required. The
 * schema is what makes the data safe to read as `Data` (rule-schema.ts checks every file with it).
 */
export interface DataSchema<Data> {
  required?: Array<Extract<RequiredKeys<Data>, string>>;
  properties: { [K in keyof Data]-?: FieldSchema };
}

export interface CheckMeta<Data, MessageId extends string> {
  /** The rule kind this check implements; rule files name it in `kind`. */
  id: string;
  description: string;
  defaultSeverity: Severity;
  schema: DataSchema<Data>;
  /**
   * The situations the check reports besides its main one (the rule file's required `message`),
   * each with its default template; a rule file may give its own under `messages:`. `null`: the
   * rule's `message` unless the file gives one.
   */
  messages: Record<MessageId, string | null>;
}

/** What `create` gets: one rule of the check's kind, with its data typed. */
export interface RuleContext<Data, MessageId extends string> {
  rule: Rule;
  /** The rule file's own fields, as validated by `meta.schema`. */
  data: Data;
  /**
   * A finding at [start, end) of the document with the template of `messageId` (the rule's
   * `message` without one) filled with `values`; `{match}` is the text at [start, end). Its
   * severity is the rule's unless `severity` says otherwise (a profile's section, a skipped check).
   */
  finding(
    ctx: ReviewContext,
    start: number,
    end: number,
    options?: { messageId?: MessageId; values?: MessageValues; expected?: string; severity?: Severity },
  ): Finding;
}

/**
 * A check as `defineCheck` writes it, ESLint-style: metadata, and `create`, which is called once
 * per rule (compile the rule's patterns there) and returns what runs on every document.
 */
export interface CheckDefinition<Data, MessageId extends string> {
  meta: CheckMeta<Data, MessageId>;
  /** Problems the schema cannot see, such as a regular expression that does not compile. */
  validate?(data: Data): RuleDataProblem[];
  create(rule: RuleContext<Data, MessageId>): DocumentCheck;
}

/** A check as the engine holds it, whatever its data: what `defineCheck` returns. */
export interface ReviewCheck {
  meta: {
    id: string;
    description: string;
    defaultSeverity: Severity;
    schema: { required?: string[]; properties: Record<string, FieldSchema> };
    messages: Record<string, string | null>;
  };
  /** Problems in a rule's data beyond its schema (which the rule passed). */
  validate(rule: Rule): RuleDataProblem[];
  /** The rule's document check: created on the first call for `rule`, the same one after. */
  checkFor(rule: Rule): DocumentCheck;
}

export interface RuleDataProblem {
  /** Key path of the offending value in the rule file. */
  path: Array<string | number>;
  message: string;
}
