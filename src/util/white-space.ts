// White space as `\s` and `trim` see it (ECMAScript's WhiteSpace and LineTerminator), by code:
// asked where a pattern or a trimmed copy costs more (normalize's line ends, the PDF's size marks).

/** Whether UTF-16 code `c` is white space to `\s` and `trim` (no such character lies outside the BMP). */
export const isWhiteSpace = (c: number): boolean =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  (c > 0x7f &&
    (c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff));

/** How many white-space characters `text` starts with. */
export function leadingSpace(text: string): number {
  let i = 0;
  while (i < text.length && isWhiteSpace(text.charCodeAt(i))) i++;
  return i;
}

/** `text.trimEnd().length`, without the copy. */
export function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** `text.trim() === ''`, without the copy. */
export const isBlankText = (text: string): boolean => leadingSpace(text) === text.length;
