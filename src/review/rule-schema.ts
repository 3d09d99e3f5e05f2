// The JSON Schema of a rule file: the fields every rule has, plus the fields of its kind (each
// check declares its own), strict about unknown keys; its errors become Swedish problems at
// file:line:col through lexicon/validate.ts, as the lexicons' do.
import type { ValidateFunction } from 'ajv';
import { problemAt, type Problem, type SourceFile } from '../data-files/problems.js';
import { compileSchema, schemaProblems } from '../data-files/validate.js';
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

/** Problems in one parsed rule file; empty when it is a valid rule of a known kind. */
export function validateRule(source: SourceFile, checks: ReadonlyMap<string, ReviewCheck>): Problem[] {
  if (!head(source.data)) return schemaProblems(source, head.errors ?? []);
  const kind = (source.data as { kind: string }).kind;
  const check = checks.get(kind);
  if (!check) {
    return [problemAt(source, ['kind'], `okänd regeltyp "${kind}" (välj ${[...checks.keys()].join(', ')})`)];
  }
  const validate = validatorFor(check);
  return validate(source.data) ? [] : schemaProblems(source, validate.errors ?? []);
}
