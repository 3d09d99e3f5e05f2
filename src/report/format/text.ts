// Plain-text layout for terminal reports.

/** Word-wraps `text` to `width` columns with a first-line and a continuation prefix. */
export function wrap(text: string, width: number, first: string, rest: string): string[] {
  const lines: string[] = [];
  let line = first;
  for (const word of text.split(/\s+/)) {
    if (line.length + word.length > width && line.trim() !== first.trim()) {
      lines.push(line.trimEnd());
      line = rest;
    }
    line += `${word} `;
  }
  lines.push(line.trimEnd());
  return lines;
}

/** `text` cut to at most `max` characters, the last of them "…" when it was cut. */
export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
