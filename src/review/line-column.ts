// From offsets in `Document.text` to the 1-based line and column a reviewer's editor shows.

export interface LineIndex {
  text: string;
  /** Offset where each line starts; lineStarts[0] is 0. */
  lineStarts: number[];
}

export function lineIndex(text: string): LineIndex {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  return { text, lineStarts };
}

/**
 * 1-based line and column of `offset`. Columns count UTF-16 code units, as editors and SARIF do;
 * an offset past the end is placed at the end of the last line.
 */
export function lineColumn(index: LineIndex, offset: number): { line: number; column: number } {
  const at = Math.max(0, Math.min(offset, index.text.length));
  let low = 0;
  let high = index.lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (index.lineStarts[mid] <= at) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: at - index.lineStarts[low] + 1 };
}
