// Renderings of one document counted once: what a manifest marks as a variant of another, and
// documents whose text is the same as one read before them.
import type { Document } from '../types.js';
import { documentPrint, SAME_TEXT, SameTextIndex } from './same-text.js';

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
 * Decides, one document at a time in reading order, whether it is counted or set aside when
 * `skip`: a document a manifest marks, or one whose text is at least `sameText` alike to a
 * document counted before it (0 or more than 1 turns that off). Holds the counted documents'
 * shingles, not their text.
 */
export class VariantFilter {
  readonly skipped: SkippedVariant[] = [];
  private readonly index: SameTextIndex | null;
  /** The paths of the documents in `index`, by its numbers. */
  private readonly paths: string[] = [];

  constructor(
    private readonly skip: boolean,
    sameText = SAME_TEXT,
  ) {
    this.index = skip && sameText > 0 && sameText <= 1 ? new SameTextIndex(sameText) : null;
  }

  /** Whether `add` reads documents' prints (`documentPrint`): only then are they worth making ahead. */
  get comparesText(): boolean {
    return this.index !== null;
  }

  /** Whether `doc` is counted; if not, it is in `skipped`. */
  add(doc: Pick<Document, 'path' | 'metadata' | 'passages'>): boolean {
    if (!this.skip) return true;
    const variantOf = doc.metadata.variantOf;
    if (variantOf) {
      this.skipped.push({ path: doc.path, variantOf, by: 'manifest', similarity: null });
      return false;
    }
    if (!this.index) return true;
    const print = documentPrint(doc);
    const same = this.index.match(print);
    if (same) {
      this.skipped.push({ path: doc.path, variantOf: this.paths[same.index], by: 'content', similarity: Math.floor(same.similarity * 100) / 100 });
      return false;
    }
    this.index.add(print);
    this.paths.push(doc.path);
    return true;
  }
}

/** The documents to count, and the variants set aside when `skip` (see `VariantFilter`). */
export function setVariantsAside<D extends Pick<Document, 'path' | 'metadata' | 'passages'>>(
  documents: readonly D[],
  skip: boolean,
  sameText = SAME_TEXT,
): { kept: D[]; skipped: SkippedVariant[] } {
  const filter = new VariantFilter(skip, sameText);
  const kept = documents.filter((doc) => filter.add(doc));
  return { kept, skipped: filter.skipped };
}
