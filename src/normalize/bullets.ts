// List markers at the start of a line: the glyphs Word and PDF converters emit for bullets, dashes,
// `o` sub-bullets and numbered items.

/**
 * Word's default bullet levels: level 1 a Symbol-font dot (U+F0B7, often extracted as `•`), level 2
 * a Courier `o`, level 3 a Wingdings square (U+F0A7). Other private-use glyphs (arrows U+F0D8,
 * checks U+F0FC, diamonds U+F076) are chosen as top-level bullets.
 */
const SECOND_LEVEL = new Set(['o', '◦', '○']);
const THIRD_LEVEL = new Set(['\uF0A7', '▪', '■', '□']);
const GLYPH_BULLET = /^([\uF000-\uF0FF•●▪■□◦○►▶➢➤✓✔·∙*]|o(?= \p{Lu}))\s*(?=\S)/u;
const DASH_BULLET = /^[-–—]\s+(?=\S)/u;
/** `1. Text`, `2) Text`, `a) text`; not `2.1 Rubrik` (a numbered heading) nor `2023. Text`. */
const NUMBERED_ITEM = /^(?:\d{1,2}[.)]|\p{Ll}\))\s+(?=\S)/u;

export interface ListMarker {
  /** Nesting depth, 0 = top. */
  depth: number;
  /** The line without the marker; numbered items keep their number, which is part of the text. */
  text: string;
  /** Bullet glyphs always start an item; dashes and numbers only where a new block can start. */
  certain: boolean;
}

/** A–Z, a–z and the letters of Latin-1 (À–ÿ but × and ÷). */
export const isLatinLetter = (c: number): boolean =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7);

/** Reads the list marker at the start of a line (already trimmed), or returns null. */
export function parseListMarker(line: string): ListMarker | null {
  // Most lines start with a letter, and no marker does but a sub-bullet `o ` and an item `a)`: the
  // three patterns are not tried on them.
  const c = line.charCodeAt(0);
  if (isLatinLetter(c) && c !== 0x6f && line.charCodeAt(1) !== 0x29) return null;
  const glyph = GLYPH_BULLET.exec(line);
  if (glyph) {
    const bullet = glyph[1];
    const depth = SECOND_LEVEL.has(bullet) ? 1 : THIRD_LEVEL.has(bullet) ? 2 : 0;
    return { depth, text: line.slice(glyph[0].length), certain: true };
  }
  const dash = DASH_BULLET.exec(line);
  if (dash) return { depth: 0, text: line.slice(dash[0].length), certain: false };
  if (NUMBERED_ITEM.test(line)) return { depth: 0, text: line, certain: false };
  return null;
}
