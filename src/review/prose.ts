// The running prose of a document for the klarspråk checks: sentences of paragraphs and list
// items (not headings, table rows, or the name lists under standard sections), grouped by section.
import type { Document, Passage, Span } from '../types.js';
import type { SectionIndex } from './sections.js';

export interface ProseSentence extends Span {
  text: string;
  /** The passage's section path joined by " › ", or "" before the first heading. */
  section: string;
}

const PROSE_KINDS = new Set(['paragraph', 'list-item']);

/** Sentences of prose passages; a passage without sentence spans counts as one sentence. */
export function proseSentences(doc: Document, sections: SectionIndex, skipSections: string[] = []): ProseSentence[] {
  const skip = skipSections.map((name) => sections.get(name)?.body).filter((s) => s !== undefined);
  const out: ProseSentence[] = [];
  for (const passage of doc.passages) {
    if (!PROSE_KINDS.has(passage.kind)) continue;
    if (skip.some((s) => passage.start >= s.start && passage.start < s.end)) continue;
    const spans = passage.sentences.length > 0 ? passage.sentences : [{ start: passage.start, end: passage.end }];
    for (const span of spans) {
      const text = doc.text.slice(span.start, span.end);
      if (/\p{L}/u.test(text)) out.push({ ...span, text, section: sectionName(passage) });
    }
  }
  return out;
}

function sectionName(passage: Passage): string {
  return passage.sectionPath.join(' › ');
}

/** Where a section's heading stands, for section-level findings: its heading passage, else its first sentence. */
export function sectionStart(doc: Document, section: string, fallback: number): number {
  const path = section.split(' › ');
  const heading = doc.passages.find((p) => p.kind === 'heading' && p.text.trim() === path.at(-1) && p.sectionPath.join(' › ') === section);
  return heading?.start ?? fallback;
}
