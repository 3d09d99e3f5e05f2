// One line of a tag shard (`mrkoll tag --format jsonl`, docs/schema/tags-jsonl.md): a tagged
// document, or a file that could not be read, as one JSON object. `mrkoll analyze --from-tags`
// reads the lines back; they are untrusted input there, so every line is checked against the
// schema and the offsets against the text before it reaches the analysis.
import { compileSchema, describeSchemaError } from '../data-files/validate.js';
import { ADMINISTRATION_KINDS, DOCUMENT_TYPES, EXTERNAL_KINDS, type InputFailure } from '../types.js';
import type { TagResult } from '../tag/index.js';

export const SHARD_SCHEMA = 'mrkoll-tags';
export const SHARD_SCHEMA_VERSION = 1;

/** A document's line. A passage text that is a slice of the document's text is left out (the text is then held once). */
export function documentLine(doc: TagResult): string {
  const passages = doc.passages.map((p) => (doc.text.slice(p.start, p.end) === p.text ? Object.assign({}, p, { text: undefined }) : p));
  return JSON.stringify({ schema: SHARD_SCHEMA, schemaVersion: SHARD_SCHEMA_VERSION, document: { ...doc, passages } });
}

/** A line for a file the tagging run could not read, so the merged analysis lists it where one run would. */
export function failureLine(failure: InputFailure): string {
  return JSON.stringify({ schema: SHARD_SCHEMA, schemaVersion: SHARD_SCHEMA_VERSION, failure: { path: failure.path, reason: failure.reason } });
}

export type ShardLine = { document: TagResult } | { failure: InputFailure } | { problem: string };

const count = { type: 'integer', minimum: 0 } as const;
const nullable = (type: string) => ({ type: [type, 'null'] });
const strings = { type: 'array', items: { type: 'string' } } as const;
const record = (required: string[], properties: Record<string, object>) => ({ type: 'object', required, properties });
const span = record(['start', 'end'], { start: count, end: count });
const evidence = record(['term', 'start', 'end', 'text', 'negated'], {
  term: { type: 'string' },
  start: count,
  end: count,
  text: { type: 'string' },
  negated: { type: 'boolean' },
});
const tag = record(['id', 'kind', 'negated', 'boilerplate', 'evidence'], {
  id: { type: 'string' },
  kind: { enum: ['principle', 'area'] },
  negated: { type: 'boolean' },
  boilerplate: { type: 'boolean' },
  evidence: { type: 'array', items: evidence },
});
const mention = record(['id', 'name', 'registered', 'start', 'end', 'via'], {
  id: { type: 'string' },
  name: { type: 'string' },
  registered: { type: 'boolean' },
  external: { const: true },
  kind: { enum: [...ADMINISTRATION_KINDS, ...EXTERNAL_KINDS] },
  start: count,
  end: count,
  via: { enum: ['explicit', 'anaphor', 'group', 'coordination', 'heading', 'office'] },
  variant: { type: 'string' },
});
const passage = record(['id', 'kind', 'sectionPath', 'page', 'line', 'start', 'end', 'sentences', 'tags', 'mentions', 'boilerplate', 'words'], {
  id: { type: 'string' },
  kind: { enum: ['paragraph', 'heading', 'list-item', 'table-row'] },
  sectionPath: strings,
  page: nullable('integer'),
  line: nullable('integer'),
  start: count,
  end: count,
  text: { type: 'string' },
  level: { type: 'integer' },
  sentences: { type: 'array', items: span },
  origin: { type: 'array', items: { type: 'integer' } },
  tags: { type: 'array', items: tag },
  mentions: { type: 'array', items: mention },
  boilerplate: nullable('string'),
  words: count,
});
const metadata = record(['type', 'title', 'date', 'caseNumbers', 'city', 'year', 'author'], {
  type: { enum: [...DOCUMENT_TYPES] },
  title: nullable('string'),
  date: nullable('string'),
  caseNumbers: strings,
  city: nullable('string'),
  year: nullable('integer'),
  author: nullable('string'),
  authorId: nullable('string'),
  variantOf: nullable('string'),
});
const document = record(
  ['path', 'format', 'sha256', 'bytes', 'pageCount', 'metadata', 'text', 'passages', 'footnotes', 'furniture', 'warnings', 'author', 'city', 'frameworks'],
  {
    path: { type: 'string' },
    format: { enum: ['pdf', 'docx', 'txt', 'md', 'html'] },
    sha256: { type: 'string' },
    bytes: count,
    encoding: { type: 'string' },
    pageCount: nullable('integer'),
    metadata,
    text: { type: 'string' },
    passages: { type: 'array', items: passage },
    footnotes: { type: 'array', items: record(['label', 'text'], { label: { type: 'string' }, text: { type: 'string' }, page: { type: 'integer' } }) },
    furniture: strings,
    warnings: strings,
    author: nullable('string'),
    city: nullable('string'),
    frameworks: strings,
  },
);
const validLine = compileSchema({
  type: 'object',
  required: ['schema', 'schemaVersion'],
  properties: {
    schema: { const: SHARD_SCHEMA },
    schemaVersion: { const: SHARD_SCHEMA_VERSION },
    document,
    failure: record(['path', 'reason'], { path: { type: 'string' }, reason: { type: 'string' } }),
  },
});

/** Reads one line back: the document (its passage texts sliced again), the failure, or what is wrong with the line, in Swedish. */
export function parseShardLine(line: string): ShardLine {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return { problem: 'raden är inte giltig JSON' };
  }
  const head = data as { schema?: unknown; schemaVersion?: unknown } | null;
  if (typeof head !== 'object' || head === null || Array.isArray(head) || head.schema !== SHARD_SCHEMA) {
    return { problem: `raden är inte en rad från mrkoll tag --format jsonl (schema ${SHARD_SCHEMA} saknas)` };
  }
  if (head.schemaVersion !== SHARD_SCHEMA_VERSION) {
    // The line is untrusted: its own value is shown only when it is a plain number.
    const v = head.schemaVersion;
    const found = v === undefined ? 'saknas' : Number.isSafeInteger(v) ? `är ${v as number}` : 'är inte ett heltal';
    return { problem: `schemaversion ${found}; den här versionen av mrkoll läser version ${SHARD_SCHEMA_VERSION}` };
  }
  if ('document' in head === 'failure' in head) return { problem: 'raden ska ha antingen "document" eller "failure"' };
  if (!validLine(data)) {
    const error = validLine.errors?.[0];
    return { problem: `raden har fel form: ${error ? describeSchemaError(data, error) : 'okänt fel'}` };
  }
  const valid = data as { document?: TagResult; failure?: InputFailure };
  if (valid.failure) return { failure: valid.failure };
  const doc = valid.document!;
  const problem = offsetProblem(doc);
  if (problem) return { problem };
  for (const p of doc.passages) p.text ??= doc.text.slice(p.start, p.end);
  return { document: doc };
}

/** Offsets that point outside the text they belong to: the analysis would quote nothing or the wrong words. */
function offsetProblem(doc: TagResult): string | null {
  for (const p of doc.passages) {
    const length = p.text?.length ?? p.end - p.start;
    const bad =
      p.start > p.end ||
      p.end > doc.text.length ||
      p.sentences.some((s) => s.start > s.end || s.end > doc.text.length) ||
      p.tags.some((t) => t.evidence.some((e) => e.start > e.end || e.end > length)) ||
      p.mentions.some((m) => m.start > m.end || m.end > length) ||
      (p.origin !== undefined && p.origin.length % 4 !== 0);
    if (bad) return `stycket ${p.id} har förskjutningar utanför texten`;
  }
  return null;
}
