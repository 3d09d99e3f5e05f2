// How every report writes a piece of evidence: its place in words, and its JSON shape.
import path from 'node:path';
import type { EvidenceRef } from '../../corpus/evidence.js';

/** "rapport.txt s. 12", "memo.txt rad 40". */
export function place(e: Pick<EvidenceRef, 'document' | 'page' | 'line'>): string {
  const where = e.page !== null ? `s. ${e.page}` : e.line !== null ? `rad ${e.line}` : '';
  return [path.basename(e.document), where].filter(Boolean).join(' ');
}

/** Fixed key order and nulls, so every evidence object has the same shape. */
export function evidence(e: EvidenceRef): object {
  return { document: e.document, page: e.page, line: e.line, passage: e.passage, quote: e.quote, match: e.match, note: e.note ?? null };
}
