// Renders search results for `mrkoll search`: a ranked list for the terminal, JSON
// (docs/schema/search.md) and CSV.
import type { SearchFilters, SearchResult } from '../../search/query.js';
import type { Snippet } from '../../search/snippet.js';
import { ANSI } from '../format/ansi.js';
import { csvTable } from '../format/csv.js';

export const SEARCH_SCHEMA_VERSION = 1;

/** The JSON document described in docs/schema/search.md. */
export function searchToJson(query: string, filters: SearchFilters, result: SearchResult): object {
  return {
    schemaVersion: SEARCH_SCHEMA_VERSION,
    query: {
      text: query,
      words: result.query.words.map((w) => ({ text: w.text, term: w.term, forms: w.forms })),
      phrases: result.query.phrases,
      ignored: result.query.ignored,
    },
    filters: {
      admin: filters.admin ?? [],
      tag: filters.tag ?? [],
      type: filters.type ?? [],
      year: filters.year ?? [],
    },
    total: result.total,
    hits: result.hits.map((h, i) => ({
      rank: i + 1,
      score: h.score,
      document: h.document,
      title: h.title,
      type: h.type,
      year: h.year,
      passage: h.passage,
      section: h.section,
      sectionPath: h.sectionPath,
      page: h.page,
      line: h.line,
      paragraph: h.paragraph,
      snippet: h.snippet.text,
      highlights: h.snippet.highlights,
      tags: h.tags,
      administrations: h.administrations,
    })),
  };
}

export type HighlightStyle = 'ansi' | 'guillemets' | 'none';

/** The snippet's text with its highlights marked: bold inverse on a terminal, else «…». */
export function renderHighlights(snippet: Snippet, style: HighlightStyle): string {
  if (style === 'none') return snippet.text;
  const [open, close] = style === 'ansi' ? ANSI.boldInverse : ['«', '»'];
  let out = '';
  let at = 0;
  for (const [start, end] of snippet.highlights) {
    out += snippet.text.slice(at, start) + open + snippet.text.slice(start, end) + close;
    at = end;
  }
  return out + snippet.text.slice(at);
}

function place(h: { page: number | null; line: number | null; paragraph: number | null }): string {
  if (h.page !== null) return `s. ${h.page}`;
  if (h.line !== null) return `rad ${h.line}`;
  if (h.paragraph !== null) return `stycke ${h.paragraph}`;
  return '';
}

export interface SearchTextOptions {
  style: HighlightStyle;
}

/** One block per hit: rank, document, place and section, tags; then the highlighted snippet. */
export function searchToText(query: string, result: SearchResult, options: SearchTextOptions): string {
  const lines: string[] = [];
  const forms = result.query.words.flatMap((w) => w.forms.filter((f) => f !== w.text));
  const shown = result.hits.length < result.total ? ` (visar ${result.hits.length})` : '';
  lines.push(`Sökning: ${query} — ${result.total} ${result.total === 1 ? 'träff' : 'träffar'}${shown}`);
  if (forms.length > 0) lines.push(`Även former: ${forms.slice(0, 12).join(', ')}${forms.length > 12 ? ', …' : ''}`);
  if (result.query.ignored.length > 0) lines.push(`Stoppord som inte söks: ${result.query.ignored.join(', ')}`);
  if (result.query.words.length === 0) lines.push('Frågan innehåller inga sökbara ord.');
  result.hits.forEach((h, i) => {
    const where = [place(h), h.section ? `» ${h.section}` : ''].filter(Boolean).join(' ');
    const tags = h.tags.length > 0 ? `  [${h.tags.join(' ')}]` : '';
    lines.push('');
    lines.push(`${i + 1}. ${h.document}  ${where}${tags}`);
    lines.push(`   ${renderHighlights(h.snippet, options.style)}`);
  });
  return lines.join('\n');
}

/** CSV, one row per hit; highlights marked «…» in the snippet column. */
export function searchToCsv(result: SearchResult): string {
  const header = [
    'rank',
    'score',
    'document',
    'passage',
    'section',
    'page',
    'line',
    'type',
    'year',
    'tags',
    'administrations',
    'snippet',
    'paragraph',
    'sectionPath',
  ];
  const rows = result.hits.map((h, i) => [
    i + 1,
    h.score,
    h.document,
    h.passage,
    h.section,
    h.page,
    h.line,
    h.type,
    h.year,
    h.tags.join(' '),
    h.administrations.join(' '),
    renderHighlights(h.snippet, 'guillemets'),
    h.paragraph,
    h.sectionPath.join(' › '),
  ]);
  return csvTable(header, rows);
}
