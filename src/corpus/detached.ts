// Strings `mrkoll analyze` keeps of a document after letting it go (a quote, a name, a heading),
// copied out of the document's text. Why copies: a passage's text, a mention's name or a heading
// is a V8 "sliced string" that keeps the whole text it was cut from alive (and the normalizer's
// copy of it, which other slices point into), and a text with one "–" or "’" is stored two bytes
// a character. Copied, a quote stands alone and is one byte a character unless it has such a
// character itself (docs/performance.md, "What streams").
import { BoundedMap } from '../util/bounded-map.js';
import { detached } from '../util/detached.js';
import { needsPassageText, type EvidenceRef } from './evidence.js';

export { detached };

/** One empty list for every quote without a section: read, never written. */
const NONE: never[] = Object.freeze([]) as unknown as never[];

/** Strings up to this long are copied once and shared: a section title or term is quoted again and again. */
const SHARED_MAX_LENGTH = 64;
/** Copies shared, by their text; let go when 4,096 are held, so that it stays small. */
const shared = new BoundedMap<string, string>(4096);

/**
 * `detached(text)`, the same copy for the same short text: a look-up by content costs a fraction of
 * the copy's two calls into Node, and the copy held is one that holds no document alive.
 */
function detachedShared(text: string): string {
  if (text.length > SHARED_MAX_LENGTH) return detached(text);
  let copy = shared.get(text);
  if (copy === undefined) {
    copy = detached(text);
    shared.set(copy, copy);
  }
  return copy;
}

/** One more of `key` in `counts`; a new key is kept as a copy (`detached`), so that it holds no document's text alive. */
export function countDetached(counts: Map<string, number>, key: string): void {
  const n = counts.get(key);
  counts.set(n === undefined ? detached(key) : key, (n ?? 0) + 1);
}

/** The last passage text copied, and its copy: a passage's quotes (one per category) share one. */
let lastText: { source: string; copy: string } = { source: '', copy: '' };
/**
 * The last section path copied, and its copy: the passages under one heading share one path
 * array, and a document's quotes come in passage order, so most quotes reuse the copy before.
 */
let lastSection: { source: readonly string[]; copy: string[] } = { source: NONE, copy: NONE };

function detachedSection(section: readonly string[]): string[] {
  if (section.length === 0) return NONE;
  if (section !== lastSection.source) lastSection = { source: section, copy: section.map(detachedShared) };
  return lastSection.copy;
}

/**
 * `ref` with its strings copied out of the document's text (see `detached`), to be kept after
 * the document is let go; with the passage's whole text only if `passageText` and a report shows
 * it (`needsPassageText`): most quotes hold their attribution. Built field by field in `ref`'s
 * order: V8 copies a rest or spread object by its slow generic path.
 */
export function detachedRef(ref: EvidenceRef, passageText: boolean): EvidenceRef {
  const text = ref.passageText;
  const a = ref.attribution;
  const copy: EvidenceRef = {
    document: ref.document,
    page: ref.page,
    line: ref.line,
    paragraph: ref.paragraph,
    section: detachedSection(ref.section),
    passage: ref.passage,
    quote: detached(ref.quote),
    offset: ref.offset,
    match: ref.match,
    terms: ref.terms.map((t) => ({ term: t.term, text: detachedShared(t.text), start: t.start, end: t.end })),
    attribution: a && { kind: a.kind, text: detachedShared(a.text), passage: a.passage, start: a.start, end: a.end },
  };
  if (ref.note !== undefined) copy.note = ref.note;
  if (passageText && text !== undefined && needsPassageText(ref)) {
    if (text !== lastText.source) lastText = { source: text, copy: detached(text) };
    copy.passageText = lastText.copy;
  }
  return copy;
}
