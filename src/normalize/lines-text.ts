// The text a plain-text file's lines were split from, kept by the reader so that normalize need not
// join the lines again for the source its offsets point into (that join was ~4 % of normalize +
// segment over c17: some 5,000 lines a document).

const texts = new WeakMap<readonly string[], string>();

/** Remembers that `lines` joined by "\n" give `text` (a reader split `text` into them). */
export function rememberLinesText(lines: readonly string[], text: string): void {
  texts.set(lines, text);
}

/** `lines.join('\n')`: the text remembered for them when its length still fits, else joined. */
export function linesText(lines: readonly string[]): string {
  const text = texts.get(lines);
  if (text === undefined) return lines.join('\n');
  // A check that the lines were not changed since (a length per line, not a copy of the text).
  let length = lines.length - 1;
  for (const line of lines) length += line.length;
  return length === text.length ? text : lines.join('\n');
}
