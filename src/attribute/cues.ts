// Loads and validates lexicons/language/attribution.yaml: the cue words attribution needs besides
// the registries (anaphors, generic phrases, shapes of unregistered names).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { AdministrationKind } from '../types.js';

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

/** The lexicons directory shipped with the package (src/ or dist/ are both two levels down). */
export const PACKAGE_LEXICONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../lexicons');

const KINDS: readonly AdministrationKind[] = ['nämnd', 'förvaltning', 'bolag', 'fullmäktige', 'styrelse', 'råd', 'revision', 'stad'];

export class CuesError extends Error {}

/**
 * Reads `<dir>/language/attribution.yaml`; a lexicon directory without one falls back to the
 * package's, because cue words belong to Swedish, not to a city. Throws `CuesError` naming the
 * file and the field when the file is malformed.
 */
export function loadAttributionCues(dir: string = PACKAGE_LEXICONS_DIR): AttributionCues {
  let file = path.join(dir, CUES_RELATIVE_PATH);
  if (!existsSync(file)) file = path.join(PACKAGE_LEXICONS_DIR, CUES_RELATIVE_PATH);
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CuesError(`${file}: kan inte läsas: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  return parseAttributionCues(data, file);
}

/** Validates already-parsed YAML; exported for tests of the error messages. */
export function parseAttributionCues(data: unknown, file: string): AttributionCues {
  const fail = (where: string, what: string): never => {
    throw new CuesError(`${file}: ${where}: ${what}`);
  };
  const root = record(data, 'filen', fail);
  if (root.version !== 1) fail('version', `väntade 1, fick ${JSON.stringify(root.version)}`);
  const anaphors = list(root.anaphors, 'anaphors', fail).map((item, i): AnaphorCue => {
    const where = `anaphors[${i}]`;
    const entry = record(item, where, fail);
    return {
      words: strings(entry.words, `${where}.words`, fail).map((w) => w.toLowerCase()),
      kinds: strings(entry.kinds, `${where}.kinds`, fail).map((kind, k) => kindOf(kind, `${where}.kinds[${k}]`, fail)),
      examples: entry.examples === undefined ? [] : strings(entry.examples, `${where}.examples`, fail),
    };
  });
  const distributive = strings(root.distributive, 'distributive', fail).map((w) => w.toLowerCase());
  const generic = strings(root.generic, 'generic', fail);
  const u = record(root.unregistered, 'unregistered', fail);
  const endings = list(u.endings, 'unregistered.endings', fail).map((item, i): NameEnding => {
    const where = `unregistered.endings[${i}]`;
    const entry = record(item, where, fail);
    if (typeof entry.lowercase !== 'boolean') fail(`${where}.lowercase`, 'väntade true eller false');
    return {
      forms: strings(entry.forms, `${where}.forms`, fail).map((f) => f.toLowerCase()),
      lowercase: entry.lowercase as boolean,
      kind: kindOf(entry.kind, `${where}.kind`, fail),
    };
  });
  const examples = u.examples === undefined ? {} : record(u.examples, 'unregistered.examples', fail);
  return {
    anaphors,
    distributive,
    generic,
    unregistered: {
      endings,
      nameWords: strings(u.nameWords, 'unregistered.nameWords', fail),
      prefixes: strings(u.prefixes, 'unregistered.prefixes', fail),
      cityQualifiers: strings(u.cityQualifiers, 'unregistered.cityQualifiers', fail).map((q) => q.toLowerCase()),
      stopwords: new Set(strings(u.stopwords, 'unregistered.stopwords', fail).map((s) => s.toLowerCase())),
      examples: {
        match: examples.match === undefined ? [] : strings(examples.match, 'unregistered.examples.match', fail),
        nomatch: examples.nomatch === undefined ? [] : strings(examples.nomatch, 'unregistered.examples.nomatch', fail),
      },
    },
    file,
  };
}

type Fail = (where: string, what: string) => never;

function kindOf(value: unknown, where: string, fail: Fail): AdministrationKind {
  if (typeof value !== 'string' || !(KINDS as readonly string[]).includes(value)) {
    fail(where, `okänd typ ${JSON.stringify(value)} (känner ${KINDS.join(', ')})`);
  }
  return value as AdministrationKind;
}

function record(value: unknown, where: string, fail: Fail): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(where, 'väntade en mappning (nyckel: värde)');
  return value as Record<string, unknown>;
}

function list(value: unknown, where: string, fail: Fail): unknown[] {
  if (!Array.isArray(value) || value.length === 0) fail(where, 'väntade en lista med minst ett element');
  return value as unknown[];
}

function strings(value: unknown, where: string, fail: Fail): string[] {
  const items = list(value, where, fail);
  items.forEach((item, i) => {
    if (typeof item !== 'string' || item.trim() === '') fail(`${where}[${i}]`, 'väntade en icke-tom textsträng');
  });
  return items as string[];
}
