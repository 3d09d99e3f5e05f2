// Footnotes in PDF text: the reference number glued to a word in the body (`rättigheter1`,
// `frågorna.1`) and the note itself at the foot of the page (`1 jfr Alnebratt & Rönnblom 2016; …`).
import type { Footnote } from '../types.js';
import { JoinedLines, type Vocabulary } from './hyphenation.js';
import { isBlank, type SourceLine } from './source-line.js';
import { parseListMarker } from './bullets.js';

/**
 * A footnote number glued to the end of a lower-case word, after optional closing punctuation.
 * Three letters at least, so units (`m2`, `km2`) and abbreviations (`s.12`) stay; one or two digits
 * only, so years (`Agenda2030`) stay.
 */
const GLUED_REFERENCE = /(?=\d)(?<=\p{Ll}{3}[.,;:!?)”"’]?)(\d{1,2})(?=[\s.,;:!?)”"’]|$)/gu;
// The leading `(?=\d)` changes nothing but speed: the look-behind is tried only before a digit.
const FOOTNOTE_START = /^(\d{1,2})\s+(?=[\p{L}"“”(§])/u;
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/u;

/** The labels of footnote references glued to words in `text`, in order. */
export function findFootnoteReferences(text: string): string[] {
  return hasDigit(text) ? [...text.matchAll(GLUED_REFERENCE)].map((match) => match[1]) : [];
}

/** Removes footnote reference numbers glued to words: `rättigheter.2 Det` → `rättigheter. Det`. */
export function stripFootnoteReferences(text: string): string {
  return hasDigit(text) ? text.replace(GLUED_REFERENCE, '') : text;
}

/**
 * Most lines have no digit, and so no reference: the pattern, asked twice of every line, is not
 * tried on them. (A one-character class is a native scan, several times faster than a loop here.)
 */
const hasDigit = (text: string): boolean => DIGIT.test(text);
const DIGIT = /[0-9]/;
/** What `FOOTNOTE_START` needs first, by code: asked of every line, most of which start with a letter. */
const startsWithDigit = (text: string): boolean => {
  const c = text.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
};

export interface FootnoteSplit {
  /** The body's lines, page by page, with the references glued to their words stripped. */
  pages: SourceLine[][];
  footnotes: Footnote[];
}

/**
 * Moves footnote text out of the body. A footnote starts with a line `N text` where N was glued to
 * a word above it (on this page or an earlier one) and runs to the foot of the page; in text where
 * page ends are not marked it stops at a blank line or at the indented first line of the next
 * page. Further notes in the same block follow on `N+1`. In a PDF that tells the lines' sizes, a
 * note is small print and ends at the first line in the body's size (or a bulleted line).
 */
export function extractFootnotes(pages: SourceLine[][], known?: Vocabulary): FootnoteSplit {
  const pending = new Set<string>();
  const footnotes: Footnote[] = [];
  // Labels of the notes read so far (at most a hundred: one or two digits), none pending any more.
  const noted = new Set<string>();
  const bodyPages = pages.map((lines) => {
    const body: SourceLine[] = [];
    let ends: BlockEnds | null = null;
    let i = 0;
    while (i < lines.length) {
      const line = lines[i];
      const start = startsWithDigit(line.text) ? FOOTNOTE_START.exec(line.text) : null;
      // A note in small print (where the PDF tells sizes) is a note wherever the PDF set it; else
      // it stands after a blank line or in a block at the foot of the page (asked only of a line
      // that starts like a pending note).
      const placed =
        start !== null &&
        pending.has(start[1]) &&
        (line.small === true || (i > 0 && isBlank(lines[i - 1])) || atFootOfPage(lines, i, (ends ??= blockEnds(lines))));
      if (placed) {
        const first = footnotes.length;
        i = readFootnotes(lines, i, (ends ??= blockEnds(lines)), footnotes, known);
        for (const note of footnotes.slice(first)) noted.add(note.label);
        for (const label of noted) pending.delete(label);
        continue;
      }
      const labels = findFootnoteReferences(line.text);
      for (const label of labels) pending.add(label);
      // The references leave the body here, where they were found: stripping them after asked
      // every line for a digit again. A line without any is kept as it is (no copy of every line).
      body.push(labels.length === 0 ? line : { ...line, text: stripFootnoteReferences(line.text), verbatim: false });
      i++;
    }
    return body;
  });
  return { pages: bodyPages, footnotes };
}

/** Where the block of a page's lines starting at each line ends (`blockEnds(lines)[from]`). */
type BlockEnds = Int32Array;

/**
 * A block starting at `from` runs undisturbed to the end of the page, and is no more than the
 * lower half of it (or a few lines): footnotes are small print under the body.
 */
function atFootOfPage(lines: SourceLine[], from: number, ends: BlockEnds): boolean {
  const size = lines.length - from;
  return ends[from] === lines.length && size <= Math.max(8, lines.length / 2);
}

/**
 * For each line, where a block starting there ends: at the next indented line (the first line of
 * the next page, in text where page ends are not marked), or at the next blank line unless a URL
 * follows it (a long URL is often set on a line of its own below the note it belongs to). Made
 * in one pass from the end: asked of every candidate line, a scan each time was quadratic.
 */
function blockEnds(lines: SourceLine[]): BlockEnds {
  const ends = new Int32Array(lines.length);
  let stop = lines.length; // the first stop after the line being looked at
  let nextContent: SourceLine | undefined; // the first non-blank line after it
  for (let j = lines.length - 1; j >= 0; j--) {
    ends[j] = stop;
    const line = lines[j];
    const isStop = isBlank(line) ? !(nextContent !== undefined && URL_LINE.test(nextContent.text)) : line.indented;
    if (isStop) stop = j;
    if (!isBlank(line)) nextContent = line;
  }
  return ends;
}

function readFootnotes(lines: SourceLine[], from: number, ends: BlockEnds, footnotes: Footnote[], known?: Vocabulary): number {
  const end = ends[from];
  let current: Footnote | null = null;
  let joined: JoinedLines | null = null;
  const bySize = lines[from].small === true;
  const close = () => {
    if (current && joined) current.text = joined.text();
  };
  for (let j = from; j < end; j++) {
    const line = lines[j];
    if (isBlank(line)) continue;
    // After a note in small print, text in the body's size is the body again, wherever the PDF
    // set it (after the notes).
    if (bySize && line.small === false) {
      close();
      return j;
    }
    // A bulleted list is body text that the PDF set after its notes: it ends them (the notes of a
    // 41-page report took two lists with them).
    if (parseListMarker(line.text.trimStart())?.certain) {
      close();
      return j;
    }
    const start = FOOTNOTE_START.exec(line.text);
    if (start && (!current || Number(start[1]) === Number(current.label) + 1)) {
      close();
      current = { label: start[1], text: line.text.slice(start[0].length) };
      joined = new JoinedLines(current.text, known);
      if (line.page !== undefined) current.page = line.page;
      footnotes.push(current);
    } else if (joined) {
      joined.add(line.text);
    }
  }
  close();
  return end;
}
