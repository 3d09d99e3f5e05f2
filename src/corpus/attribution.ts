// Why a passage counts for an administration, as evidence shows it: the mention nearest the
// matched term (the name, an anaphor, a group noun…), else the heading the passage inherits it
// from, else (by author) the document's author. The mention can stand a thousand characters from
// the term; without it an analyst cannot defend the cell.
import type { Attribution } from './evidence.js';
import type { View } from './credit.js';
import type { Mention, AnalysisDocument, TaggedPassage } from '../types.js';

/**
 * What makes `passage` count for administration `id` (named `name`), the mention nearest
 * `near` (an offset into the passage text) preferred, one in the same sentence first.
 */
export function attributionOf(doc: AnalysisDocument, passage: TaggedPassage, id: string, name: string, view: View, near: number): Attribution | null {
  if (view === 'author') return { kind: 'author', text: doc.metadata.author ?? name, passage: null, start: null, end: null };
  // One pass over the mentions bound to a sentence: the nearest of all, and the nearest in the
  // sentence holding `near` (the first of equals, as a filter and a scan would find).
  let sentenceStart = -1;
  let sentenceEnd = -1;
  for (const s of passage.sentences) {
    const start = s.start - passage.start;
    const end = s.end - passage.start;
    if (start <= near && near < end) {
      [sentenceStart, sentenceEnd] = [start, end];
      break;
    }
  }
  let nearest: Mention | null = null;
  let nearestInSentence: Mention | null = null;
  for (const m of passage.mentions) {
    if (m.id !== id || m.end <= m.start) continue;
    if (nearest === null || Math.abs(m.start - near) < Math.abs(nearest.start - near)) nearest = m;
    if (
      m.start >= sentenceStart &&
      m.start < sentenceEnd &&
      (nearestInSentence === null || Math.abs(m.start - near) < Math.abs(nearestInSentence.start - near))
    )
      nearestInSentence = m;
  }
  if (nearest !== null) {
    const m = nearestInSentence ?? nearest;
    return { kind: m.via, text: passage.text.slice(m.start, m.end), passage: passage.id, start: m.start, end: m.end };
  }
  const inherited = passage.mentions.find((m) => m.id === id);
  if (!inherited) return null;
  const found = headingNaming(doc, passage, id);
  if (found)
    return {
      kind: inherited.via,
      text: found.heading.text.slice(found.mention.start, found.mention.end),
      passage: found.heading.id,
      start: found.mention.start,
      end: found.mention.end,
    };
  return { kind: inherited.via, text: inherited.name, passage: null, start: null, end: null };
}

/** The passage's index in its document, by its offset. */
function indexOf(doc: AnalysisDocument, passage: TaggedPassage): number {
  let low = 0;
  let high = doc.passages.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (doc.passages[mid].start <= passage.start) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The nearest heading above `passage`, among those of its section path, that names `id`. */
function headingNaming(doc: AnalysisDocument, passage: TaggedPassage, id: string): { heading: TaggedPassage; mention: Mention } | null {
  const titles = new Set(passage.sectionPath);
  for (let j = indexOf(doc, passage) - 1; j >= 0 && titles.size > 0; j--) {
    const p = doc.passages[j];
    if (p.kind !== 'heading' || !titles.has(p.text)) continue;
    titles.delete(p.text);
    const mention = p.mentions.find((m) => m.id === id && m.end > m.start);
    if (mention) return { heading: p, mention };
  }
  return null;
}
