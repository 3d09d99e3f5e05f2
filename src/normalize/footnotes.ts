// Footnotes in PDF text: the reference number glued to a word in the body (`rättigheter1`,
// `frågorna.1`) and the note itself at the foot of the page (`1 jfr Alnebratt & Rönnblom 2016; …`).
import type { Footnote } from '../types.js';
import { joinLines, type Vocabulary } from './hyphenation.js';
import { isBlank, type SourceLine } from './source-line.js';

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
  return [...text.matchAll(GLUED_REFERENCE)].map((match) => match[1]);
}

/** Removes footnote reference numbers glued to words: `rättigheter.2 Det` → `rättigheter. Det`. */
export function stripFootnoteReferences(text: string): string {
  return text.replace(GLUED_REFERENCE, '');
}

export interface FootnoteSplit {
  pages: SourceLine[][];
  footnotes: Footnote[];
}

/**
 * Moves footnote text out of the body. A footnote starts with a line `N text` where N was glued to
 * a word above it (on this page or an earlier one) and runs to the foot of the page; in text where
 * page ends are not marked it stops at a blank line or at the indented first line of the next
 * page. Further notes in the same block follow on `N+1`.
 */
export function extractFootnotes(pages: SourceLine[][], known?: Vocabulary): FootnoteSplit {
  const pending = new Set<string>();
  const footnotes: Footnote[] = [];
  const bodyPages = pages.map((lines) => {
    const body: SourceLine[] = [];
    let i = 0;
    while (i < lines.length) {
      const line = lines[i];
      const start = FOOTNOTE_START.exec(line.text);
      const afterBlank = i > 0 && isBlank(lines[i - 1]);
      if (start && pending.has(start[1]) && (afterBlank || atFootOfPage(lines, i))) {
        i = readFootnotes(lines, i, footnotes, known);
        for (const note of footnotes) pending.delete(note.label);
        continue;
      }
      for (const label of findFootnoteReferences(line.text)) pending.add(label);
      body.push(line);
      i++;
    }
    return body;
  });
  return { pages: bodyPages, footnotes };
}

/**
 * A block starting at `from` runs undisturbed to the end of the page, and is no more than the
 * lower half of it (or a few lines): footnotes are small print under the body.
 */
function atFootOfPage(lines: SourceLine[], from: number): boolean {
  const size = lines.length - from;
  return blockEnd(lines, from) === lines.length && size <= Math.max(8, lines.length / 2);
}

function blockEnd(lines: SourceLine[], from: number): number {
  let j = from + 1;
  while (j < lines.length) {
    if (isBlank(lines[j])) {
      let k = j;
      while (k < lines.length && isBlank(lines[k])) k++;
      // A long URL is often set on a line of its own below the note it belongs to.
      if (k < lines.length && URL_LINE.test(lines[k].text)) {
        j = k;
        continue;
      }
      return j;
    }
    if (lines[j].indented) return j;
    j++;
  }
  return j;
}

function readFootnotes(lines: SourceLine[], from: number, footnotes: Footnote[], known?: Vocabulary): number {
  const end = blockEnd(lines, from);
  let current: Footnote | null = null;
  for (let j = from; j < end; j++) {
    const line = lines[j];
    if (isBlank(line)) continue;
    const start = FOOTNOTE_START.exec(line.text);
    if (start && (!current || Number(start[1]) === Number(current.label) + 1)) {
      current = { label: start[1], text: line.text.slice(start[0].length) };
      if (line.page !== undefined) current.page = line.page;
      footnotes.push(current);
    } else if (current) {
      current.text = joinLines(current.text, line.text, known);
    }
  }
  return end;
}
