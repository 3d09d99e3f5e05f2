// How every report writes a piece of evidence: its place in words, and its JSON shape.
import path from 'node:path';
import type { Attribution, EvidenceRef } from '../../corpus/evidence.js';

/** How a passage came to count for an administration, in the words reports use. */
export const ATTRIBUTION_LABEL: Record<Attribution['kind'], string> = {
  explicit: 'nämns vid namn',
  anaphor: 'syftning',
  group: 'gruppord',
  coordination: 'samordnat namn',
  office: 'förvaltningen för nämnden',
  heading: 'rubriken',
  author: 'avsändare',
};

/** `knyts till förvaltningen av "nämnden" (syftning)`; '' without an attribution. */
export function attributionText(e: Pick<EvidenceRef, 'attribution'>): string {
  const a = e.attribution;
  if (!a) return '';
  return `räknas genom "${a.text}" (${ATTRIBUTION_LABEL[a.kind]})`;
}

/**
 * "rapport.txt s. 12", "memo.txt rad 40"; a DOCX without pages by its heading and paragraph:
 * "memo.docx, Sammanfattning, stycke 12".
 */
export function place(e: Pick<EvidenceRef, 'document' | 'page' | 'line'> & Partial<Pick<EvidenceRef, 'paragraph' | 'section'>>): string {
  const name = path.basename(e.document);
  if (e.page !== null) return `${name} s. ${e.page}`;
  if (e.line !== null) return `${name} rad ${e.line}`;
  if (e.paragraph !== null && e.paragraph !== undefined) return [name, e.section?.at(-1), `stycke ${e.paragraph}`].filter(Boolean).join(', ');
  return name;
}

/** Fixed key order and nulls, so every evidence object has the same shape. */
export function evidence(e: EvidenceRef): object {
  return {
    document: e.document,
    page: e.page,
    line: e.line,
    paragraph: e.paragraph,
    section: e.section,
    passage: e.passage,
    quote: e.quote,
    offset: e.offset,
    match: e.match,
    terms: e.terms,
    attribution: e.attribution,
    note: e.note ?? null,
  };
}
