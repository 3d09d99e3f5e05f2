// Letters and digits as Swedish word boundaries see them (`\b` and `\w` do not know å, ä, ö), by
// table below U+0250 and by Unicode category above, a whole code point at a time.

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** `LETTER_OR_DIGIT` for the characters below U+0250, by table. */
const LATIN = Uint8Array.from({ length: 0x250 }, (_, c) => (LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 0));

/** Whether the code point starting at `i` is a letter or a digit. */
export function isLetterOrDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x250) return LATIN[c] === 1;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Whether the code point ending just before `index` is a letter or a digit (false at the start). */
export function followsLetterOrDigit(text: string, index: number): boolean {
  if (index === 0) return false;
  const low = text.charCodeAt(index - 1);
  const pair = isLowSurrogate(low) && index >= 2 && isHighSurrogate(text.charCodeAt(index - 2));
  return isLetterOrDigit(text, pair ? index - 2 : index - 1);
}

/** 2 for a code point outside the BMP, else 1. */
export const codePointWidth = (text: string, i: number): number => (text.codePointAt(i)! > 0xffff ? 2 : 1);

export const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
export const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
