// Renderings of one document counted once: what a manifest marks as a variant of another, and
// documents whose text is the same as one read before them.
import type { Document } from '../types.js';
import { SAME_TEXT, sameTextPairs } from './same-text.js';

/**
 * A document left out as another rendering of one that is counted: because a manifest says so
 * (`variantOf`, which always wins), or because its text is the same (word shingles at least
 * `sameText` alike; the first read is counted).
 */
export interface SkippedVariant {
  path: string;
  /** The manifest's `variantOf`, or the path of the document counted in its place. */
  variantOf: string;
  by: 'manifest' | 'content';
  /** For `content`: how alike the two texts' word shingles are (Jaccard, 0–1, two decimals). */
  similarity: number | null;
}

/**
 * The documents to count, and the variants (other renderings of a document) set aside when
 * `skip`: first those a manifest marks, then, among the rest, every document whose text is at
 * least `sameText` alike to one read before it (0 or more than 1 turns that off).
 */
export function setVariantsAside<D extends Pick<Document, 'path' | 'metadata' | 'passages'>>(
  documents: readonly D[],
  skip: boolean,
  sameText = SAME_TEXT,
): { kept: D[]; skipped: SkippedVariant[] } {
  if (!skip) return { kept: [...documents], skipped: [] };
  const skippedAt = new Map<number, SkippedVariant>();
  documents.forEach((doc, i) => {
    const variantOf = doc.metadata.variantOf;
    if (variantOf) skippedAt.set(i, { path: doc.path, variantOf, by: 'manifest', similarity: null });
  });
  const rest = documents.map((_, i) => i).filter((i) => !skippedAt.has(i));
  if (sameText > 0 && sameText <= 1) {
    // Pairs in reading order: a document is set aside for the first one it matches that is kept.
    for (const { a, b, similarity } of sameTextPairs(
      rest.map((i) => documents[i]),
      sameText,
    )) {
      const [first, second] = [rest[a], rest[b]];
      if (skippedAt.has(first) || skippedAt.has(second)) continue;
      skippedAt.set(second, { path: documents[second].path, variantOf: documents[first].path, by: 'content', similarity: Math.floor(similarity * 100) / 100 });
    }
  }
  return { kept: documents.filter((_, i) => !skippedAt.has(i)), skipped: [...skippedAt.entries()].sort(([x], [y]) => x - y).map(([, v]) => v) };
}
