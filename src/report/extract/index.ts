// Renders what the extraction pipeline sees, for `mrkoll extract`: text, Markdown or JSON.
import type { Document, InputFailure, Passage } from '../../types.js';
import { mdText } from '../format/markdown.js';
import { cityLabel } from '../format/city.js';

export const EXTRACT_SCHEMA_VERSION = 1;

/** The JSON document described in docs/schema/extract.md. */
export function extractToJson(documents: Document[], failures: InputFailure[]): object {
  return {
    schemaVersion: EXTRACT_SCHEMA_VERSION,
    documents: documents.map((doc) => ({
      path: doc.path,
      format: doc.format,
      sha256: doc.sha256,
      bytes: doc.bytes,
      encoding: doc.encoding ?? null,
      pageCount: doc.pageCount,
      metadata: doc.metadata,
      passages: doc.passages.map((p) => ({
        id: p.id,
        section: p.sectionPath.at(-1) ?? null,
        sectionPath: p.sectionPath,
        page: p.page,
        line: p.line,
        start: p.start,
        end: p.end,
        kind: p.kind,
        level: p.level ?? null,
        text: p.text,
        sentences: p.sentences.map((s) => [s.start, s.end]),
      })),
      footnotes: doc.footnotes,
      furniture: doc.furniture,
      warnings: doc.warnings,
    })),
    failures,
  };
}

const TYPE_LABEL: Record<string, string> = {
  tjänsteskrivelse: 'tjänsteskrivelse',
  protokollsutdrag: 'protokollsutdrag',
  remissvar: 'remissvar',
  årsanalys: 'årsanalys',
  rapport: 'rapport',
  policy: 'policy/plan',
  other: 'övrigt',
};

function metadataLines(doc: Document): [string, string][] {
  const m = doc.metadata;
  return [
    ['Typ', TYPE_LABEL[m.type] ?? m.type],
    ['Titel', m.title ?? '–'],
    ['Datum', m.date ?? '–'],
    ['Diarienummer', m.caseNumbers.join(', ') || '–'],
    ['Kommun', cityLabel(m.city)],
    ['År', m.year?.toString() ?? '–'],
    ['Avsändare', m.author ?? '–'],
    ['Sidor', doc.pageCount?.toString() ?? '–'],
    ['Stycken', doc.passages.length.toString()],
  ];
}

function place(p: Passage): string {
  if (p.page !== null) return `s. ${p.page}`;
  if (p.line !== null) return `rad ${p.line}`;
  return '';
}

const KIND_MARK: Record<string, string> = { paragraph: '¶', heading: '#', 'list-item': '•', 'table-row': '▦' };

export function extractToText(documents: Document[]): string {
  const out: string[] = [];
  for (const doc of documents) {
    out.push(`== ${doc.path}`);
    for (const [key, value] of metadataLines(doc)) out.push(`   ${key.padEnd(13)} ${value}`);
    out.push('');
    for (const p of doc.passages) {
      const where = place(p).padEnd(8);
      if (p.kind === 'heading') out.push(`${where} ${'#'.repeat(p.level ?? 1)} ${p.text}`);
      else out.push(`${where} ${KIND_MARK[p.kind]} ${p.kind === 'list-item' ? '  '.repeat(p.level ?? 0) : ''}${p.text}`);
    }
    if (doc.footnotes.length > 0) {
      out.push('', '   Fotnoter:');
      for (const f of doc.footnotes) out.push(`   [${f.label}] ${f.text}${f.page ? ` (s. ${f.page})` : ''}`);
    }
    if (doc.furniture?.length) out.push('', `   Sidhuvud och sidfot: ${doc.furniture.join(' | ')}`);
    for (const w of doc.warnings) out.push(`   varning: ${w}`);
    out.push('');
  }
  return out.join('\n');
}

export function extractToMarkdown(documents: Document[]): string {
  const out: string[] = [];
  for (const doc of documents) {
    out.push(`# ${mdText(doc.path)}`, '', '| Fält | Värde |', '|---|---|');
    for (const [key, value] of metadataLines(doc)) out.push(`| ${key} | ${mdText(value)} |`);
    out.push('');
    for (const p of doc.passages) {
      const where = place(p) ? ` <sub>${place(p)}</sub>` : '';
      const text = mdText(p.text, { lineStart: true });
      if (p.kind === 'heading') out.push(`${'#'.repeat(Math.min((p.level ?? 1) + 1, 6))} ${text}`, '');
      else if (p.kind === 'list-item') out.push(`${'  '.repeat(p.level ?? 0)}- ${text}${where}`);
      else out.push(`${text}${where}`, '');
    }
    if (doc.footnotes.length > 0) {
      out.push('', '**Fotnoter**', '');
      for (const f of doc.footnotes) out.push(`${mdText(f.label)}. ${mdText(f.text)}`);
    }
    out.push('');
  }
  return out.join('\n');
}
