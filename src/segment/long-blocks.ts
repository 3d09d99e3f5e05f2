// Cutting a block too long for one passage. Sentences are kept whole where they fit; a sentence
// longer than a passage is cut at the last space that fits, and a run without any space (a
// base64 blob, a file of one repeated letter) is cut where the limit falls.
import type { Span } from '../types.js';

/**
 * Pieces of `text`, in order, each at most `max` characters and trimmed of spaces, together
 * holding all of its non-space text. `sentences` are `splitSentences(text)`. Linear in the length.
 */
export function cutLongText(text: string, sentences: readonly Span[], max: number): Span[] {
  const pieces: Span[] = [];
  let piece: Span | null = null;
  const spans = sentences.length > 0 ? sentences : [{ start: 0, end: text.length }];
  for (const sentence of spans) {
    if (piece !== null && sentence.end - piece.start <= max) {
      piece.end = sentence.end;
      continue;
    }
    if (piece !== null) pieces.push(piece);
    let start = sentence.start;
    while (sentence.end - start > max) {
      const { end, next } = cutWithin(text, start, max);
      pieces.push({ start, end });
      start = skipSpaces(text, next, sentence.end);
    }
    piece = start < sentence.end ? { start, end: sentence.end } : null;
  }
  if (piece !== null) pieces.push(piece);
  return pieces;
}

/** Where to end a piece starting at `start`: before the last space within `max`, else at `max`. */
function cutWithin(text: string, start: number, max: number): { end: number; next: number } {
  for (let i = start + max; i > start; i--) {
    if (isSpace(text.charCodeAt(i))) {
      let end = i;
      while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
      if (end > start) return { end, next: i + 1 };
    }
  }
  let end = start + max;
  // Never between the halves of a surrogate pair.
  if (isLowSurrogate(text.charCodeAt(end))) end--;
  return { end, next: end };
}

function skipSpaces(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0x0c || code === 0x0b || code === 0xa0;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
