// Case numbers (diarienummer), one grammar for the tool: a series of 2–6 capitals, a year and a
// serial number, in the shape any municipality writes them (STK-2023-138, KS 2024/1035, also
// mistyped: STK 2023-138, STK-23-138, STK–2023–138 from a word processor). Which shapes are a
// city's well-formed numbers is data: its registry's `caseNumbers:` (Malmö STK-2023-138,
// Stockholm KS 2024/1035), and review's rule files. A number after a "Dnr" label is one in any
// city ("Dnr 2024/123", "Dnr: 2025-00039").
import { wholeWordMatches } from '../util/whole-words.js';
import { codePointWidth, followsLetterOrDigit, isHighSurrogate, isLowSurrogate } from '../util/word-characters.js';

const SERIES = String.raw`\p{Lu}{2,6}`;
const SERIAL = String.raw`\d{1,6}`;

/** Loose shape: series letters, a year of 2 or 4 digits and a serial, with some separator. */
export const CASE_NUMBER_SHAPE = String.raw`(?:[Dd]nr\.?\s*)?${SERIES}\s?[-–‐]?\s?(?:19|20)?\d{2}\s?[-–‐/]\s?${SERIAL}`;

/** After a label, a number with or without its series: "Dnr 2024/123", "Dnr: 2025-00039", "Diarienummer KS 2024/12". */
const LABELLED = String.raw`(?:[Dd]nr|[Dd]iarienummer)\.?:?\s?((?:\p{Lu}{1,6}[ -]?)?(?:19|20)\d{2}[-/]${SERIAL})`;

// Every form starts with a capital or "dnr"/"diarienummer": the look-ahead changes nothing but
// speed. It lets through any character that may be a capital (below U+0100 only A-Z, À-Ö, Ø-Þ
// are), and d: plain ranges, much cheaper than \p{Lu}.
const MAYBE_START = String.raw`[A-Zd\u00C0-\u00D6\u00D8-\u00DE\u{100}-\u{10FFFF}]`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;
// Sticky: tried only where a number can start (see `wholeWordMatchesNear`).
const SHAPE_AT = new RegExp(String.raw`(?=${MAYBE_START})(?:${CASE_NUMBER_SHAPE})${AFTER}`, 'uy');
const LABELLED_AT = new RegExp(String.raw`(?=${MAYBE_START})${LABELLED}${AFTER}`, 'uy');

/**
 * How far before its year–serial separator a match can start, in code units: the shape's series
 * (six capitals, astral ones two units each), three optional separators and a four-digit year
 * (a "Dnr" label before it is found by `labelStart`); the label's longest form, "Diarienummer.:
 * ", with a series and its separator, before the year.
 */
const SHAPE_REACH = 12 + 3 + 4 + 1;
const LABELLED_REACH = 15 + 12 + 1 + 4;

/**
 * Every year–serial separator (- – ‐ /) with a digit one or two characters before it and one or
 * two after it, in order: each case number has one, and such separators are rare in prose, so
 * the patterns are tried only just before them. Found by one character class, the cheapest scan
 * measured (four `indexOf` scans of a text with characters above U+00FF took three times as long);
 * both patterns run over the whole text cost ~5 ns a character, about half of locating a document.
 */
function yearSeparators(text: string): number[] {
  const found: number[] = [];
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(text); m !== null; m = SEPARATOR.exec(text)) {
    const at = m.index;
    if ((isDigit(text, at - 1) || isDigit(text, at - 2)) && (isDigit(text, at + 1) || isDigit(text, at + 2))) found.push(at);
  }
  SEPARATOR.lastIndex = 0;
  return found;
}
const SEPARATOR = /[-–‐/]/g;

const isDigit = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return c >= 0x30 && c <= 0x39;
};

/** Where a "Dnr" label (`[Dd]nr\.?\s*`) ending at or after `at` could start: back over its letters, point and spaces. */
function labelStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && LABEL_CHARACTER.test(text[i - 1])) i--;
  return i;
}
const LABEL_CHARACTER = /[\sDdnr.]/u;

/**
 * What `wholeWordMatches` finds with the global form of `sticky` (flags u and y): the same
 * matches, trying the pattern only from `reach` code units before each of `separators` (and
 * before a "Dnr" label there, with `labelFirst`) up to the separator. Every match holds one such
 * separator within that reach, so no place where one starts is left out; places are tried in
 * order, code point by code point, and a match found goes on after its end, as the global scan does.
 */
function wholeWordMatchesNear(sticky: RegExp, text: string, separators: number[], reach: number, labelFirst: boolean): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  // The first place not yet tried (or inside a match found).
  let next = 0;
  for (const separator of separators) {
    const earliest = Math.max(0, separator - reach);
    let i = Math.max(next, labelFirst ? labelStart(text, earliest) : earliest);
    // Not between the halves of a surrogate pair, where the global scan never starts.
    if (i > 0 && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) i++;
    for (; i < separator; i += codePointWidth(text, i)) {
      // What the pattern's own look-ahead turns away, without the call.
      const c = text.charCodeAt(i);
      if (c < 0x41 || (c > 0x5a && c < 0xc0 && c !== 0x64)) continue;
      sticky.lastIndex = i;
      const m = sticky.exec(text);
      if (m === null || followsLetterOrDigit(text, i)) continue;
      found.push(m);
      i = m.index + m[0].length - 1;
      next = i + 1;
    }
    next = Math.max(next, i);
  }
  sticky.lastIndex = 0;
  return found;
}

/** What the loose shape finds in `text`, as written without a "Dnr", in order: anything that looks like a case number. */
export function findCaseNumberShapes(text: string, separators = yearSeparators(text)): { value: string; index: number }[] {
  // Not the end of a longer code either: "1-STK-2023-138".
  return wholeWordMatchesNear(SHAPE_AT, text, separators, SHAPE_REACH, true)
    .filter((m) => text[m.index - 1] !== '-')
    .map((m) => {
      const bare = m[0].replace(/^[Dd]nr\.?\s*/u, '');
      return { value: bare, index: m.index + m[0].length - bare.length };
    });
}

/**
 * The well-formed case numbers in a text, as written (without the "Dnr"), in order of appearance:
 * what the loose shape finds that follows one of `formats` (regex fragments for the whole number,
 * compiled here once), and any number after a "Dnr" label.
 */
export function caseNumberSearch(formats: readonly string[]): (text: string) => { value: string; index: number }[] {
  const wellFormed = formats.map((pattern) => new RegExp(`^(?:${pattern})$`, 'u'));
  return (text) => {
    const found = new Map<number, string>();
    const separators = yearSeparators(text);
    for (const c of findCaseNumberShapes(text, separators)) if (wellFormed.some((re) => re.test(c.value))) found.set(c.index, c.value);
    for (const m of wholeWordMatchesNear(LABELLED_AT, text, separators, LABELLED_REACH, false)) {
      const index = m.index + m[0].length - m[1].length;
      // A labelled number the shape also found starts where the shape's did.
      if (!found.has(index)) found.set(index, m[1]);
    }
    return [...found].sort(([a], [b]) => a - b).map(([index, value]) => ({ value, index }));
  };
}

/** A city's format, from a review rule file: "Malmö stad", `\p{Lu}{2,6}-(?:19|20)\d{2}-\d{1,6}`. */
export interface CaseNumberFormat {
  name: string;
  pattern: string;
}

export interface CaseNumberOccurrence {
  start: number;
  end: number;
  text: string;
  /** The format it follows, or null when it only looks like a case number. */
  format: string | null;
  /** Letters, year and serial, for comparing numbers written differently: "STK|2023|138". */
  key: string;
}

/**
 * Finds what `shape` matches (a whole-word pattern with flags g and u, such as CASE_NUMBER_SHAPE
 * compiled by review's wordPattern), each with the first of `formats` it follows. The formats
 * are compiled here, once: the finder is made once per rule and run on every document.
 */
export function caseNumberFinder(formats: CaseNumberFormat[], shape: RegExp): (text: string) => CaseNumberOccurrence[] {
  const wellFormed = formats.map((f) => ({ name: f.name, re: new RegExp(`^(?:${f.pattern})$`, 'u') }));
  return (text) =>
    wholeWordMatches(shape, text).map((m) => {
      const bare = m[0].replace(/^[Dd]nr\.?\s*/, '');
      const format = wellFormed.find((f) => f.re.test(bare))?.name ?? null;
      return { start: m.index, end: m.index + m[0].length, text: m[0], format, key: caseKey(bare) };
    });
}

/** "STK-2023-138", "STK 2023/138" and "stk–2023–0138" share the key "STK|2023|138". */
export function caseKey(text: string): string {
  const m = /^(\p{L}+)\D*(\d{2,4})\D+(\d+)$/u.exec(text.trim());
  if (!m) return text.trim().toUpperCase();
  const year = m[2].length === 2 ? `20${m[2]}` : m[2];
  return `${m[1].toUpperCase()}|${year}|${String(Number(m[3]))}`;
}
