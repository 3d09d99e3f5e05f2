// One shape for everything wrong with a lexicon directory, each pinned to file:line:col so an
// editor can jump to it, and the YAML reading that knows where every value came from.
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Document, LineCounter, Node, YAMLError } from 'yaml';
import { readTextFile, tooLarge } from './read.js';
import { contentHash, dataFilesRecallable, recall, remember } from './memo.js';

// The YAML parser (74 modules) is loaded on the first file the memo (memo.ts) does not know.
let parser: typeof import('yaml') | undefined;
const yaml = (): typeof import('yaml') => (parser ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

export interface Problem {
  /** Absolute path of the offending file. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  col: number;
  message: string;
}

/** Thrown by `loadLexicons`: every problem found, one per line as `file:line:col: message`. */
export class LexiconError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[], base: string = process.cwd()) {
    super(`lexikonen innehåller fel:\n${problems.map((p) => formatProblem(p, base)).join('\n')}`);
    this.name = 'LexiconError';
    this.problems = problems;
  }
}

/** `file:line:col: message`, with the file relative to `base` when it lies below it. */
export function formatProblem(problem: Problem, base: string = process.cwd()): string {
  const relative = path.relative(base, problem.file);
  const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : problem.file;
  return `${shown}:${problem.line}:${problem.col}: ${problem.message}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
}

/** A key path into a YAML document: map keys and sequence indexes. */
export type YamlPath = Array<string | number>;

/** A parsed YAML file that can answer "where is this value?". */
export interface SourceFile {
  file: string;
  data: unknown;
  doc: Document;
  lines: LineCounter;
}

/**
 * Limits on every YAML data file, which may come from a user (--lexicons, --rules, a corpus
 * manifest): its size, how deeply it may nest (the parser recurses: it catches its own stack
 * overflow near 1,000 levels, but 1,000,000 `[` take it 3 s and 900 MB first), and how many values
 * its aliases may expand to (a "billion laughs" of nested anchors is a few lines that expand to
 * millions of values). The largest bundled file is 70 kB, has 327 brackets and nests 5 levels.
 */
export const YAML_LIMITS = { maxBytes: 1024 * 1024, maxDepth: 500, maxAliasCount: 100 } as const;

/** YAML syntax errors shown for one file; the rest are counted in one last line. */
const MAX_SYNTAX_PROBLEMS = 20;

/** Parses `file`; a file that cannot be read and YAML syntax errors are returned as problems, and `data` is then null. */
export function readYaml(file: string): { source: SourceFile; problems: Problem[] } {
  const read = readTextFile(file, YAML_LIMITS.maxBytes);
  if ('reason' in read) {
    const { source } = parseYaml('', file);
    return { source, problems: [{ file, line: 1, col: 1, message: read.reason }] };
  }
  return parseYaml(read.text, file);
}

/** Parses `text` as the contents of `file`, as `readYaml` does. Never throws: every failure is a problem. */
export function parseYaml(text: string, file: string): { source: SourceFile; problems: Problem[] } {
  if (!dataFilesRecallable()) return parseYamlText(text, file);
  const key = `yaml ${contentHash(text)}`;
  const known = recall(key);
  if (known !== undefined) return { source: unparsedSource(file, text, JSON.parse(known)), problems: [] };
  const parsed = parseYamlText(text, file);
  if (parsed.problems.length === 0 && isJson(parsed.source.data)) remember(key, JSON.stringify(parsed.source.data));
  return parsed;
}

/**
 * A file whose data the memo had: its YAML is parsed only if something asks where a value is
 * (a problem found after the schema's, which the memo does not remember).
 */
function unparsedSource(file: string, text: string, data: unknown): SourceFile {
  let parsed: SourceFile | undefined;
  const parse = () => (parsed ??= parseYamlText(text, file).source);
  return {
    file,
    data,
    get doc() {
      return parse().doc;
    },
    get lines() {
      return parse().lines;
    },
  };
}

/** True when `value` comes back from JSON as it is: YAML can also give Infinity, NaN and undefined. */
function isJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJson);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every(isJson);
}

function parseYamlText(text: string, file: string): { source: SourceFile; problems: Problem[] } {
  const { LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const tooLarge = sizeProblem(text, file) ?? depthProblem(text, file);
  const doc = parseDocument(tooLarge ? '' : text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const source: SourceFile = { file, data: null, doc, lines };
  if (tooLarge) return { source, problems: [tooLarge] };
  const problems = syntaxProblems(doc.errors, lines, file);
  if (problems.length > 0) return { source, problems };
  try {
    source.data = doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount }) as unknown;
  } catch (error) {
    // yaml throws a ReferenceError when aliases expand past maxAliasCount; point at the first alias.
    const at = firstAliasOffset(doc);
    const pos = lines.linePos(at);
    const message =
      error instanceof ReferenceError
        ? `YAML-fel: alias (*namn) expanderar till för många värden (högst ${YAML_LIMITS.maxAliasCount}): filen läses inte`
        : `YAML-fel: filen kan inte tolkas (${(error as Error).message})`;
    return { source, problems: [{ file, line: at === 0 ? 1 : pos.line, col: at === 0 ? 1 : pos.col, message }] };
  }
  return { source, problems: [] };
}

function sizeProblem(text: string, file: string): Problem | null {
  return text.length <= YAML_LIMITS.maxBytes ? null : { file, line: 1, col: 1, message: tooLarge(text.length, YAML_LIMITS.maxBytes) };
}

/**
 * Deeper nesting than `maxDepth`, found before the parser builds it. A file with fewer `[` and `{`
 * than that cannot nest deeper in brackets (every bundled file): only then are the brackets
 * counted as the parser's own lexer sees them, outside strings, where a `]` in a quoted string
 * cannot hide an open `[`. A line's leading `- ` and `? ` (a compact nested list) count too.
 */
function depthProblem(text: string, file: string): Problem | null {
  const compact = /^[ \t]*(?:[-?][ \t]+)+/gm;
  for (let m = compact.exec(text); m !== null; m = compact.exec(text)) {
    if (m[0].replace(/[^-?]/g, '').length > YAML_LIMITS.maxDepth) return { file, ...lineCol(text, m.index), message: nestingMessage() };
  }
  if (countOpenBrackets(text) <= YAML_LIMITS.maxDepth) return null;
  let depth = 0;
  let offset = 0;
  for (const token of new (yaml().Lexer)().lex(text)) {
    if (token === '[' || token === '{') {
      if (++depth > YAML_LIMITS.maxDepth) return { file, ...lineCol(text, offset), message: nestingMessage() };
    } else if (token === ']' || token === '}') depth = Math.max(0, depth - 1);
    // The lexer's markers of document and scalar starts are not in the text.
    if (!LEXER_MARKERS.has(token)) offset += token.length;
  }
  return null;
}

const LEXER_MARKERS = new Set(['\x02', '\x18', '\x1f']);

function countOpenBrackets(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) count++;
  }
  return count;
}

/** 1-based line and column of `offset` in `text`. */
function lineCol(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
  return { line, col: offset - lineStart + 1 };
}

function nestingMessage(): string {
  return `YAML-fel: för djupt nästlad (fler än ${YAML_LIMITS.maxDepth} nivåer)`;
}

/** The parser's errors in Swedish, at most MAX_SYNTAX_PROBLEMS of them (100,000 `[` give hundreds). */
function syntaxProblems(errors: readonly YAMLError[], lines: LineCounter, file: string): Problem[] {
  const problems = errors.slice(0, MAX_SYNTAX_PROBLEMS).map((error): Problem => {
    const pos = lines.linePos(error.pos[0]);
    return { file, line: pos.line, col: pos.col, message: `YAML-fel: ${YAML_ERRORS[error.code] ?? firstLine(error.message)}` };
  });
  if (errors.length > MAX_SYNTAX_PROBLEMS) {
    const last = problems[problems.length - 1];
    problems.push({ ...last, message: `YAML-fel: och ${errors.length - MAX_SYNTAX_PROBLEMS} fel till` });
  }
  return problems;
}

/** The yaml package's error codes in Swedish; its own messages are English. */
const YAML_ERRORS: Partial<Record<YAMLError['code'], string>> = {
  ALIAS_PROPS: 'ett alias (*namn) kan inte ha ankare eller tagg',
  BAD_ALIAS: 'ogiltigt alias (*namn)',
  BAD_COLLECTION_TYPE: 'taggen passar inte den här sortens värde',
  BAD_DIRECTIVE: 'ogiltigt direktiv (%)',
  BAD_DQ_ESCAPE: 'ogiltig \\-sekvens i en sträng inom dubbla citattecken',
  BAD_INDENT: 'fel indrag',
  BAD_PROP_ORDER: 'ankare (&) och tagg (!) i fel ordning',
  BAD_SCALAR_START: 'ett värde kan inte börja med det här tecknet (sätt värdet inom citattecken)',
  BLOCK_AS_IMPLICIT_KEY: 'en nyckel kan inte vara ett block',
  BLOCK_IN_FLOW: 'ett block kan inte stå inom [ ] eller { }',
  DUPLICATE_KEY: 'nyckeln står två gånger',
  MISSING_CHAR: 'ett tecken saknas (ett avslutande citattecken, ], } eller ett kolon)',
  MULTILINE_IMPLICIT_KEY: 'en nyckel måste stå på en rad (saknas ett kolon eller ett citattecken?)',
  MULTIPLE_ANCHORS: 'flera ankare (&) på samma värde',
  MULTIPLE_DOCS: 'filen har flera YAML-dokument (---); en datafil har ett',
  MULTIPLE_TAGS: 'flera taggar (!) på samma värde',
  NON_STRING_KEY: 'nyckeln är inte en sträng',
  RESOURCE_EXHAUSTION: 'för djupt nästlad för YAML-tolken',
  TAB_AS_INDENT: 'tabb som indrag (använd mellanslag)',
  TAG_RESOLVE_FAILED: 'okänd tagg (!)',
  UNEXPECTED_TOKEN: 'oväntat tecken',
};

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/** Offset of the first alias in `doc`, or 0. */
function firstAliasOffset(doc: Document): number {
  let offset = 0;
  const { visit } = yaml();
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/**
 * Where the value at `path` starts; with `key`, where its key starts (for "unknown field").
 * Falls back to the nearest ancestor that exists, so a missing field points at its parent map.
 */
export function locate(source: SourceFile, at: YamlPath, key?: string): { line: number; col: number } {
  for (let depth = at.length; depth >= 0; depth--) {
    const node = source.doc.getIn(at.slice(0, depth), true) as Node | undefined;
    if (node === undefined && depth > 0) continue;
    const target = key !== undefined && depth === at.length ? (keyNode(node, key) ?? node) : node;
    const offset = target?.range?.[0] ?? source.doc.contents?.range?.[0] ?? 0;
    const pos = source.lines.linePos(offset);
    return { line: pos.line, col: pos.col };
  }
  return { line: 1, col: 1 };
}

function keyNode(node: Node | undefined, key: string): Node | undefined {
  const { isMap, isPair, isScalar } = yaml();
  if (!isMap(node)) return undefined;
  for (const pair of node.items) {
    if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key) return pair.key;
  }
  return undefined;
}

/** A problem at `path` in `source`. */
export function problemAt(source: SourceFile, at: YamlPath, message: string, key?: string): Problem {
  return { file: source.file, ...locate(source, at, key), message };
}

/** `categories[0].terms[3]`, for messages. */
export function showPath(at: YamlPath): string {
  return at.reduce<string>((shown, part) => (typeof part === 'number' ? `${shown}[${part}]` : shown ? `${shown}.${part}` : part), '');
}
