// The JSON Schema of a rule file: the fields every rule has, plus the fields of its kind (each
// check declares its own), strict about unknown keys, with ajv's errors in Swedish at file:line:col.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { problemAt, showPath, type Problem, type SourceFile, type YamlPath } from '../../lexicon/problems.js';
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

const ajv = new Ajv({ allErrors: true, strict: true, verbose: true });
const head: ValidateFunction = ajv.compile({
  type: 'object',
  required: COMMON_REQUIRED,
  properties: COMMON_PROPERTIES,
});
const byKind = new Map<string, ValidateFunction>();

function validatorFor(check: ReviewCheck): ValidateFunction {
  let validate = byKind.get(check.meta.id);
  if (!validate) {
    const own = check.meta.schema as { properties?: Record<string, unknown>; required?: string[] };
    validate = ajv.compile({
      type: 'object',
      additionalProperties: false,
      required: [...COMMON_REQUIRED, ...(own.required ?? [])],
      properties: { ...COMMON_PROPERTIES, ...(own.properties ?? {}) },
    });
    byKind.set(check.meta.id, validate);
  }
  return validate;
}

/** Problems in one parsed rule file; empty when it is a valid rule of a known kind. */
export function validateRule(source: SourceFile, checks: ReadonlyMap<string, ReviewCheck>): Problem[] {
  if (!head(source.data)) return toProblems(source, head.errors ?? []);
  const kind = (source.data as { kind: string }).kind;
  const check = checks.get(kind);
  if (!check) {
    return [problemAt(source, ['kind'], `okänd regeltyp "${kind}" (välj ${[...checks.keys()].join(', ')})`)];
  }
  const validate = validatorFor(check);
  return validate(source.data) ? [] : toProblems(source, validate.errors ?? []);
}

function toProblems(source: SourceFile, errors: ErrorObject[]): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const error of errors) {
    const { message, key } = describe(error);
    const at = pointerToPath(error.instancePath);
    const where = showPath(at);
    const problem = problemAt(source, at, where ? `${where}: ${message}` : message, key);
    const id = `${problem.line}:${problem.col}:${problem.message}`;
    if (!seen.has(id)) {
      seen.add(id);
      problems.push(problem);
    }
  }
  return problems;
}

function pointerToPath(pointer: string): YamlPath {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

const TYPE_NAMES: Record<string, string> = {
  string: 'en sträng',
  array: 'en lista',
  object: 'en tabell (nyckel: värde)',
  boolean: 'true eller false',
  number: 'ett tal',
  integer: 'ett heltal',
};

function describe(error: ErrorObject): { message: string; key?: string } {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return { message: `okänt fält "${String(params.additionalProperty)}"`, key: String(params.additionalProperty) };
    case 'required':
      return { message: `fältet "${String(params.missingProperty)}" saknas` };
    case 'type':
      return { message: `ska vara ${String(params.type).split(',').map((t) => TYPE_NAMES[t] ?? t).join(' eller ')}` };
    case 'enum':
      return { message: `ska vara ett av: ${(params.allowedValues as unknown[]).join(', ')}` };
    case 'pattern':
      return { message: `"${String(error.data)}" har fel form (ska matcha ${String(params.pattern)})` };
    case 'minItems':
      return { message: `ska ha minst ${String(params.limit)} element` };
    case 'minimum':
    case 'exclusiveMinimum':
      return { message: `ska vara minst ${String(params.limit)}` };
    case 'minLength':
      return { message: 'får inte vara tom' };
    default:
      return { message: error.message ?? error.keyword };
  }
}
