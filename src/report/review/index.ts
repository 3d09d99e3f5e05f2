// Renders `mrkoll review` findings: stylish (the terminal, like ESLint and Vale), JSON (the
// contract in docs/schema/review.md), SARIF 2.1.0 (code-scanning tools) and Markdown.
import type { Finding, ReviewProfile, Rule, Severity } from '../../review/types.js';
import type { PlaceKind } from '../../review/line-column.js';
import { paint, type AnsiStyle } from '../format/ansi.js';
import { truncate } from '../format/text.js';
import { mdText } from '../format/markdown.js';

/** 2: line and column point into the file (text, Markdown, HTML) or a DOCX's paragraphs, no longer the extracted text. */
export const REVIEW_SCHEMA_VERSION = 2;

export interface FileReview {
  /** The path as given on the command line, or as found under a directory or by a glob given there. */
  file: string;
  findings: Finding[];
  /** What the findings' lines count (see PlaceKind); 'text' when not given. */
  places?: PlaceKind;
  /** The file's own lines, for text formats: SARIF snippets are the file's text at each region. */
  lines?: string[];
}

/** `fil.txt:23:299`; `fil.docx:stycke 12:5`; `fil.pdf:s. 3` (a PDF's lines are its extracted text's). */
export function findingPlace(review: FileReview, f: Finding): string {
  if (review.places === 'paragraph') return `${review.file}:stycke ${f.line}:${f.column}`;
  if (review.places === 'text' && f.page !== null) return `${review.file}:s. ${f.page}`;
  return `${review.file}:${f.line}:${f.column}`;
}

const SEVERITY_LABEL: Record<Severity, string> = { error: 'fel', warning: 'varning', info: 'info' };
const COLOR: Record<Severity, AnsiStyle> = { error: 'red', warning: 'yellow', info: 'cyan' };

/** The JSON document described in docs/schema/review.md. */
export function reviewToJson(reviews: FileReview[]): object {
  return {
    schemaVersion: REVIEW_SCHEMA_VERSION,
    findings: reviews.flatMap((r) =>
      r.findings.map((f) => ({
        file: r.file,
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        place: r.places ?? 'text',
        page: f.page,
        section: f.section,
        excerpt: f.excerpt,
      })),
    ),
  };
}

/** `file:line:col  severity  message  rule-id` and the excerpt beneath, then a summary line. */
export function reviewToStylish(reviews: FileReview[], options: { color?: boolean } = {}): string {
  const color = Boolean(options.color);
  const out: string[] = [];
  for (const review of reviews) {
    if (review.findings.length === 0) continue;
    const places = review.findings.map((f) => findingPlace(review, f));
    const width = Math.max(...places.map((p) => p.length));
    review.findings.forEach((f, i) => {
      const severity = paint(COLOR[f.severity], SEVERITY_LABEL[f.severity].padEnd(7), color);
      out.push(`${places[i].padEnd(width)}  ${severity}  ${f.message}  ${paint('dim', f.ruleId, color)}`);
      if (f.excerpt) out.push(`${' '.repeat(width)}  ${paint('dim', `» ${truncate(f.excerpt, 70)}`, color)}`);
    });
    out.push('');
  }
  out.push(summaryLine(reviews.flatMap((r) => r.findings)));
  return out.join('\n');
}

export function summaryLine(findings: Finding[]): string {
  if (findings.length === 0) return '✔ inga problem';
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const [errors, warnings, infos] = [count('error'), count('warning'), count('info')];
  const parts = [`${errors} fel`, `${warnings} ${warnings === 1 ? 'varning' : 'varningar'}`, `${infos} info`];
  return `${errors > 0 ? '✖' : '⚠'} ${findings.length} ${findings.length === 1 ? 'anmärkning' : 'anmärkningar'} (${parts.join(', ')})`;
}

export function reviewToMarkdown(reviews: FileReview[]): string {
  const out = ['# Granskning', ''];
  for (const review of reviews) {
    out.push(`## ${mdText(review.file)}`, '');
    if (review.findings.length === 0) {
      out.push('Inga anmärkningar.', '');
      continue;
    }
    out.push('| Plats | Allvar | Meddelande | Regel | Utdrag |', '|---|---|---|---|---|');
    for (const f of review.findings) {
      const excerpt = f.excerpt ? mdText(truncate(f.excerpt, 80)) : '';
      const where = findingPlace(review, f).slice(review.file.length + 1);
      out.push(`| ${mdText(where)} | ${SEVERITY_LABEL[f.severity]} | ${mdText(f.message)} | \`${f.ruleId}\` | ${excerpt} |`);
    }
    out.push('');
  }
  out.push(summaryLine(reviews.flatMap((r) => r.findings)));
  return out.join('\n');
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0. A text file's results have regions in the file, with the file's own text there as
 * the snippet; a DOCX's are paragraphs and a PDF's pages, which no region can name: they get a
 * logical location ("Sammanfattning › stycke 12", "sida 3") and their place in `properties`.
 */
export function reviewToSarif(reviews: FileReview[], rules: Rule[], version: string): object {
  const active = rules.filter((r) => r.severity !== 'off');
  const index = new Map(active.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mrkoll',
            version,
            rules: active.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description.split(/(?<=\.)\s/)[0] },
              fullDescription: { text: r.source ? `${r.description} Källa: ${r.source}` : r.description },
              defaultConfiguration: { level: SARIF_LEVEL[r.severity as Severity] },
              properties: { kind: r.kind },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: reviews.flatMap((review) =>
          review.findings.map((f) => ({
            ruleId: f.ruleId,
            ...(index.has(f.ruleId) && { ruleIndex: index.get(f.ruleId) }),
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message },
            locations: [sarifLocation(review, f)],
            ...sarifProperties(review, f),
          })),
        ),
      },
    ],
  };
}

function sarifLocation(review: FileReview, f: Finding): object {
  const artifactLocation = { uri: fileUri(review.file) };
  if (review.places === 'file') {
    const snippet = review.lines ? textAt(review.lines, f) : f.excerpt;
    const region = { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn, ...(snippet && { snippet: { text: snippet } }) };
    return { physicalLocation: { artifactLocation, region } };
  }
  const name = review.places === 'paragraph' ? `stycke ${f.line}` : f.page !== null ? `sida ${f.page}` : null;
  if (name === null || (f.start === 0 && f.end === 0)) return { physicalLocation: { artifactLocation } };
  const logical = { name, fullyQualifiedName: [...f.section, name].join(' › '), kind: review.places === 'paragraph' ? 'paragraph' : 'page' };
  return { physicalLocation: { artifactLocation }, logicalLocations: [logical] };
}

function sarifProperties(review: FileReview, f: Finding): object {
  const place =
    review.places === 'paragraph'
      ? { paragraph: f.line, column: f.column, ...(f.page !== null && { page: f.page }) }
      : review.places === 'file'
        ? {}
        : { ...(f.page !== null && { page: f.page }) };
  const properties = {
    ...place,
    ...(review.places !== 'file' && f.excerpt && { excerpt: f.excerpt }),
    ...(f.expected !== undefined && { expected: f.expected }),
  };
  return Object.keys(properties).length > 0 ? { properties } : {};
}

/** The text of `lines` from the finding's start to its end (exclusive column), lines joined by "\n". */
export function textAt(lines: readonly string[], f: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>): string {
  if (f.endLine === f.line) return (lines[f.line - 1] ?? '').slice(f.column - 1, f.endColumn - 1);
  const parts = [(lines[f.line - 1] ?? '').slice(f.column - 1)];
  for (let l = f.line + 1; l < f.endLine; l++) parts.push(lines[l - 1] ?? '');
  parts.push((lines[f.endLine - 1] ?? '').slice(0, f.endColumn - 1));
  return parts.join('\n');
}

/**
 * A file path as SARIF's `uri`: a URI reference (RFC 3986), so each path segment percent-encoded
 * (UTF-8): "nämnd #2.txt" → "n%C3%A4mnd%20%232.txt"; the slashes between segments stay.
 */
export function fileUri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

/**
 * `--list-rules`: one block per rule: id, severity, kind and description; then the review
 * profiles, each with the sections it requires per document type and how seriously.
 */
export function rulesToText(rules: Rule[], profiles: ReviewProfile[] = []): string {
  const width = Math.max(...rules.map((r) => r.id.length));
  const blocks = rules.map((r) => {
    const severity = r.severity === 'off' ? 'av' : SEVERITY_LABEL[r.severity];
    return `${r.id.padEnd(width)}  ${severity.padEnd(7)}  ${r.kind}\n${' '.repeat(width + 2)}${r.description.replace(/\s+/g, ' ')}`;
  });
  if (profiles.length === 0) return blocks.join('\n');
  const sectionsRule = rules.find((r) => r.kind === 'required-sections');
  const fallback = sectionsRule?.severity ?? 'error';
  const label = (severity: Rule['severity']) => (severity === 'off' ? 'av' : SEVERITY_LABEL[severity]);
  const profileWidth = Math.max(...profiles.map((p) => p.id.length));
  const listed = [...profiles]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((p) => {
      const types = Object.entries(p.documentTypes).map(([type, entry]) => {
        const sections = (entry?.sections ?? []).filter((section) => section.severity !== 'off');
        return `${' '.repeat(profileWidth + 2)}${type}: ${sections.map((section) => `${section.name} (${label(section.severity ?? fallback)})`).join(', ')}`;
      });
      return [`${p.id.padEnd(profileWidth)}  ${p.name}`, ...types].join('\n');
    });
  return [...blocks, '', 'Granskningsprofiler (--profile; standard: stadens egen, annars generic):', ...listed].join('\n');
}
