// Loads and validates language/attribution.yaml of the lexicons folder: the cue words attribution
// needs besides the registries (anaphors, generic phrases, shapes of unregistered names).
import path from 'node:path';
import { DataFileError, NON_BLANK_TEXT } from '../data-files/validate.js';
import { languageLoader } from '../language/data-files.js';
import { ADMINISTRATION_KINDS, type AdministrationKind } from '../types.js';
import { BUNDLED_LEXICONS_DIR } from '../paths.js';

export interface AnaphorCue {
  /** Lower-case word forms: "nämnden", "nämndens". */
  words: string[];
  /** Kinds of administration the word can refer back to, in no particular order. */
  kinds: AdministrationKind[];
  examples: string[];
}

export interface NameEnding {
  /** Lower-case forms the last word ends with: "nämnd", "nämnden", "nämndens". */
  forms: string[];
  /** Whether a lower-case compound counts without a capital or a city qualifier. */
  lowercase: boolean;
  /** What such a name is, so that anaphors can refer back to it. */
  kind: AdministrationKind;
}

export interface UnregisteredCues {
  endings: NameEnding[];
  nameWords: string[];
  prefixes: string[];
  cityQualifiers: string[];
  stopwords: Set<string>;
  examples: { match: string[]; nomatch: string[] };
}

export interface AttributionCues {
  anaphors: AnaphorCue[];
  /** Lower-case plural nouns an anaphor is not resolved past. */
  distributive: string[];
  generic: string[];
  unregistered: UnregisteredCues;
  file: string;
}

export const CUES_RELATIVE_PATH = path.join('language', 'attribution.yaml');

/** The lexicons directory shipped with the package. */
export const PACKAGE_LEXICONS_DIR = BUNDLED_LEXICONS_DIR;

/** A non-empty list of words or phrases, none of them blank. */
const words = { type: 'array', items: NON_BLANK_TEXT, minItems: 1 };
const kind = { enum: ADMINISTRATION_KINDS };

// Keys the file does not use are ignored, as they always were: only what is read is checked.
const schema = {
  type: 'object',
  required: ['version', 'anaphors', 'distributive', 'generic', 'unregistered'],
  properties: {
    version: { const: 1 },
    anaphors: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['words', 'kinds'],
        properties: { words, kinds: { type: 'array', items: kind, minItems: 1 }, examples: words },
      },
    },
    distributive: words,
    generic: words,
    unregistered: {
      type: 'object',
      required: ['endings', 'nameWords', 'prefixes', 'cityQualifiers', 'stopwords'],
      properties: {
        endings: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['forms', 'lowercase', 'kind'],
            properties: { forms: words, lowercase: { type: 'boolean' }, kind },
          },
        },
        nameWords: words,
        prefixes: words,
        cityQualifiers: words,
        stopwords: words,
        examples: { type: 'object', properties: { match: words, nomatch: words } },
      },
    },
  },
};

/** attribution.yaml as written, before the words are lower-cased. */
interface CuesFile {
  version: 1;
  anaphors: Array<{ words: string[]; kinds: AdministrationKind[]; examples?: string[] }>;
  distributive: string[];
  generic: string[];
  unregistered: Omit<UnregisteredCues, 'endings' | 'stopwords' | 'examples'> & {
    endings: NameEnding[];
    stopwords: string[];
    examples?: { match?: string[]; nomatch?: string[] };
  };
}

/** Every problem in attribution.yaml, one per line as `file:line:col: message`. */
export class CuesError extends DataFileError {}

const loader = languageLoader<CuesFile, AttributionCues>('attribution.yaml', schema, (data, file) => toCues(data, file), CuesError);

/**
 * Reads `<dir>/language/attribution.yaml` on first use and keeps it; a lexicon directory without
 * one falls back to the package's, because cue words belong to Swedish, not to a city. Throws
 * `CuesError` naming the file, the line and the field when the file is malformed.
 */
export function loadAttributionCues(dir: string = PACKAGE_LEXICONS_DIR): AttributionCues {
  return loader.load(dir);
}

/** Parses and validates the text of a cues file; `file` is where the problems say they are. */
export function parseAttributionCues(text: string, file: string): AttributionCues {
  return loader.parse(text, file);
}

/** Matching is case-insensitive: every word the matcher compares is lower-cased here, once. */
function toCues(data: CuesFile, file: string): AttributionCues {
  const lower = (list: string[]) => list.map((w) => w.toLowerCase());
  const u = data.unregistered;
  return {
    anaphors: data.anaphors.map((a) => ({ words: lower(a.words), kinds: a.kinds, examples: a.examples ?? [] })),
    distributive: lower(data.distributive),
    generic: data.generic,
    unregistered: {
      endings: u.endings.map((e) => ({ forms: lower(e.forms), lowercase: e.lowercase, kind: e.kind })),
      nameWords: u.nameWords,
      prefixes: u.prefixes,
      cityQualifiers: lower(u.cityQualifiers),
      stopwords: new Set(lower(u.stopwords)),
      examples: { match: u.examples?.match ?? [], nomatch: u.examples?.nomatch ?? [] },
    },
    file,
  };
}
