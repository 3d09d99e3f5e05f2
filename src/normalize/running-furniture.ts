// Running headers and footers: lines the page template repeats at the top or bottom of page after
// page ("Malmö stad", the document title, a date). They are found by how often they recur in the
// same place, never from a list of known phrases, so any city's template works. What they said is
// kept apart (`furniture`): a letterhead names the city and the kind of document.
import type { RawBlock } from '../types.js';
import { isBlankText, leadingSpace, trimmedEnd } from '../util/white-space.js';

/** How many non-blank lines at each end of a page count as its top or bottom. */
const ZONE = 3;
/** A header line is longer than this only in unusual templates; longer lines are body text. */
const MAX_LENGTH = 120;

/** Compares lines regardless of case, spacing and changing numbers ("Sida 3" ~ "Sida 4"). */
export function furnitureKey(line: string): string {
  let key = line.trim().toLowerCase();
  // Most zone lines have no digit and single spaces only: each replace rebuilt them for nothing.
  if (DIGIT.test(key)) key = key.replace(/\d+/g, '#');
  if (OTHER_SPACE.test(key)) key = key.replace(/\s+/g, ' ');
  return key;
}
const DIGIT = /\d/;
/** White space `furnitureKey` changes: any but a single space. */
const OTHER_SPACE = /[^\S ]| {2}/;

/** A removed line as the document keeps it: trimmed, runs of white space as one space. */
export function furnitureText(line: string): string {
  return line.trim().replace(/\s+/gu, ' ');
}

/** The first or last ZONE non-blank lines; a short page is shared half and half. */
function zoneIndexes(lines: string[], fromTop: boolean): number[] {
  // Counted and then found from either end: a list of every non-blank line of every page, twice
  // per page, was most of this file's garbage.
  let content = 0;
  for (const line of lines) if (!isBlankText(line)) content++;
  const topSize = Math.min(ZONE, Math.ceil(content / 2));
  const size = fromTop ? topSize : Math.min(ZONE, content - topSize);
  const zone: number[] = [];
  for (let k = 0; zone.length < size; k++) {
    const i = fromTop ? k : lines.length - 1 - k;
    if (!isBlankText(lines[i])) zone.push(i);
  }
  return zone;
}

function recurringKeys(pages: string[][], fromTop: boolean, keyOf: (line: string) => string): Set<string> {
  const pagesWithKey = new Map<string, number>();
  for (const lines of pages) {
    const keys = new Set<string>();
    for (const i of zoneIndexes(lines, fromTop)) if (trimmedEnd(lines[i]) - leadingSpace(lines[i]) <= MAX_LENGTH) keys.add(keyOf(lines[i]));
    for (const key of keys) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  }
  // Every page of a short document, half the pages (three at least) of a longer one.
  const needed = pages.length <= 4 ? pages.length : Math.max(3, Math.ceil(pages.length / 2));
  return new Set([...pagesWithKey].filter(([, count]) => count >= needed).map(([key]) => key));
}

export interface RunningLines {
  headers: Set<string>;
  footers: Set<string>;
  /** `furnitureKey`, remembered for the lines detection keyed: finding keys the same zone lines again. */
  keyOf: (line: string) => string;
}

/** `furnitureKey`, remembered: four copies of a line per key, and the running lines recur on every page. */
function rememberedKeys(): (line: string) => string {
  const keys = new Map<string, string>();
  return (line) => {
    let key = keys.get(line);
    if (key === undefined) keys.set(line, (key = furnitureKey(line)));
    return key;
  };
}

/** Finds the keys (see `furnitureKey`) of lines that recur at the top or bottom of many pages. */
export function detectRunningLines(pages: string[][]): RunningLines {
  const keyOf = rememberedKeys();
  if (pages.length < 2) return { headers: new Set(), footers: new Set(), keyOf };
  return { headers: recurringKeys(pages, true, keyOf), footers: recurringKeys(pages, false, keyOf), keyOf };
}

/**
 * Indexes of running headers and footers in one page's lines. Each recurring line counts once per
 * page and only inside its zone, so a body line with the same words (a first line "Malmö stad"
 * right under the header "Malmö stad") stays.
 */
export function findRunningLines(lines: string[], running: RunningLines): Set<number> {
  const drop = new Set<number>();
  for (const [fromTop, keys] of [
    [true, running.headers],
    [false, running.footers],
  ] as const) {
    const seen = new Set<string>();
    for (const i of zoneIndexes(lines, fromTop)) {
      const key = running.keyOf(lines[i]);
      if (keys.has(key) && !seen.has(key)) {
        seen.add(key);
        drop.add(i);
      }
    }
  }
  return drop;
}

/** One page's lines without its running headers and footers. */
export function removeRunningLines(lines: string[], running: RunningLines): string[] {
  const drop = findRunningLines(lines, running);
  return lines.filter((_, i) => !drop.has(i));
}

/**
 * `drop` (from `findRunningLines`) less the section titles over body text: in short minutes,
 * "Beslut" can stand near the foot of every page, and it heads the decision under it. A title
 * over more furniture ("Tjänsteskrivelse" over a running date) is furniture itself.
 */
export function sparingTitles(lines: string[], drop: Set<number>, isTitle: (text: string) => boolean): Set<number> {
  const spared = new Set(drop);
  for (const i of drop) {
    if (!isTitle(lines[i].trim())) continue;
    let next = i + 1;
    while (next < lines.length && lines[next].trim() === '') next++;
    if (next < lines.length && !drop.has(next)) spared.delete(i);
  }
  return spared;
}

/**
 * Blocks (from Markdown with page markers) without the running headers and footers among them,
 * found as for lines of PDF text with each block a line, and what those said. Section titles over
 * body text stay (see `sparingTitles`). Blocks without pages, or all on one page, are returned as
 * they are.
 */
export function removeRunningBlocks(blocks: RawBlock[], isTitle: (text: string) => boolean): { blocks: RawBlock[]; furniture: string[] } {
  const pages: RawBlock[][] = [];
  for (const block of blocks) {
    if (block.page === undefined) return { blocks, furniture: [] };
    const last = pages.at(-1);
    if (last && last[0].page === block.page) last.push(block);
    else pages.push([block]);
  }
  if (pages.length < 2) return { blocks, furniture: [] };
  const texts = pages.map((page) => page.map((block) => block.text));
  const running = detectRunningLines(texts);
  const kept: RawBlock[] = [];
  const furniture = new FurnitureLines();
  pages.forEach((page, p) => {
    const drop = sparingTitles(texts[p], findRunningLines(texts[p], running), isTitle);
    page.forEach((block, i) => {
      if (!drop.has(i)) kept.push(block);
      else furniture.add(block.text);
    });
  });
  return { blocks: kept, furniture: furniture.lines() };
}

/** Removed header and footer lines, each once: "Sida 2 (5)" after "Sida 1 (5)" is the same line. */
export class FurnitureLines {
  private readonly byKey = new Map<string, string>();

  add(line: string, key = furnitureKey(line)): void {
    if (!this.byKey.has(key)) this.byKey.set(key, furnitureText(line));
  }

  clear(): void {
    this.byKey.clear();
  }

  /** The lines in the order they were first added. */
  lines(): string[] {
    return [...this.byKey.values()];
  }
}
