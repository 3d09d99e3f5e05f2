// Decoding the bytes of a plain-text file (txt, md, html) without being told the encoding.
// Swedish municipal files come as UTF-8 (with or without BOM), UTF-16 from Windows tools, or
// Windows-1252 from older systems; å, ä and ö must come out right from all of them.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Bytes that were not valid UTF-8 in a file that otherwise is, replaced with U+FFFD. */
  invalidBytes: number;
}

/** How much of a file the NUL-pattern test looks at: enough to be sure, little enough to be cheap. */
const SNIFF_BYTES = 64 * 1024;

/** Decodes `bytes`, choosing the encoding from a BOM, NUL-byte patterns or UTF-8 validity. Pure. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const encoding = encodingByBom(bytes) ?? utf16ByNulPattern(bytes);
  if (encoding) {
    // TextDecoder drops the BOM itself.
    return { text: new TextDecoder(encoding).decode(bytes), encoding, invalidBytes: 0 };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', invalidBytes: 0 };
  } catch {
    // Not valid UTF-8: a few bad bytes in a UTF-8 file, or a single-byte legacy encoding.
  }
  const { valid, invalid } = countUtf8Sequences(bytes);
  if (valid > invalid) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', invalidBytes: invalid };
  }
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252', invalidBytes: 0 };
}

/**
 * Windows-1252 is Latin-1 except for 0x80–0x9F (€, –, ”, …). Decoded by hand because Node's
 * TextDecoder('windows-1252') decodes as plain Latin-1 since v20.18.3 (nodejs/node#60888).
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** 0x80–0x9F per the WHATWG Encoding Standard; the five unassigned bytes stay C1 controls. */
const WINDOWS_1252_HIGH = [
  '\u20ac',
  '\x81',
  '\u201a',
  '\u0192',
  '\u201e',
  '\u2026',
  '\u2020',
  '\u2021',
  '\u02c6',
  '\u2030',
  '\u0160',
  '\u2039',
  '\u0152',
  '\x8d',
  '\u017d',
  '\x8f',
  '\x90',
  '\u2018',
  '\u2019',
  '\u201c',
  '\u201d',
  '\u2022',
  '\u2013',
  '\u2014',
  '\u02dc',
  '\u2122',
  '\u0161',
  '\u203a',
  '\u0153',
  '\x9d',
  '\u017e',
  '\u0178',
];

/** The characters looksBinary counts: C0 controls but tab, line breaks and form feed; DEL; C1 controls. */
const CONTROL = /[\x00-\x08\x0e-\x1f\x7f-\x9f]/g;

/**
 * True when decoded text is really binary data: any NUL, or more than 1 % control characters
 * (tab, line breaks and form feed are text; C1 controls are what stray bytes become in Windows-1252).
 * Found by a regular expression: V8 scans a character class three times as fast as a loop reads
 * each character, and text has next to none of them.
 */
export function looksBinary(text: string): boolean {
  const most = text.length * 0.01;
  let controls = 0;
  CONTROL.lastIndex = 0;
  for (let m = CONTROL.exec(text); m !== null; m = CONTROL.exec(text)) {
    // A NUL, or one control too many: binary, whatever follows.
    if (m[0] === '\0' || ++controls > most) return true;
  }
  return false;
}

function encodingByBom(bytes: Uint8Array): TextEncodingName | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without a BOM: text in Latin script has a zero high byte in nearly every code unit, so NULs
 * fill one byte position of each pair (odd positions for little-endian) and are absent from the other.
 */
function utf16ByNulPattern(bytes: Uint8Array): TextEncodingName | null {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (length < 2) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = length / 2;
  if (oddNuls > pairs * 0.5 && evenNuls < pairs * 0.05) return 'utf-16le';
  if (evenNuls > pairs * 0.5 && oddNuls < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * Counts well-formed multi-byte UTF-8 sequences and bytes that fit none. Windows-1252 Swedish has
 * no valid sequences at all (å = E5 is never followed by two continuation bytes in real text).
 */
function countUtf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}
