// Running headers and footers: lines the page template repeats at the top or bottom of page after
// page ("Malmö stad", the document title, a date). They are found by how often they recur in the
// same place, never from a list of known phrases, so any city's template works.

/** How many non-blank lines at each end of a page count as its top or bottom. */
const ZONE = 3;
/** A header line is longer than this only in unusual templates; longer lines are body text. */
const MAX_LENGTH = 120;

/** Compares lines regardless of case, spacing and changing numbers ("Sida 3" ~ "Sida 4"). */
export function furnitureKey(line: string): string {
  return line.trim().toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
}

/** The first or last ZONE non-blank lines; a short page is shared half and half. */
function zoneIndexes(lines: string[], fromTop: boolean): number[] {
  const content = [...lines.keys()].filter((i) => lines[i].trim() !== '');
  const topSize = Math.min(ZONE, Math.ceil(content.length / 2));
  if (fromTop) return content.slice(0, topSize);
  return content.slice(topSize).slice(-ZONE).reverse();
}

function recurringKeys(pages: string[][], fromTop: boolean): Set<string> {
  const pagesWithKey = new Map<string, number>();
  for (const lines of pages) {
    const keys = new Set(
      zoneIndexes(lines, fromTop)
        .map((i) => lines[i])
        .filter((line) => line.trim().length <= MAX_LENGTH)
        .map(furnitureKey),
    );
    for (const key of keys) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  }
  // Every page of a short document, half the pages (three at least) of a longer one.
  const needed = pages.length <= 4 ? pages.length : Math.max(3, Math.ceil(pages.length / 2));
  return new Set([...pagesWithKey].filter(([, count]) => count >= needed).map(([key]) => key));
}

export interface RunningLines {
  headers: Set<string>;
  footers: Set<string>;
}

/** Finds the keys (see `furnitureKey`) of lines that recur at the top or bottom of many pages. */
export function detectRunningLines(pages: string[][]): RunningLines {
  if (pages.length < 2) return { headers: new Set(), footers: new Set() };
  return { headers: recurringKeys(pages, true), footers: recurringKeys(pages, false) };
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
      const key = furnitureKey(lines[i]);
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
