// The document's type from cues in its text (language/document-types.yaml of the lexicons
// folder): how it heads itself (its running header, the lines at its top), which template
// sections and form fields it has, how it names itself, and for minutes their numbered
// paragraphs. Minutes quote the memos they decide on: what stands under a paragraph (`§ 14 …`)
// is its matter, so there only the minutes' own cues count.
import { DOCUMENT_TYPES, type DocumentType, type Passage } from '../types.js';
import { languageLoader, TEXT_LIST } from '../language/data-files.js';
import { escapeRegExp } from '../util/regexp.js';
import { codePointWidth, followsLetterOrDigit } from '../util/word-characters.js';
import { isMinutesParagraph } from './headings.js';
import { cueWords, firstStarts } from './cue-words.js';

export interface TypeCues {
  type: DocumentType;
  title: string[];
  section: string[];
  selfReference: string[];
  /** The type is made of numbered paragraphs (`§ 12 …`), as minutes are. */
  numberedParagraphs: boolean;
}

interface TypeCuesFile {
  type: DocumentType;
  title?: string[];
  section?: string[];
  selfReference?: string[];
  numberedParagraphs?: boolean;
}

function toTypeCues(entries: TypeCuesFile[]): TypeCues[] {
  const list = (items: string[] | undefined) => (items ?? []).map((item) => item.trim());
  return entries.map((e) => ({
    type: e.type,
    title: list(e.title),
    section: list(e.section),
    selfReference: list(e.selfReference),
    numberedParagraphs: e.numberedParagraphs === true,
  }));
}

const loader = languageLoader<TypeCuesFile[], TypeCues[]>(
  'document-types.yaml',
  {
    type: 'array',
    minItems: 1,
    items: {
      type: 'object',
      required: ['type'],
      properties: {
        type: { enum: DOCUMENT_TYPES },
        title: TEXT_LIST,
        section: TEXT_LIST,
        selfReference: TEXT_LIST,
        numberedParagraphs: { type: 'boolean' },
      },
    },
  },
  toTypeCues,
);

/** Parses document-types.yaml: per type, its title, section and self-reference cues. */
export function parseTypeCues(text: string, file: string): TypeCues[] {
  return loader.parse(text, file);
}

/** The type cues of the lexicons folder `lexiconsDir` (its own file, else the bundled one), read on first use. */
export function typeCues(lexiconsDir?: string): TypeCues[] {
  return loader.load(lexiconsDir);
}

/** How many passages from the top count for title cues. */
const TITLE_REACH = 8;
/** A passage this short that holds a title cue is a letterhead line ("Växjö kommun SAMMANTRÄDESPROTOKOLL"). */
const TITLE_LINE_WORDS = 8;

/** Points per cue found; see document-types.yaml. */
const POINTS = { title: 3, section: 2, selfReference: 1, numberedParagraphs: 3 };

/** Any of a list of cues (each `cue(?![\p{L}\p{N}])`, flags i and u), compiled once per list. */
const anyWordPatterns = new Map<string, RegExp>();
function anyWordPattern(cues: readonly string[]): RegExp {
  const key = cues.join('\n');
  let pattern = anyWordPatterns.get(key);
  if (!pattern) anyWordPatterns.set(key, (pattern = new RegExp(`(?:${cues.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu')));
  return pattern;
}

/**
 * Where each of `cues` first starts a word in `text`, as `searchWholeWord` of its pattern
 * finds it (absent: nowhere), in one scan for all of them instead of one per cue: every place
 * where any of them matches is visited in turn, and the cues not yet found are tried there.
 */
function firstWordStarts(text: string, cues: readonly string[]): Map<string, number> {
  const found = new Map<string, number>();
  const wanted = new Set(cues).size;
  if (wanted === 0) return found;
  const any = anyWordPattern(cues);
  any.lastIndex = 0;
  for (let m = any.exec(text); m !== null && found.size < wanted; m = any.exec(text)) {
    const at = m.index;
    if (!followsLetterOrDigit(text, at)) {
      for (const cue of cues) if (!found.has(cue) && cueWords(cue).at(text, at)) found.set(cue, at);
    }
    any.lastIndex = at + codePointWidth(text, at);
  }
  any.lastIndex = 0;
  return found;
}

const wordCount = (text: string): number => text.split(/\s+/u).filter(Boolean).length;

/** The first passage near the top that begins with the cue or is a short line holding it, or -1. `short`: which of them are short lines. */
function findTitle(passages: Passage[], cue: string, short: readonly boolean[]): number {
  const words = cueWords(cue);
  const end = Math.min(TITLE_REACH, passages.length);
  for (let i = 0; i < end; i++) if (words.starts(passages[i].text) || (short[i] && words.within(passages[i].text))) return i;
  return -1;
}

/**
 * Picks the type whose cues score highest; see document-types.yaml for the points. `furniture` are
 * the running header and footer lines normalization removed: a title cue there counts as at the
 * top. Without `cues`, the bundled ones.
 */
export function detectDocumentType(passages: Passage[], text: string, cues: readonly TypeCues[] = typeCues(), furniture: readonly string[] = []): DocumentType {
  // The head: the passages before the first numbered paragraph (all of them without one).
  const firstParagraph = passages.findIndex((p) => isMinutesParagraph(p.text));
  const head = firstParagraph < 0 ? passages : passages.slice(0, firstParagraph);
  const headText = head.length === passages.length ? text : text.slice(0, head.at(-1)?.end ?? 0);
  let best: { type: DocumentType; score: number; first: number } = { type: 'other', score: 0, first: Infinity };
  // Each passage compared once with the section cues it may start with, not once per cue.
  const sectionStarts = firstStarts(
    passages,
    cues.flatMap((type) => type.section),
  );
  const short = head.slice(0, TITLE_REACH).map((p) => wordCount(p.text) <= TITLE_LINE_WORDS);
  // The self-references of all types at once, in the text each type reads: one scan when the head is all of it.
  const textCues = cues.flatMap((type) => (type.numberedParagraphs ? type.selfReference : []));
  const headCues = cues.flatMap((type) => (type.numberedParagraphs ? [] : type.selfReference));
  const inText = firstWordStarts(text, headText === text ? [...textCues, ...headCues] : textCues);
  const inHead = headText === text ? inText : firstWordStarts(headText, headCues);
  for (const type of cues) {
    // Only a type made of paragraphs owns what stands under them.
    const [scope, starts] = type.numberedParagraphs ? [passages, inText] : [head, inHead];
    let score = 0;
    let first = Infinity;
    const found = (points: number, at: number) => {
      if (at < 0) return;
      score += points;
      first = Math.min(first, at);
    };
    for (const cue of type.title) found(POINTS.title, furniture.some((line) => cueWords(cue).within(line)) ? 0 : findTitle(head, cue, short));
    for (const cue of type.section) {
      const at = sectionStarts.get(cue) ?? -1;
      found(POINTS.section, at < scope.length ? at : -1);
    }
    for (const cue of type.selfReference) {
      const at = starts.get(cue) ?? -1;
      found(POINTS.selfReference, at < 0 ? -1 : scope.findIndex((p) => p.end >= at));
    }
    if (type.numberedParagraphs) found(POINTS.numberedParagraphs, firstParagraph);
    if (score > best.score || (score === best.score && score > 0 && first < best.first)) best = { type: type.type, score, first };
  }
  return best.type;
}
