// Plain-text files: decoding with a check for binary content, splitting into lines, and the
// whitespace tidying every block-producing reader shares.
import { decodeText, looksBinary, type TextEncodingName } from './encoding.js';
import { UnreadableContent } from './errors.js';
import { SIGNATURE_NAMES, sniffSignature } from './sniff.js';

/** Table cells are joined with a tab: cell text never holds one, so rows split back unambiguously. */
export const TABLE_CELL_SEPARATOR = '\t';

export interface TextFileContent {
  text: string;
  encoding: TextEncodingName;
  warnings: string[];
}

/** Decodes the bytes of a txt/md/html file; throws UnreadableContent when they are not text. */
export function decodeTextFile(bytes: Uint8Array): TextFileContent {
  const signature = sniffSignature(bytes);
  if (signature) throw new UnreadableContent(`binärfil, inte text (innehållet är ${SIGNATURE_NAMES[signature]})`);
  const { text, encoding, invalidBytes } = decodeText(bytes);
  if (looksBinary(text)) throw new UnreadableContent('binärfil, inte text');
  const warnings: string[] = [];
  if (encoding === 'windows-1252') warnings.push('filen är inte UTF-8; avkodad som Windows-1252');
  if (invalidBytes > 0) warnings.push(`${invalidBytes} ogiltiga UTF-8-byte ersattes med \uFFFD`);
  return { text, encoding, warnings };
}

/**
 * The decoded file split on \r?\n: `lines[i]` is line i + 1. A final line break ends the last line
 * rather than starting an empty one, so "a\nb\n" gives ["a", "b"].
 */
export function splitLines(text: string): string[] {
  // Split on a string where there is no "\r" (the two agree then): a native scan, where the
  // pattern's split took three times as long the first time round.
  const lines = text.includes('\r') ? text.split(/\r?\n/) : text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Tidies a block's text: runs of spaces become one, spaces next to a line break or tab go, and the
 * ends are trimmed. Line breaks and tabs themselves stay: they are structure normalize may need.
 */
export function tidyBlockText(text: string): string {
  return text
    .replace(/[ \r\f\v]+/g, ' ')
    .replace(/ *([\n\t]) */g, '$1')
    .trim();
}

/** A table cell is one line: its own breaks and tabs become spaces. */
export function tidyCellText(text: string): string {
  return tidyBlockText(text.replace(/[\n\t]/g, ' '));
}

/** A function from a character offset in `text` to its 1-based line, by binary search over line starts. */
export function lineLocator(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}
