// What a document says about itself: type, title, date, year and author, read from its passages
// the way a registrar reads a letterhead. Its city and case numbers depend on the lexicons (the
// municipalities' names, each registry's case-number formats), not only on the text, so they are
// read after extraction and its cache, by src/locate; `detectMetadata` leaves them empty.
import type { DocumentMetadata, Passage } from '../types.js';
import { detectDocumentType } from './document-type.js';
import { extractionData, type ExtractionData } from './extraction-data.js';
import { findDates } from './metadata-patterns.js';
import { findCaseNumberShapes } from '../language/case-numbers.js';
import { titleKey, titleKeys, type SectionTitles } from '../language/section-titles.js';
import { isKnownTitle } from '../normalize/section-title.js';

/** Labels a letterhead or minutes put before the date the document is dated. */
const DATE_LABEL = /^(?:datum|sammanträdestid|sammanträdesdatum|beslutsdatum|daterad|dag för justering)\b[\s:]*/iu;
/** Labels of letterhead fields whose values are never the title. */
const FIELD_LABEL = /^(?:datum|vår referens|er referens|handläggare|dnr|diarienummer|sida|plats|sammanträdestid)\b/iu;
const MINUTES_PARAGRAPH = /^§\s?\d+[a-z]?\s+/u;
/** Names of authoring bodies end so: Servicenämnden, Kommunstyrelsens arbetsutskott, Stadskontoret. */
const BODY_NAME =
  /(?:nämnd|nämnden|styrelse|styrelsen|utskott|utskottet|fullmäktige|förvaltning|förvaltningen|kontor|kontoret|direktör|direktören|revision|revisionen|rådet|AB)$/u;
const DECIDES = /^(\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}?)\s+(?:beslutar|föreslår)(?![\p{L}])/u;
/** "Servicenämndens förslag till beslut", "Hälso- och sjukvårdsnämndens beslut" (minutes): the genitive names the author. */
const PROPOSAL = /^(\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,5}?s)\s+(?:förslag till beslut|beslut)$/u;
/** Type labels that head a letterhead ("Tjänsteskrivelse") are furniture, not sections. */
const TYPE_LABELS = new Set(['tjänsteskrivelse', 'tjänsteutlåtande', 'protokollsutdrag']);

const words = (text: string): number => text.split(/\s+/u).filter(Boolean).length;

/** Passages before the first real section heading (one of `titles`): the letterhead and the title block. */
function frontMatter(passages: Passage[], titles: SectionTitles): Passage[] {
  const first = passages.findIndex((p) => isKnownTitle(p.text, titles) && !TYPE_LABELS.has(titleKey(p.text)));
  return first < 0 ? [] : passages.slice(0, first);
}

/**
 * A letter with no section a template knows (a short remissvar: letterhead, "Yttrande över …",
 * then the text): its headings before the first paragraph of text.
 */
function headingsBeforeText(passages: Passage[], titles: SectionTitles): Passage[] {
  if (passages.some((p) => isKnownTitle(p.text, titles))) return [];
  const text = passages.findIndex((p) => p.kind !== 'heading' && words(p.text) > MAX_TITLE_WORDS);
  return passages.slice(0, text < 0 ? passages.length : text).filter((p) => p.kind === 'heading');
}

function isFurniture(text: string): boolean {
  return (
    FIELD_LABEL.test(text) ||
    TYPE_LABELS.has(titleKey(text)) ||
    /@|\.{3,}/u.test(text) ||
    /^(?:\S+ )?(?:stad|kommun|region)$/iu.test(text) ||
    /^[\d\s-]+$/u.test(text)
  );
}

/** A trailing case number (or anything shaped like one) belongs to the case-number list, not to the title. */
function withoutCaseNumber(title: string): string {
  let rest = title;
  for (const { value } of findCaseNumberShapes(title)) {
    if (rest.endsWith(value)) rest = rest.slice(0, -value.length).replace(/[\s,–-]+$/u, '');
  }
  return rest;
}

/** A case number's label left at a title's end once the number is gone: "…, dnr", "Diarienummer". */
const CASE_LABEL_AT_END = /(?:^|[\s,(]+)(?:dnr|diarienr|diarienummer|ärendenr|ärendenummer)[.:]?$/iu;

/**
 * `text` without a case number's label at its end. Looked for in the last few characters only: the
 * pattern's run of separators, tried from every position of a long run, took quadratic time.
 */
function withoutCaseLabel(text: string): string {
  const tail = text.length > 32 ? text.slice(-32) : text;
  const label = CASE_LABEL_AT_END.exec(tail);
  if (!label || (label.index === 0 && tail !== text && !/^[\s,(]/u.test(tail))) return text;
  return text.slice(0, text.length - tail.length + label.index);
}

/**
 * The item of a minutes paragraph: "§ 41 Plan för …", else, when the paragraph's line holds only
 * its case number ("§ 41 Dnr SN 2026/118"), the line under it; null when neither reads as one.
 */
function minutesTitle(passages: Passage[], at: number): string | null {
  const own = withoutCaseLabel(withoutCaseNumber(passages[at].text.replace(MINUTES_PARAGRAPH, '')));
  if (/\p{L}/u.test(own)) return own;
  const next = passages[at + 1];
  if (!next || MINUTES_PARAGRAPH.test(next.text) || words(next.text) > MAX_TITLE_WORDS || isFurniture(next.text)) return null;
  const item = withoutCaseLabel(withoutCaseNumber(next.text));
  return /\p{L}/u.test(item) ? item : null;
}

/** A report's name and year on a line of its own: "Årsrapport 2025", "Delårsrapport augusti 2025". */
const YEAR_TITLE = /^\p{Lu}[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s+(?:19|20)\d{2}(?:[–-](?:19|20)?\d{2})?$/u;

/** A short title with its year among the first lines, before any heading: the last resort. */
function yearTitle(passages: Passage[]): Passage | undefined {
  for (const p of passages.slice(0, 6)) {
    if (p.kind === 'heading') return undefined;
    if (YEAR_TITLE.test(p.text) && !isFurniture(p.text)) return p;
  }
  return undefined;
}

/** An item's title is a line, not a paragraph of the minutes' text. */
const MAX_TITLE_WORDS = 25;

/**
 * A document whose headings are marked up (HTML, Markdown, Word with heading styles): its first
 * top-level heading, before any body text, unless that is a section a template knows ("Ärendet")
 * or a minutes paragraph. A web page's "Publicerad … av …" under it is no title.
 */
function styledTitle(passages: Passage[], titles: SectionTitles): string | null {
  for (const p of passages) {
    if (p.kind === 'paragraph' && words(p.text) > MAX_TITLE_WORDS) return null;
    if (p.kind !== 'heading') continue;
    if (p.level !== 1 || isKnownTitle(p.text, titles) || MINUTES_PARAGRAPH.test(p.text) || isFurniture(p.text)) return null;
    return withoutCaseNumber(p.text);
  }
  return null;
}

export function detectTitle(passages: Passage[], titles: SectionTitles): string | null {
  const minutes = passages.findIndex((p) => MINUTES_PARAGRAPH.test(p.text));
  // A whole protocol's items are many: none of them ("Val av justerare") is the document's title.
  if (minutes >= 0 && passages.some((p, i) => i > minutes && p.kind === 'heading' && MINUTES_PARAGRAPH.test(p.text))) return null;
  const item = minutes >= 0 ? minutesTitle(passages, minutes) : null;
  if (item !== null) return item;
  const isTitle = (p: Passage) => words(p.text) >= 4 && !isFurniture(p.text);
  const title = frontMatter(passages, titles).find(isTitle) ?? headingsBeforeText(passages, titles).find(isTitle) ?? yearTitle(passages);
  return title ? withoutCaseNumber(title.text) : null;
}

/**
 * The date the document is dated: after a date label (`Datum 2024-04-23`, also with the value in
 * the next passage), else the first date in the letterhead, else the first full date in the text
 * outside decision planning (whose dates are meetings to come).
 */
export function detectDate(passages: Passage[], titles: SectionTitles): string | null {
  for (let i = 0; i < passages.length; i++) {
    const label = DATE_LABEL.exec(passages[i].text);
    if (!label) continue;
    const value = passages[i].text.slice(label[0].length) || (passages[i + 1]?.text ?? '');
    const date = findDates(value)[0];
    if (date && date.index === 0) return date.iso;
  }
  for (const p of frontMatter(passages, titles)) {
    const date = findDates(p.text)[0];
    if (date) return date.iso;
  }
  const keyOf = titleKeys();
  for (const p of passages) {
    if (p.kind === 'heading' || p.sectionPath.some((title) => keyOf(title) === 'beslutsplanering')) continue;
    const date = findDates(p.text)[0];
    if (date) return date.iso;
  }
  return null;
}

/** The authoring body as written: who decides or proposes, else whose proposal it is. */
export function detectAuthor(passages: Passage[]): string | null {
  const keyOf = titleKeys();
  // Passages under one heading share one section path (passages.ts): each path is read once.
  const decisions = new Map<readonly string[], boolean>();
  const underDecision = (path: readonly string[]): boolean => {
    let under = decisions.get(path);
    if (under === undefined) decisions.set(path, (under = path.some((title) => /förslag till beslut|^beslut$/u.test(keyOf(title)))));
    return under;
  };
  const candidates = passages.filter((p, i) => i < 20 || underDecision(p.sectionPath));
  for (const p of candidates) {
    const name = DECIDES.exec(p.text)?.[1];
    if (name && BODY_NAME.test(name)) return name;
  }
  for (const p of candidates) {
    const genitive = PROPOSAL.exec(p.text)?.[1];
    if (genitive && BODY_NAME.test(genitive.slice(0, -1))) return genitive.slice(0, -1);
  }
  // A letterhead's or title page's organ on a line of its own: "Förskolenämnden" under "Årsrapport 2025".
  for (const p of passages.slice(0, LETTERHEAD_PASSAGES)) {
    if (p.kind === 'heading' && p.sectionPath.length > 1) break;
    if (ORGAN_LINE.test(p.text) && BODY_NAME.test(p.text) && !LABELLED.test(p.text)) return p.text;
  }
  return null;
}

/** "Till Kommunstyrelsen", "Kopia: Socialnämnden": a label and a name, not a name alone (the addressee, mostly). */
const LABELLED = /^(?:till|från|kopia|mottagare|för kännedom)[\s:]/iu;
/** How far down a letterhead or title page reaches, in passages. */
const LETTERHEAD_PASSAGES = 8;
/** A capitalized name of at most six words and nothing else: "Individ- och familjenämnden". */
const ORGAN_LINE = /^\p{Lu}[\p{L}-]*(?:,?\s+[\p{L}&-]+){0,5}$/u;

/**
 * The year: the date's, else the first year in the title, else the year of the first meeting in
 * the decision planning (a memo goes to committee the year it is written).
 */
export function detectYear(passages: Passage[], date: string | null, title: string | null): number | null {
  if (date) return Number(date.slice(0, 4));
  const titleYear = title ? /(?<!\d)(?:19|20)\d{2}(?!\d)/u.exec(title)?.[0] : undefined;
  if (titleYear) return Number(titleYear);
  const planning = passages.find((p) => p.kind !== 'heading' && p.sectionPath.some((t) => titleKey(t) === 'beslutsplanering'));
  const meeting = planning ? findDates(planning.text)[0] : undefined;
  return meeting ? Number(meeting.iso.slice(0, 4)) : null;
}

/**
 * Case numbers, as `find` finds them (the city's formats, src/language/case-numbers.ts): the
 * letterhead's and title's first, then the rest in order of appearance.
 */
export function detectCaseNumbers(
  passages: Passage[],
  text: string,
  titles: SectionTitles,
  find: (text: string) => { value: string; index: number }[],
): string[] {
  const front = frontMatter(passages, titles);
  const frontEnd = front.length > 0 ? front[front.length - 1].end : 0;
  const all = find(text);
  const ordered = [...all.filter((c) => c.index < frontEnd), ...all.filter((c) => c.index >= frontEnd)];
  return [...new Set(ordered.map((c) => c.value))];
}

/**
 * Reads the document's metadata from its passages and their joined text, and from the running
 * header and footer lines normalization removed (`furniture`); without `data`, with the bundled
 * language data. City and case numbers are left for src/locate (null and empty).
 */
export function detectMetadata(
  passages: Passage[],
  text: string,
  data: ExtractionData = extractionData(),
  furniture: readonly string[] = [],
  styled = false,
): DocumentMetadata {
  const title = (styled ? styledTitle(passages, data.sectionTitles) : null) ?? detectTitle(passages, data.sectionTitles);
  const date = detectDate(passages, data.sectionTitles);
  return {
    type: detectDocumentType(passages, text, data.typeCues, furniture),
    title,
    date,
    caseNumbers: [],
    city: null,
    year: detectYear(passages, date, title),
    author: detectAuthor(passages),
  };
}
