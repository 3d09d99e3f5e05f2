// Case numbers (diarienummer), one grammar for the tool: a series of 2–6 capitals, a year and a
// serial number, in the shape any municipality writes them (STK-2023-138, KS 2024/1035, also
// mistyped: STK 2023-138, STK-23-138, STK–2023–138 from a word processor). Which shapes are a
// city's well-formed numbers is data: its registry's `caseNumbers:` (Malmö STK-2023-138,
// Stockholm KS 2024/1035), and review's rule files. A number after a "Dnr" label is one in any
// city ("Dnr 2024/123", "Dnr: 2025-00039").
import { wholeWordMatches } from '../util/whole-words.js';

const SERIES = String.raw`\p{Lu}{2,6}`;
const SERIAL = String.raw`\d{1,6}`;

/** Loose shape: series letters, a year of 2 or 4 digits and a serial, with some separator. */
export const CASE_NUMBER_SHAPE = String.raw`(?:[Dd]nr\.?\s*)?${SERIES}\s?[-–‐]?\s?(?:19|20)?\d{2}\s?[-–‐/]\s?${SERIAL}`;

/** After a label, a number with or without its series: "Dnr 2024/123", "Dnr: 2025-00039", "Diarienummer KS 2024/12". */
const LABELLED = String.raw`(?:[Dd]nr|[Dd]iarienummer)\.?:?\s?((?:\p{Lu}{1,6}[ -]?)?(?:19|20)\d{2}[-/]${SERIAL})`;

// Every form starts with a capital or "dnr"/"diarienummer": the look-ahead changes nothing but
// speed (V8 then tries the pattern only there). It lets through any character that may be a
// capital (below U+0100 only A-Z, À-Ö, Ø-Þ are), and d: plain ranges, much cheaper than \p{Lu}.
const MAYBE_START = String.raw`[A-Zd\u00C0-\u00D6\u00D8-\u00DE\u{100}-\u{10FFFF}]`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;
const SHAPE_PATTERN = new RegExp(String.raw`(?=${MAYBE_START})(?:${CASE_NUMBER_SHAPE})${AFTER}`, 'gu');
const LABELLED_PATTERN = new RegExp(String.raw`(?=${MAYBE_START})${LABELLED}${AFTER}`, 'gu');

/** What the loose shape finds in `text`, as written without a "Dnr", in order: anything that looks like a case number. */
export function findCaseNumberShapes(text: string): { value: string; index: number }[] {
  // Not the end of a longer code either: "1-STK-2023-138".
  return wholeWordMatches(SHAPE_PATTERN, text)
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
    for (const c of findCaseNumberShapes(text)) if (wellFormed.some((re) => re.test(c.value))) found.set(c.index, c.value);
    for (const m of wholeWordMatches(LABELLED_PATTERN, text)) {
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
