// The document's type from cues in its text (language/document-types.yaml of the lexicons
// folder): how it heads itself, which template sections it has, and how it names itself.
import { DOCUMENT_TYPES, type DocumentType, type Passage } from '../types.js';
import { languageLoader, TEXT_LIST } from '../language/data-files.js';
import { escapeRegExp } from '../util/regexp.js';
import { searchWholeWord } from '../util/whole-words.js';

export interface TypeCues {
  type: DocumentType;
  title: string[];
  section: string[];
  selfReference: string[];
}

interface TypeCuesFile {
  type: DocumentType;
  title?: string[];
  section?: string[];
  selfReference?: string[];
}

function toTypeCues(entries: TypeCuesFile[]): TypeCues[] {
  const list = (items: string[] | undefined) => (items ?? []).map((item) => item.trim());
  return entries.map((e) => ({ type: e.type, title: list(e.title), section: list(e.section), selfReference: list(e.selfReference) }));
}

const loader = languageLoader<TypeCuesFile[], TypeCues[]>(
  'document-types.yaml',
  {
    type: 'array',
    minItems: 1,
    items: {
      type: 'object',
      required: ['type'],
      properties: { type: { enum: DOCUMENT_TYPES }, title: TEXT_LIST, section: TEXT_LIST, selfReference: TEXT_LIST },
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

/** Compiled once per cue: the section cues are tried on every passage of every document. */
const compiled = (build: (escaped: string) => string, flags = 'iu') => {
  const patterns = new Map<string, RegExp>();
  return (cue: string): RegExp => {
    let pattern = patterns.get(cue);
    if (!pattern) patterns.set(cue, (pattern = new RegExp(build(escapeRegExp(cue)), flags)));
    return pattern;
  };
};
const startPattern = compiled((cue) => `^${cue}(?![\\p{L}\\p{N}])`);
// The word start is checked by searchWholeWord, not by a look-behind: these run over whole documents.
const wordPattern = compiled((cue) => `${cue}(?![\\p{L}\\p{N}])`, 'giu');
const startsWithCue = (text: string, cue: string): boolean => startPattern(cue).test(text);

/** The passage index where a cue is found first, or -1. */
function findCue(passages: Passage[], cue: string, reach: number): number {
  return passages.slice(0, reach).findIndex((p) => startsWithCue(p.text, cue));
}

/** Picks the type whose cues score highest; see document-types.yaml for the points. Without `cues`, the bundled ones. */
export function detectDocumentType(passages: Passage[], text: string, cues: readonly TypeCues[] = typeCues()): DocumentType {
  let best: { type: DocumentType; score: number; first: number } = { type: 'other', score: 0, first: Infinity };
  for (const type of cues) {
    let score = 0;
    let first = Infinity;
    const found = (points: number, at: number) => {
      if (at < 0) return;
      score += points;
      first = Math.min(first, at);
    };
    for (const cue of type.title) found(3, findCue(passages, cue, TITLE_REACH));
    for (const cue of type.section) found(2, findCue(passages, cue, passages.length));
    for (const cue of type.selfReference) {
      const at = searchWholeWord(wordPattern(cue), text);
      found(1, at < 0 ? -1 : passages.findIndex((p) => p.end >= at));
    }
    if (score > best.score || (score === best.score && score > 0 && first < best.first)) best = { type: type.type, score, first };
  }
  return best.type;
}
