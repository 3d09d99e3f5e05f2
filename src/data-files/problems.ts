// One shape for everything wrong with a lexicon directory, each pinned to file:line:col so an
// editor can jump to it, and the YAML reading that knows where every value came from.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document, type Node } from 'yaml';

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

/** Parses `file`; YAML syntax errors are returned as problems, and `data` is then null. */
export function readYaml(file: string): { source: SourceFile; problems: Problem[] } {
  return parseYaml(readFileSync(file, 'utf8'), file);
}

/** Parses `text` as the contents of `file`, as `readYaml` does. */
export function parseYaml(text: string, file: string): { source: SourceFile; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problems: Problem[] = doc.errors.map((error) => {
    const pos = lines.linePos(error.pos[0]);
    return { file, line: pos.line, col: pos.col, message: `YAML-fel: ${firstLine(error.message)}` };
  });
  const data = problems.length === 0 ? (doc.toJS() as unknown) : null;
  return { source: { file, data, doc, lines }, problems };
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
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
