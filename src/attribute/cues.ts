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
  /** Kinds of administration the word can refer back to; the first is what the word itself names. */
  kinds: AdministrationKind[];
  /**
   * Kinds (of `kinds`) that go before a nearer antecedent of the others: in the passage, and in
   * the section when it is the document's own organ's. "Förvaltningen" is the office named, not
   * the office of a committee named after it.
   */
  prefers: AdministrationKind[];
  examples: string[];
}

/** The last part of an organ's name: "nämnd" of "Trafiknämnden". Forms lower case. */
export interface NameEnding {
  indefinite: string;
  definite: string;
  genitives: string[];
  /** Whether a lower-case compound is a certain name without a capital or a city qualifier. */
  lowercase: boolean;
  /** Whether the definite form heads a name "<Head> för <domain>". */
  forName: boolean;
  kind: AdministrationKind;
  /**
   * Other words that end in the head and name no organ (plurals, verbs: nämnder, nämnda). With
   * them, a head one letter off is still the head ("Kulturnämd", "Kommunstyrelssen").
   */
  otherForms?: string[];
}

/** An organ every kommun has, with the short forms writers use for it. */
export interface StandardOrgan {
  name: string;
  kind: AdministrationKind;
  /** Case-sensitive whole words: "KS". */
  aliases: string[];
  /** Lower case whole words, any case: "fullmäktige". */
  words: string[];
}

export interface CompanyCues {
  genericWords: Set<string>;
  places: Set<string>;
  providerWords: Set<string>;
  /** Lower case. */
  providerCues: Set<string>;
}

export interface UnregisteredCues {
  endings: NameEnding[];
  notPrefixes: Set<string>;
  forWords: Set<string>;
  coordinators: Set<string>;
  definiteEndings: string[];
  definiteExceptions: string[];
  adjectiveEndings: string[];
  adjectiveStopwords: Set<string>;
  determiners: Set<string>;
  externalPrefixes: string[];
  externalAdjectives: Set<string>;
  nameWords: string[];
  companies: CompanyCues;
  standard: StandardOrgan[];
  /** Lower-case definite endings of an office's units: "omsorgen" of "Individ- och familjeomsorgen". */
  units: string[];
  leadershipDomains: Set<string>;
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
/** The same, possibly empty. */
const someWords = { type: 'array', items: NON_BLANK_TEXT };
const kind = { enum: ADMINISTRATION_KINDS };
const word = NON_BLANK_TEXT;

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
        properties: { words, kinds: { type: 'array', items: kind, minItems: 1 }, prefers: { type: 'array', items: kind }, examples: words },
      },
    },
    distributive: words,
    generic: words,
    unregistered: {
      type: 'object',
      required: [
        'endings',
        'notPrefixes',
        'forWords',
        'coordinators',
        'definiteEndings',
        'definiteExceptions',
        'adjectiveEndings',
        'adjectiveStopwords',
        'determiners',
        'externalPrefixes',
        'externalAdjectives',
        'nameWords',
        'companies',
        'standard',
        'leadershipDomains',
        'prefixes',
        'cityQualifiers',
        'stopwords',
      ],
      properties: {
        endings: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['indefinite', 'definite', 'genitives', 'lowercase', 'forName', 'kind'],
            properties: {
              indefinite: word,
              definite: word,
              genitives: someWords,
              lowercase: { type: 'boolean' },
              forName: { type: 'boolean' },
              kind,
              otherForms: someWords,
            },
          },
        },
        notPrefixes: someWords,
        forWords: words,
        coordinators: words,
        definiteEndings: someWords,
        definiteExceptions: someWords,
        adjectiveEndings: someWords,
        adjectiveStopwords: someWords,
        determiners: someWords,
        externalPrefixes: someWords,
        externalAdjectives: someWords,
        nameWords: words,
        companies: {
          type: 'object',
          required: ['genericWords', 'places', 'providerWords', 'providerCues'],
          properties: { genericWords: someWords, places: someWords, providerWords: someWords, providerCues: someWords },
        },
        standard: {
          type: 'array',
          items: {
            type: 'object',
            required: ['name', 'kind', 'aliases', 'words'],
            properties: { name: word, kind, aliases: someWords, words: someWords },
          },
        },
        units: someWords,
        leadershipDomains: someWords,
        prefixes: someWords,
        cityQualifiers: words,
        stopwords: words,
        examples: { type: 'object', properties: { match: words, nomatch: words } },
      },
    },
  },
};

/** The unregistered section as written, before words are lower-cased and made sets. */
interface RawUnregistered {
  endings: NameEnding[];
  notPrefixes: string[];
  forWords: string[];
  coordinators: string[];
  definiteEndings: string[];
  definiteExceptions: string[];
  adjectiveEndings: string[];
  adjectiveStopwords: string[];
  determiners: string[];
  externalPrefixes: string[];
  externalAdjectives: string[];
  nameWords: string[];
  companies: Record<keyof CompanyCues, string[]>;
  standard: StandardOrgan[];
  /** Optional: a user's older file without it finds no units. */
  units?: string[];
  leadershipDomains: string[];
  prefixes: string[];
  cityQualifiers: string[];
  stopwords: string[];
  examples?: { match?: string[]; nomatch?: string[] };
}

/** attribution.yaml as written, before the words are lower-cased. */
interface CuesFile {
  version: 1;
  anaphors: Array<{ words: string[]; kinds: AdministrationKind[]; prefers?: AdministrationKind[]; examples?: string[] }>;
  distributive: string[];
  generic: string[];
  unregistered: RawUnregistered;
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

/** Matching is case-insensitive unless a field says otherwise: those words are lower-cased here, once. */
function toCues(data: CuesFile, file: string): AttributionCues {
  const lower = (list: string[]) => list.map((w) => w.toLocaleLowerCase('sv'));
  const lowerSet = (list: string[]) => new Set(lower(list));
  const u = data.unregistered;
  return {
    anaphors: data.anaphors.map((a) => ({ words: lower(a.words), kinds: a.kinds, prefers: a.prefers ?? [], examples: a.examples ?? [] })),
    distributive: lower(data.distributive),
    generic: data.generic,
    unregistered: {
      endings: u.endings.map((e) => ({
        indefinite: e.indefinite.toLocaleLowerCase('sv'),
        definite: e.definite.toLocaleLowerCase('sv'),
        genitives: lower(e.genitives),
        lowercase: e.lowercase,
        forName: e.forName,
        kind: e.kind,
        ...(e.otherForms && { otherForms: lower(e.otherForms) }),
      })),
      notPrefixes: lowerSet(u.notPrefixes),
      forWords: lowerSet(u.forWords),
      coordinators: lowerSet(u.coordinators),
      definiteEndings: lower(u.definiteEndings),
      definiteExceptions: lower(u.definiteExceptions),
      adjectiveEndings: lower(u.adjectiveEndings),
      adjectiveStopwords: lowerSet(u.adjectiveStopwords),
      determiners: lowerSet(u.determiners),
      externalPrefixes: lower(u.externalPrefixes),
      externalAdjectives: lowerSet(u.externalAdjectives),
      nameWords: u.nameWords,
      companies: {
        genericWords: new Set(u.companies.genericWords),
        places: new Set(u.companies.places),
        providerWords: new Set(u.companies.providerWords),
        providerCues: lowerSet(u.companies.providerCues),
      },
      standard: u.standard.map((s) => ({ name: s.name, kind: s.kind, aliases: s.aliases, words: lower(s.words) })),
      units: lower(u.units ?? []),
      leadershipDomains: lowerSet(u.leadershipDomains),
      prefixes: u.prefixes,
      cityQualifiers: lower(u.cityQualifiers),
      stopwords: lowerSet(u.stopwords),
      examples: { match: u.examples?.match ?? [], nomatch: u.examples?.nomatch ?? [] },
    },
    file,
  };
}
