// The JSON Schema of a rule file: the fields every rule has, plus the fields of its kind (each
// check declares its own), strict about unknown keys; its errors become Swedish problems at
// file:line:col through data-files/validate.ts, as the lexicons' do. A kind marks the fields that
// are regular-expression fragments with `regexFragment: true`; they are checked with the rest of
// the schema, in the same pass: that they compile, their size, and, in a user's rule, that they
// cannot backtrack catastrophically.
import type { ValidateFunction } from 'ajv';
import { problemAt, type Problem, type SourceFile } from '../data-files/problems.js';
import { compileSchema, defineKeyword, schemaProblems } from '../data-files/validate.js';
import { exponentialBacktracking } from './pattern-safety.js';
import { fragmentProblem, PATTERN_LIMITS } from './patterns.js';
import type { ReviewCheck } from './types.js';

/** `required-sections`, `sentence-length`: lower case ASCII words joined by hyphens. */
export const RULE_ID_PATTERN = '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$';

const text = { type: 'string', minLength: 1 };

export const COMMON_PROPERTIES = {
  id: { type: 'string', pattern: RULE_ID_PATTERN },
  kind: text,
  severity: { enum: ['error', 'warning', 'info', 'off'] },
  message: text,
  messages: { type: 'object', additionalProperties: text },
  description: text,
  source: text,
  /** Sentences the rule must flag (invalid) and must leave alone (valid); run by test/review. */
  examples: {
    type: 'object',
    additionalProperties: false,
    properties: { valid: { type: 'array', items: { type: 'string' } }, invalid: { type: 'array', items: { type: 'string' } } },
  },
};

const COMMON_REQUIRED = ['id', 'kind', 'severity', 'message', 'description'];

/** What one validation of one rule file has seen of its fragments, passed to the keyword as `this`. */
interface FragmentTally {
  /** A bundled rule: its fragments are not checked for backtracking (they are tested instead). */
  trusted: boolean;
  count: number;
  totalLength: number;
}

/** `regexFragment: true`: the string is a regular-expression fragment of the rule (patterns.ts). */
function checkFragment(this: FragmentTally | undefined, _schema: boolean, fragment: string): boolean {
  const tally = this ?? { trusted: false, count: 0, totalLength: 0 };
  tally.count++;
  tally.totalLength += fragment.length;
  // Each limit once, at the fragment that passes it; the fragments after it are not compiled.
  if (tally.count > PATTERN_LIMITS.maxCount)
    return tally.count === PATTERN_LIMITS.maxCount + 1 ? refuse(`regeln har fler än ${PATTERN_LIMITS.maxCount} mönster`) : true;
  if (tally.totalLength > PATTERN_LIMITS.maxTotalLength) {
    const first = tally.totalLength - fragment.length <= PATTERN_LIMITS.maxTotalLength;
    return first ? refuse(`regelns mönster är sammanlagt längre än ${PATTERN_LIMITS.maxTotalLength} tecken`) : true;
  }
  const problem = fragmentProblem(fragment) ?? (tally.trusted ? null : exponentialBacktracking(fragment));
  return problem === null || refuse(problem);
}

function refuse(message: string): false {
  checkFragment.errors = [{ keyword: 'regexFragment', message, params: {} }];
  return false;
}
checkFragment.errors = [] as Array<{ keyword: string; message: string; params: object }>;

defineKeyword({ keyword: 'regexFragment', type: 'string', schemaType: 'boolean', errors: true, validate: checkFragment });

const head: ValidateFunction = compileSchema({
  type: 'object',
  required: COMMON_REQUIRED,
  properties: COMMON_PROPERTIES,
});
const byKind = new Map<string, ValidateFunction>();

function validatorFor(check: ReviewCheck): ValidateFunction {
  let validate = byKind.get(check.meta.id);
  if (!validate) {
    const own = check.meta.schema;
    validate = compileSchema({
      type: 'object',
      additionalProperties: false,
      required: [...COMMON_REQUIRED, ...(own.required ?? [])],
      properties: { ...COMMON_PROPERTIES, ...own.properties },
    });
    byKind.set(check.meta.id, validate);
  }
  return validate;
}

export interface RuleValidation {
  /** Every problem the schema finds, common and the kind's own fields alike. */
  problems: Problem[];
  /** The kind's own fields passed their schema: the check's `validate` may read them as its data. */
  ownFieldsValid: boolean;
}

/**
 * Problems in one parsed rule file, all in one pass: the common fields and, when the kind is
 * known, the kind's own, with every regular-expression fragment checked (for catastrophic
 * backtracking too unless `trusted`). An unknown kind is reported with the common fields' problems.
 */
export function validateRule(source: SourceFile, checks: ReadonlyMap<string, ReviewCheck>, trusted = false): RuleValidation {
  const data = source.data;
  const kind = isRecord(data) && typeof data.kind === 'string' ? data.kind : undefined;
  const check = kind === undefined ? undefined : checks.get(kind);
  if (!check) {
    const problems = head(data) ? [] : schemaProblems(source, head.errors ?? []);
    if (kind !== undefined) problems.push(problemAt(source, ['kind'], `okänd regeltyp "${kind}" (välj ${[...checks.keys()].join(', ')})`));
    return { problems, ownFieldsValid: false };
  }
  const validate = validatorFor(check);
  const tally: FragmentTally = { trusted, count: 0, totalLength: 0 };
  if (validate.call(tally, data)) return { problems: [], ownFieldsValid: true };
  const errors = validate.errors ?? [];
  const own = new Set(Object.keys(check.meta.schema.properties));
  const ownFieldsValid = isRecord(data) && !errors.some((error) => own.has(fieldOf(error.instancePath, error.params)));
  return { problems: schemaProblems(source, errors), ownFieldsValid };
}

/** The top-level field an error is about: the first step of its path, or the missing or unknown field. */
function fieldOf(instancePath: string, params: Record<string, unknown>): string {
  const first = instancePath.split('/')[1];
  if (first !== undefined) return first.replace(/~1/g, '/').replace(/~0/g, '~');
  return String(params.missingProperty ?? params.additionalProperty ?? '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when a kind's schema has regular-expression fragments (`regexFragment`) anywhere in it. */
export function hasFragments(schema: unknown): boolean {
  if (typeof schema !== 'object' || schema === null) return false;
  return Object.entries(schema).some(([key, value]) => (key === 'regexFragment' && value === true) || hasFragments(value));
}
