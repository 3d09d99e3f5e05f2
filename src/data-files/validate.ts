// The one translation of ajv's errors into Swedish problems at the line and column of the
// offending value, shared by every YAML data file the tool loads (lexicons, review rules, analysis
// rules, corpus manifests, language data), and the reading of one such file that either returns
// its data or throws every problem in it as `file:line:col: message`.
import { createRequire } from 'node:module';
import type { Ajv as AjvInstance, ErrorObject, FuncKeywordDefinition, ValidateFunction } from 'ajv';
import { formatProblem, parseYaml, problemAt, showPath, sortProblems, YAML_LIMITS, type Problem, type SourceFile, type YamlPath } from './problems.js';
import { readTextFile } from './read.js';
import { contentHash, dataFilesRecallable, recall, remember } from './memo.js';

// One Ajv for every schema: each instance compiles JSON Schema's meta-schema before its first
// schema (15–25 ms), and the CLI and each pool worker used to start seven. strictTypes is off
// because the lexicon term schema's if/then/else deliberately mixes string and object.
// passContext: a keyword of one loader may read what the loader passes as `this` to `validate.call`.
// Ajv (65 modules) is loaded, and a schema compiled, on the first validation the memo does not know.
let instance: AjvInstance | undefined;
const keywords: Array<FuncKeywordDefinition & { keyword: string }> = [];

function ajv(): AjvInstance {
  if (!instance) {
    const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    instance = new Ajv({ allErrors: true, strict: true, strictTypes: false, passContext: true });
    for (const definition of keywords) instance.addKeyword(definition);
  }
  return instance;
}

/** Adds a keyword of a loader's own (once, before the first schema that uses it is compiled). */
export function defineKeyword(definition: FuncKeywordDefinition & { keyword: string }): void {
  if (keywords.some((k) => k.keyword === definition.keyword)) return;
  keywords.push(definition);
  instance?.addKeyword(definition);
}

/**
 * A validator for one data file's schema, compiled on its first use. Data that passed the same
 * schema before (same content, same `this`) passes without Ajv: the memo (memo.ts) remembers
 * successes by content hash, and the memo's key covers the code of the keywords (see the CLI).
 */
export function compileSchema<T = unknown>(schema: object): ValidateFunction<T> {
  let compiled: ValidateFunction<T> | undefined;
  let schemaHash: string | undefined;
  const validate = function (this: unknown, data: unknown): boolean {
    const key = dataFilesRecallable()
      ? `valid ${(schemaHash ??= contentHash(JSON.stringify(schema)))} ${contentHash(`${JSON.stringify(this ?? null)}\n${JSON.stringify(data)}`)}`
      : null;
    if (key !== null && recall(key) !== undefined) {
      validate.errors = null;
      return true;
    }
    compiled ??= ajv().compile<T>(schema);
    const valid = compiled.call(this, data);
    validate.errors = compiled.errors;
    if (valid && key !== null) remember(key, '1');
    return valid;
  } as ValidateFunction<T>;
  return validate;
}

/** A string with something besides white space in it; refused as "får inte vara tom". */
export const NON_BLANK_TEXT = { type: 'string', pattern: '\\S' } as const;

/** Schema problems of one parsed file, in the order ajv reports them, with Swedish messages. */
export function schemaProblems(source: SourceFile, errors: readonly ErrorObject[]): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const error of errors) {
    // An if/then/else reports the failed branch itself; "must match then" adds nothing.
    if (error.keyword === 'if') continue;
    // A property name's own error is reported with the propertyNames error after it, which names the key.
    if (error.schemaPath.includes('/propertyNames/')) continue;
    const at = pointerToPath(error.instancePath);
    const { message, key, item } = error.keyword === 'propertyNames' ? describeName(error, errors) : describe(error, valueAt(source.data, at));
    const where = showPath(at);
    const target = item === undefined ? at : [...at, item];
    const problem = problemAt(source, target, where ? `${where}: ${message}` : message, key);
    // allErrors can report one fault twice (e.g. through both branches of a type union).
    const id = `${problem.line}:${problem.col}:${problem.message}`;
    if (!seen.has(id)) {
      seen.add(id);
      problems.push(problem);
    }
  }
  return problems;
}

/** One ajv error as a Swedish phrase for data that is not a YAML file (a JSON line): `passages[3].start: ska vara ett heltal`. */
export function describeSchemaError(data: unknown, error: ErrorObject): string {
  const at = pointerToPath(error.instancePath);
  const { message } = describe(error, valueAt(data, at));
  const where = showPath(at);
  return where ? `${where}: ${message}` : message;
}

/** Every problem in one data file; the message lists them one per line as `file:line:col: message`. */
export class DataFileError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(problems.map((p) => formatProblem(p)).join('\n'));
    this.name = new.target.name;
    this.problems = problems;
  }
}

/** The error a loader throws: `DataFileError` or its own subclass of it. */
export type DataFileErrorClass = new (problems: Problem[]) => DataFileError;

/**
 * Reads `file` as YAML and validates it; returns the data, or throws `Failure` with every problem:
 * the file cannot be read, its YAML syntax, or each schema violation, all at file:line:col and in
 * line order, as the lexicon loader sorts them.
 */
export function readValidatedYaml<T>(file: string, validate: ValidateFunction<T>, Failure: DataFileErrorClass = DataFileError): T {
  return parseValidatedYaml(readDataFile(file, Failure), file, validate, Failure);
}

/**
 * The text of a data file; throws `Failure` at `file:1:1` when it cannot be read: missing, not a
 * regular file (a folder, a FIFO) or larger than `maxBytes` (default: the YAML size limit).
 */
export function readDataFile(file: string, Failure: DataFileErrorClass = DataFileError, maxBytes: number = YAML_LIMITS.maxBytes): string {
  const read = readTextFile(file, maxBytes);
  if ('reason' in read) throw new Failure([{ file, line: 1, col: 1, message: read.reason }]);
  return read.text;
}

/** `readValidatedYaml` for text already read: `file` is only where the problems say they are. */
export function parseValidatedYaml<T>(text: string, file: string, validate: ValidateFunction<T>, Failure: DataFileErrorClass = DataFileError): T {
  return parseValidatedSource(text, file, validate, Failure).data;
}

/** `readValidatedYaml` that also returns the parsed file, for problems the schema cannot see (at `problemAt`). */
export function readValidatedSource<T>(
  file: string,
  validate: ValidateFunction<T>,
  Failure: DataFileErrorClass = DataFileError,
): { data: T; source: SourceFile } {
  return parseValidatedSource(readDataFile(file, Failure), file, validate, Failure);
}

function parseValidatedSource<T>(text: string, file: string, validate: ValidateFunction<T>, Failure: DataFileErrorClass): { data: T; source: SourceFile } {
  const { source, problems } = parseYaml(text, file);
  if (problems.length > 0) throw new Failure(problems);
  if (!validate(source.data)) throw new Failure(sortProblems(schemaProblems(source, validate.errors ?? [])));
  return { data: source.data, source };
}

/** `/categories/0/terms` as `['categories', 0, 'terms']`. */
function pointerToPath(pointer: string): YamlPath {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The value at `at` in the parsed data: what a message quotes, whatever ajv's `verbose` option. */
function valueAt(data: unknown, at: YamlPath): unknown {
  let value = data;
  for (const part of at) value = (value as Record<string | number, unknown> | null | undefined)?.[part];
  return value;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'en sträng',
  array: 'en lista',
  object: 'en tabell (nyckel: värde)',
  boolean: 'true eller false',
  null: 'null',
  number: 'ett tal',
  integer: 'ett heltal',
};

/** A bad property name: its own error's message, pointing at the key. */
function describeName(error: ErrorObject, errors: readonly ErrorObject[]): { message: string; key?: string; item?: number } {
  const name = String((error.params as { propertyName: unknown }).propertyName);
  const own = errors.find((e) => e.instancePath === error.instancePath && e.schemaPath.startsWith(`${error.schemaPath}/`));
  return { message: `"${name}": ${own ? describe(own, name).message : 'ogiltigt namn'}`, key: name };
}

/** The message, and where to point: a map key (unknown field) or an item of the list (duplicate). */
function describe(error: ErrorObject, value: unknown): { message: string; key?: string; item?: number } {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return { message: `okänt fält "${String(params.additionalProperty)}"`, key: String(params.additionalProperty) };
    case 'required':
      return { message: `fältet "${String(params.missingProperty)}" saknas` };
    case 'type': {
      const types = String(params.type)
        .split(',')
        .map((t) => TYPE_NAMES[t] ?? t);
      return { message: `ska vara ${types.join(' eller ')}` };
    }
    case 'enum':
      return { message: `ska vara ett av: ${(params.allowedValues as unknown[]).join(', ')}` };
    case 'const':
      return { message: `ska vara ${JSON.stringify(params.allowedValue)}, inte ${JSON.stringify(value)}` };
    case 'pattern':
      if (params.pattern === NON_BLANK_TEXT.pattern) return { message: 'får inte vara tom' };
      return { message: `"${String(value)}" har fel form (ska matcha ${String(params.pattern)})` };
    case 'minItems':
      return { message: `ska ha minst ${String(params.limit)} element` };
    case 'minLength':
      return { message: 'får inte vara tom' };
    case 'minimum':
      return { message: `ska vara minst ${String(params.limit)}` };
    case 'maximum':
      return { message: `ska vara högst ${String(params.limit)}` };
    case 'exclusiveMinimum':
      return { message: `ska vara större än ${String(params.limit)}` };
    case 'exclusiveMaximum':
      return { message: `ska vara mindre än ${String(params.limit)}` };
    case 'uniqueItems':
      // ajv names the two equal items i and j; point at the later one, the repetition.
      return { message: `"${String((value as unknown[])[Number(params.i)])}" står två gånger`, item: Math.max(Number(params.i), Number(params.j)) };
    default:
      return { message: error.message ?? error.keyword };
  }
}
