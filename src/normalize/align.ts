// Finding a block's final text in the source it was read from. Normalization cleans characters,
// collapses spaces, joins lines (dropping a split word's hyphen), strips bullets and footnote
// numbers, and a reader drops markup: the text is the source less some characters, with a few
// changed. Rather than carry offsets through every one of those steps, the finished text is walked
// against its source stretches once, in linear time: characters that agree are paired, and what
// the source has besides (white space, hyphens, digits, punctuation, an entity) is stepped over.

/** Source characters a clean-up drops: soft hyphen, zero-width characters, byte-order mark. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;
/** Ligatures cleanCharacters expands (characters.ts). */
const LIGATURES: Record<string, string> = { '\uFB00': 'ff', '\uFB01': 'fi', '\uFB02': 'fl', '\uFB03': 'ffi', '\uFB04': 'ffl', '\uFB05': 'st', '\uFB06': 'st' };
const ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/iy;
const LETTER = /\p{L}/u;

/** Non-letter source characters stepped over to find the next character of the text. */
const MAX_SKIP = 12;
/** How far ahead a word the text and source part on is looked for. */
const RESYNC_WINDOW = 256;

const isTextSpace = (c: string) => c === ' ' || c === '\t' || c === '\n';
const isSourceSpace = (c: string) => /\s/u.test(c) && c !== '\uFEFF';
const SPACE_ENTITY = /&(?:nbsp|ensp|emsp|thinsp|#160|#xa0|#32|#x20|#9|#10|#13);/iy;

/** How long the space (or invisible character) at local[j] is in the source; 0 for anything else. */
function spaceLength(local: string, j: number): number {
  // Most are a plain space or line break: no pattern asked.
  const code = local.charCodeAt(j);
  if (code === 0x20 || code === 0x0a) return 1;
  const c = local[j];
  if (isSourceSpace(c) || INVISIBLE.test(c)) return 1;
  if (c !== '&') return 0;
  SPACE_ENTITY.lastIndex = j;
  return SPACE_ENTITY.exec(local)?.[0].length ?? 0;
}

/** Takes each character's place as alignment finds it, in text order (see OriginBuilder). */
export interface AlignmentSink {
  /** Character `i` of the text stands at `source` in the source (-1: not found), on `page` (0: not known). */
  add(i: number, source: number, page: number): void;
  /** `add(i + t, source + t, page)` for t below n. */
  addRun(i: number, source: number, page: number, n: number): void;
}

/**
 * Where each character of `text` stands in `source`, given the stretches it was read from
 * (`spans`: flat triples start, end, page; see RawBlock.spans), handed to `sink` one by one.
 * `plainSource`: `isPlainSource(source)`, when the caller knows it. `squeezed`: the text has no
 * two spaces in a row, as the caller knows of a block normalize made (`squeezeSpaces`): the
 * search for them cost ~3 ns a character, twenty times the search for a line break.
 * `joinedStretches`: the caller made the text as its stretches joined by single spaces, each the
 * source's own (reflow's `joinedVerbatim`), so that it need not be compared with them again.
 */
export function alignText(
  text: string,
  source: string,
  spans: readonly number[],
  sink: AlignmentSink,
  plainSource = false,
  squeezed = false,
  joinedStretches = false,
): void {
  // The stretches, one after another, with a line break between two: what the text was made of
  // (`local`). Only their places are worked out here: most texts are their stretches verbatim,
  // joined by single spaces, and need no copy of them (see `walk` for the rest).
  const localStarts: number[] = [];
  let length = 0;
  for (let k = 0; k < spans.length; k += 3) {
    if (k > 0) length++;
    localStarts.push(length);
    length += sliceLength(source.length, spans[k], spans[k + 1]);
  }
  if (length === 0) {
    for (let i = 0; i < text.length; i++) sink.add(i, -1, 0);
    return;
  }
  const plainText = plainSource && !text.includes('\n') && (squeezed || !text.includes('  '));
  if (plainText && placeJoinedStretches(text, source, spans, sink, joinedStretches)) return;
  let i = 0;
  let j = 0;
  let next = 0;
  // What `walk` does for a verbatim stretch and the single space after it, where the next
  // stretch starts with anything but white space (in a plain source, a space or a line break).
  while (plainText && i < text.length && next < localStarts.length) {
    const k = next * 3;
    const piece = (next + 1 < localStarts.length ? localStarts[next + 1] - 1 : length) - j;
    if (piece === 0 || !isVerbatim(text, i, source, spans[k], spans[k] + piece, true)) break;
    sink.addRun(i, spans[k], spans[k + 2], piece);
    i += piece;
    j += piece;
    next++;
    if (i === text.length || next === localStarts.length) break;
    // The next stretch, in `local` and in the source: a space there would be stepped over too.
    const nextLength = (next + 1 < localStarts.length ? localStarts[next + 1] - 1 : length) - localStarts[next];
    const first = nextLength > 0 ? source.charCodeAt(spans[k + 3]) : 0x20;
    if (text.charCodeAt(i) !== 0x20 || first === 0x20 || first === 0x0a) break;
    sink.add(i, Math.min(spans[k] + piece, spans[k + 1]), spans[k + 2]);
    i++;
    j++;
  }
  if (i < text.length) walk(text, source, spans, sink, localStarts, plainText, i, j, next);
}

/**
 * The loop below for a text that is exactly its stretches joined by single spaces (most re-flowed
 * paragraphs): the same calls to `sink`, with the text compared by one native `===` with the
 * stretches joined, not code by code (that compare was most of alignment's time). False, and
 * nothing handed to `sink`, when the loop would stop early or go on to `walk`.
 */
function placeJoinedStretches(text: string, source: string, spans: readonly number[], sink: AlignmentSink, joined: boolean): boolean {
  // `joined`: the caller made the text so (reflow, `joinedVerbatim`), and the copy and compare are spared.
  const pieces: string[] = [];
  for (let k = 0; k < spans.length; k += 3) {
    const from = spans[k];
    const to = spans[k + 1];
    // The loop's conditions: a stretch not empty, inside the source, not ending in a space; after
    // the first, one not starting with a space or line break (the walk would step over it).
    if (from < 0 || to <= from || to > source.length || source.charCodeAt(to - 1) === 0x20) return false;
    const first = source.charCodeAt(from);
    if (k > 0 && (first === 0x20 || first === 0x0a)) return false;
    if (!joined) pieces.push(source.slice(from, to));
  }
  if (!joined && pieces.join(' ') !== text) return false;
  let i = 0;
  for (let k = 0; k < spans.length; k += 3) {
    if (k > 0) sink.add(i++, spans[k - 2], spans[k - 1]);
    const piece = spans[k + 1] - spans[k];
    sink.addRun(i, spans[k], spans[k + 2], piece);
    i += piece;
  }
  return true;
}

/** `source.slice(start, end).length`, without the slice. */
function sliceLength(length: number, start: number, end: number): number {
  const clamp = (at: number) => (at < 0 ? Math.max(length + at, 0) : Math.min(at, length));
  return Math.max(clamp(end) - clamp(start), 0);
}

/**
 * `alignText` character by character from text[i] and local[j], `next` the first stretch whose
 * start has not been passed: the stretches are joined (`local`) and walked through.
 */
function walk(
  text: string,
  source: string,
  spans: readonly number[],
  sink: AlignmentSink,
  localStarts: readonly number[],
  plainText: boolean,
  i: number,
  j: number,
  next: number,
): void {
  const pieces: string[] = [];
  for (let k = 0; k < spans.length; k += 3) pieces.push(source.slice(spans[k], spans[k + 1]));
  const local = pieces.join('\n');

  // Local offsets → source offsets and pages, moving forward only.
  let span = 0;
  const place = (i: number, at: number) => {
    const j = Math.min(at, local.length - 1);
    while (span + 1 < localStarts.length && localStarts[span + 1] <= j) span++;
    while (span > 0 && localStarts[span] > j) span--;
    const k = span * 3;
    sink.add(i, Math.min(spans[k] + (j - localStarts[span]), spans[k + 1]), spans[k + 2]);
  };
  /** `place(i + t, at + t)` for t below n, where local[at, at + n) lies inside one stretch. */
  const placeRun = (i: number, at: number, n: number) => {
    while (span + 1 < localStarts.length && localStarts[span + 1] <= at) span++;
    while (span > 0 && localStarts[span] > at) span--;
    const k = span * 3;
    sink.addRun(i, spans[k] + (at - localStarts[span]), spans[k + 2], n);
  };

  // `next`: a stretch the text holds verbatim from its start is placed whole (see `isVerbatim`),
  // not a word and a space at a time.
  while (i < text.length) {
    if (next < localStarts.length && j === localStarts[next]) {
      const k = next * 3;
      const piece = next + 1 < localStarts.length ? localStarts[next + 1] - 1 - j : local.length - j;
      next++;
      if (piece > 0 && isVerbatim(text, i, source, spans[k], spans[k] + piece, plainText)) {
        placeRun(i, j, piece);
        i += piece;
        j += piece;
        continue;
      }
    } else if (next < localStarts.length && j > localStarts[next]) {
      while (next < localStarts.length && j > localStarts[next]) next++;
      continue;
    }
    const code = text.charCodeAt(i);
    // Most characters are the source's next one: placed without asking matchAt (the same answer),
    // a whole run at a time (a run has no line break, so it stays inside one stretch of the source).
    if (isPlainMatch(code, local, j)) {
      let n = 1;
      while (i + n < text.length && isPlainMatch(text.charCodeAt(i + n), local, j + n)) n++;
      placeRun(i, j, n);
      i += n;
      j += n;
      continue;
    }
    if (code === 0x20 || code === 0x09 || code === 0x0a) {
      place(i, j);
      for (let n = spaceLength(local, j); j < local.length && n > 0; n = spaceLength(local, j)) j += n;
      i++;
      continue;
    }
    let match = matchAt(text, i, local, j);
    let at = j;
    for (let skipped = 0; !match && skipped < MAX_SKIP && at < local.length && !LETTER.test(local[at]); skipped++) {
      at += entityLength(local, at) || 1;
      match = matchAt(text, i, local, at);
    }
    if (!match && (i === 0 || isTextSpace(text[i - 1]))) {
      const found = findWord(text, i, local, j);
      if (found >= 0) {
        at = found;
        match = matchAt(text, i, local, at);
      }
    }
    if (!match) {
      // A character the source does not have here: place it and step one on, unless the source is at a space.
      place(i, j);
      i++;
      if (j < local.length && !isSourceSpace(local[j])) j++;
      continue;
    }
    for (let t = 0; t < match.text; t++) place(i + t, at);
    i += match.text;
    j = at + match.source;
  }
}

/**
 * Characters the walk does not pair one for one with themselves when the text agrees with the
 * source there: an entity, a line break or white space other than a single space, a character a
 * clean-up drops, a combining mark.
 */
const NOT_ONE_FOR_ONE = /[&\t\n\v\f\r\u0085\u00a0\u00ad\u0300-\u036f\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]| {2}/u;
/** `NOT_ONE_FOR_ONE` but for line breaks and spaces, which a whole source has between its lines. */
const NOT_ONE_FOR_ONE_CHARACTER = /[&\t\v\f\r\u0085\u00a0\u00ad\u0300-\u036f\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/u;

/**
 * Whether `source` has no character that `NOT_ONE_FOR_ONE_CHARACTER` matches: asked once of a
 * document's source, it spares the question of each of its stretches (`alignText`'s `plainSource`).
 */
export function isPlainSource(source: string): boolean {
  return !NOT_ONE_FOR_ONE_CHARACTER.test(source);
}

/**
 * The text holds source[from, to) verbatim at text[i], and the character-by-character walk would
 * pair each of its characters with its own: most stretches are whole lines of prose, placed by two
 * native look-ups instead of a step per word and space. `plainText`: the source is plain (see
 * `isPlainSource`) and the text has no line break or double space, so neither has the stretch.
 */
function isVerbatim(text: string, i: number, source: string, from: number, to: number, plainText: boolean): boolean {
  if (from < 0 || to > source.length || source.charCodeAt(to - 1) === 0x20 || i + (to - from) > text.length) return false;
  if (plainText) return holdsAt(text, i, source, from, to);
  const piece = source.slice(from, to);
  return text.startsWith(piece, i) && !NOT_ONE_FOR_ONE.test(piece);
}

/** `text.startsWith(source.slice(from, to), i)`, by code: no slice per stretch, and less time than `startsWith`. */
function holdsAt(text: string, i: number, source: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++, i++) if (text.charCodeAt(i) !== source.charCodeAt(at)) return false;
  return true;
}

/** Text character `code` is the plain character at local[j]: no space, entity or combining mark to look into. */
function isPlainMatch(code: number, local: string, j: number): boolean {
  return code === local.charCodeAt(j) && code !== 0x26 && code !== 0x20 && code !== 0x09 && code !== 0x0a && !isCombining(local.charCodeAt(j + 1));
}

function entityLength(local: string, at: number): number {
  if (local[at] !== '&') return 0;
  ENTITY.lastIndex = at;
  return ENTITY.exec(local)?.[0].length ?? 0;
}

/** Combining diacritical marks (U+0300–U+036F), by code: asked of the source character after every character matched. */
const isCombining = (code: number) => code >= 0x300 && code <= 0x36f;
/** The answer for most characters, shared (callers only read it): one object per character was most of this file's garbage. */
const ONE_TO_ONE = Object.freeze({ text: 1, source: 1 });

/** How many characters of text and of source agree at text[i] and local[j], or null. */
function matchAt(text: string, i: number, local: string, j: number): { readonly text: number; readonly source: number } | null {
  if (j >= local.length) return null;
  // A letter composed from combining marks in the source (NFC in the text).
  if (isCombining(local.charCodeAt(j + 1))) {
    let end = j + 1;
    while (end < local.length && isCombining(local.charCodeAt(end))) end++;
    const composed = local.slice(j, end).normalize('NFC');
    if (text.startsWith(composed, i)) return { text: composed.length, source: end - j };
  }
  const code = local.charCodeAt(j);
  const entity = code === 0x26 ? entityLength(local, j) : 0;
  if (entity > 0 && !text.startsWith(local.slice(j, j + entity), i)) return { text: 1, source: entity };
  if (code === text.charCodeAt(i)) return ONE_TO_ONE;
  const ligature = LIGATURES[local[j]];
  if (ligature && text.startsWith(ligature, i)) return { text: ligature.length, source: 1 };
  return null;
}

/** Where the word starting at text[i] (its first few characters) is next found in the source, near `from`; -1 if not. */
function findWord(text: string, i: number, local: string, from: number): number {
  let end = i;
  while (end < text.length && end - i < 12 && !isTextSpace(text[end])) end++;
  if (end - i < 3) return -1;
  const word = text.slice(i, end);
  const found = local.slice(from, from + RESYNC_WINDOW + word.length).indexOf(word);
  return found >= 0 ? from + found : -1;
}
