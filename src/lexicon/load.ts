// Reads the lexicons into `Lexicons`, or reports every problem in them at file:line:col.
//
// Layout (the bundled `lexicons/` and any `--lexicons DIR`):
//   frameworks/*.yaml   one framework each (principles or rights areas)
//   registries/*.yaml   one city's administrations and group nouns each
//   concepts.yaml       concept groups: preferred form and variants
//   boilerplate.yaml    stock phrases, budget and procedure words, organ-name shapes: not coverage
//   known-words.txt     words the spelling check must accept, one a line, `#` comments
//   sweden/             municipalities.yaml, read by municipalities.ts (layered the same way)
//   language/           another stage's data, validated there, ignored here
//
// A `--lexicons DIR` is a layer over the bundled lexicons, not a replacement: each of its files adds
// entries or puts its own in place of the bundled ones with the same ID (layer.ts), so a folder may
// hold just `registries/lund.yaml`.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type {
  Administration,
  BoilerplatePhrase,
  BoilerplateSentences,
  ConceptGroup,
  Framework,
  Lexicons,
  LexiconExamples,
  OrganNames,
  Registry,
  RegistryCaseNumber,
} from '../types.js';
import { crossCheck, type LoadedFiles } from './crosscheck.js';
import { LexiconError, problemAt, readYaml, sortProblems, type Problem, type SourceFile } from '../data-files/problems.js';
import { readTextFile, WORD_LIST_MAX_BYTES } from '../data-files/read.js';
import { crossLayerProblems, overlay } from './layer.js';
import { municipalitiesFor, municipalityProblems, type Municipalities } from './municipalities.js';
import { validateSchema, type FileKind } from './schema.js';
import { normalizeTerm, normalizeTermEntries, type RawTerm, type RawTermEntry } from './terms.js';
import { BUNDLED_LEXICONS_DIR } from '../paths.js';

/** The package's own lexicons. */
export function defaultLexiconDir(): string {
  return BUNDLED_LEXICONS_DIR;
}

/** Loads and validates the lexicons: the bundled ones with `dir` over them; throws `LexiconError` listing every problem. */
export function loadLexicons(dir: string = defaultLexiconDir()): Lexicons {
  const { lexicons, problems } = readLexicons(dir);
  if (problems.length > 0) throw new LexiconError(problems);
  return lexicons;
}

/** Every problem in the lexicons `dir` layers over the bundled ones, sorted by file and line; empty when they load. */
export function checkLexicons(dir: string = defaultLexiconDir()): Problem[] {
  const { problems } = readLexicons(dir);
  return sortProblems([...problems, ...municipalityProblems(dir)]);
}

/** A folder's own files, each checked by itself. */
export interface Layer {
  files: LoadedFiles;
  knownWords: string[];
  problems: Problem[];
  /** boilerplate.yaml's budget and procedure sentences and organ-name shapes, when the folder has them. */
  boilerplateSentences?: BoilerplateSentences[];
  organNames?: OrganNames;
}

/**
 * The bundled lexicons with the folder `dir` layered over them (just the bundled ones when `dir`
 * is theirs). `lexicons.dir` is `dir`: language data and cue words are looked up there first.
 */
export function readLexicons(dir: string): { lexicons: Lexicons; problems: Problem[] } {
  const root = path.resolve(dir);
  const bundledRoot = path.resolve(BUNDLED_LEXICONS_DIR);
  const base = readLayer(bundledRoot);
  if (base.files.frameworks.length === 0 && !base.problems.some((p) => p.file.startsWith(path.join(bundledRoot, 'frameworks')))) {
    base.problems.push({ file: path.join(bundledRoot, 'frameworks'), line: 1, col: 1, message: 'inga ramverk: frameworks/ saknar .yaml-filer' });
  }
  let files = base.files;
  let knownWords = base.knownWords;
  let { boilerplateSentences, organNames } = base;
  const problems = [...base.problems];
  if (root !== bundledRoot) {
    if (!existsSync(root) || !statSync(root).isDirectory()) {
      problems.push({ file: root, line: 1, col: 1, message: 'lexikonkatalogen finns inte' });
    } else {
      const top = readLayer(root);
      problems.push(...top.problems, ...crossLayerProblems(base.files, top.files));
      files = overlay(base.files, top.files);
      knownWords = [...new Set([...base.knownWords, ...top.knownWords])];
      // Sentence kinds by ID, the top layer's in place of the bundled; organ-name shapes whole.
      if (top.boilerplateSentences) {
        const ids = new Set(top.boilerplateSentences.map((x) => x.id));
        boilerplateSentences = [...(boilerplateSentences ?? []).filter((x) => !ids.has(x.id)), ...top.boilerplateSentences];
      }
      organNames = top.organNames ?? organNames;
    }
  }
  problems.push(...unknownCities(files, root));
  const lexicons: Lexicons = {
    frameworks: files.frameworks.map((f) => f.value),
    registries: files.registries.map((f) => f.value),
    concepts: files.concepts.flatMap((f) => f.value),
    boilerplate: files.boilerplate.flatMap((f) => f.value),
    knownWords,
    dir: root,
  };
  if (boilerplateSentences) lexicons.boilerplateSentences = boilerplateSentences;
  if (organNames) lexicons.organNames = organNames;
  deriveOffices(lexicons.registries);
  return { lexicons, problems: sortProblems(problems) };
}

/** Reads the lexicon files of one folder and checks them among themselves. */
function readLayer(root: string): Layer {
  const problems: Problem[] = [];
  const files: LoadedFiles = { frameworks: [], registries: [], concepts: [], boilerplate: [] };
  const read = (file: string, kind: FileKind): SourceFile | null => {
    const { source, problems: syntax } = readYaml(file);
    problems.push(...syntax);
    if (syntax.length > 0) return null;
    const invalid = validateSchema(kind, source);
    problems.push(...invalid);
    return invalid.length > 0 ? null : source;
  };

  for (const file of yamlFiles(path.join(root, 'frameworks'))) {
    const source = read(file, 'framework');
    if (source) files.frameworks.push({ value: toFramework(source), source });
  }
  for (const file of yamlFiles(path.join(root, 'registries'))) {
    const source = read(file, 'registry');
    if (source) files.registries.push({ value: toRegistry(source), source });
  }
  const conceptsFile = path.join(root, 'concepts.yaml');
  if (existsSync(conceptsFile)) {
    const source = read(conceptsFile, 'concepts');
    if (source) files.concepts.push({ value: toConcepts(source), source });
  }
  const boilerplateFile = path.join(root, 'boilerplate.yaml');
  const layer: Pick<Layer, 'boilerplateSentences' | 'organNames'> = {};
  if (existsSync(boilerplateFile)) {
    const source = read(boilerplateFile, 'boilerplate');
    if (source) {
      const data = source.data as {
        phrases: BoilerplatePhrase[];
        sentences?: Array<{
          id: string;
          description?: string;
          terms?: RawTerm[];
          notWith?: RawTerm[];
          withAmount?: RawTerm[];
          amountUnits?: string[];
          survivesWith?: number;
        }>;
        organs?: OrganNames;
      };
      files.boilerplate.push({ value: data.phrases, source });
      if (data.sentences)
        layer.boilerplateSentences = data.sentences.map(({ terms, notWith, withAmount, ...x }) => ({
          ...x,
          terms: (terms ?? []).map(normalizeTerm),
          ...(notWith ? { notWith: notWith.map(normalizeTerm) } : {}),
          ...(withAmount ? { withAmount: withAmount.map(normalizeTerm) } : {}),
        }));
      if (data.organs) layer.organNames = data.organs;
    }
  }
  const wordsFile = path.join(root, 'known-words.txt');
  const knownWords = existsSync(wordsFile) ? readKnownWords(wordsFile, problems) : [];
  problems.push(...crossCheck(files));
  return { files, knownWords, problems, ...layer };
}

/** Frameworks and registries must name a city of sweden/municipalities.yaml (as the folder layers it) by its ID. */
function unknownCities(files: LoadedFiles, root: string): Problem[] {
  let known: Municipalities;
  try {
    known = municipalitiesFor(root);
  } catch {
    return []; // `lexicon check` reports the municipalities' own problems
  }
  const problems: Problem[] = [];
  const check = (city: string | null, source: SourceFile) => {
    if (city !== null && !known.byId(city)) {
      const near = known.byName(city) ?? known.all.find((m) => m.id === city.replace(/^region-/, ''));
      problems.push(problemAt(source, ['city'], `kommunen "${city}" finns inte i sweden/municipalities.yaml${near ? ` (menas "${near.id}"?)` : ''}`));
    }
  };
  for (const { value, source } of files.frameworks) check(value.city, source);
  for (const { value, source } of files.registries) check(value.city, source);
  return problems;
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

interface RawCategory {
  id: string;
  label: string;
  description?: string;
  source?: string;
  terms: RawTermEntry[];
  exclude?: RawTerm[];
  examples: LexiconExamples;
}

function toFramework(source: SourceFile): Framework {
  const raw = source.data as Omit<Framework, 'categories' | 'file'> & { categories: RawCategory[] };
  const kind = raw.kind === 'principles' ? 'principle' : 'area';
  return {
    id: raw.id,
    city: raw.city,
    title: raw.title,
    kind: raw.kind,
    ...(raw.default === true && { default: true }),
    file: source.file,
    categories: raw.categories.map((c) => ({
      id: c.id,
      kind,
      label: c.label,
      ...(c.description !== undefined && { description: c.description }),
      terms: normalizeTermEntries(c.terms),
      exclude: (c.exclude ?? []).map(normalizeTerm),
      examples: { match: c.examples.match, nomatch: c.examples.nomatch },
      ...(c.source !== undefined && { source: c.source }),
    })),
  };
}

function toRegistry(source: SourceFile): Registry {
  const raw = source.data as Omit<Registry, 'file' | 'groups' | 'administrations' | 'caseNumbers'> & {
    caseNumbers?: Array<string | RegistryCaseNumber>;
    administrations: Array<Partial<Administration> & Pick<Administration, 'id' | 'name' | 'kind'>>;
    groups?: Array<{ name: string; aliases?: string[]; members: string[] }>;
  };
  const { caseNumbers, administrations, groups, ...rest } = raw;
  return {
    ...rest,
    ...(caseNumbers && { caseNumbers: caseNumbers.map((c) => (typeof c === 'string' ? { pattern: c } : c)) }),
    file: source.file,
    administrations: administrations.map((a) => ({
      ...a,
      aliases: a.aliases ?? [],
      misspellings: a.misspellings ?? [],
      ...(a.examples && { examples: { match: a.examples.match, nomatch: a.examples.nomatch ?? [] } }),
    })),
    groups: (groups ?? []).map((g) => ({ name: g.name, aliases: g.aliases ?? [], members: g.members })),
  };
}

/** A committee's offices are those it lists plus those that say they serve it. */
function deriveOffices(registries: Registry[]): void {
  const all = registries.flatMap((r) => r.administrations);
  const byId = new Map(all.map((a) => [a.id, a]));
  for (const office of all) {
    if (office.serves === undefined) continue;
    const committee = byId.get(office.serves);
    if (!committee) continue;
    const offices = new Set(committee.offices ?? []);
    offices.add(office.id);
    committee.offices = [...offices];
  }
}

function toConcepts(source: SourceFile): ConceptGroup[] {
  const raw = source.data as { concepts: Array<Omit<ConceptGroup, 'file'>> };
  return raw.concepts.map((c) => ({ ...c, file: source.file }));
}

function readKnownWords(file: string, problems: Problem[]): string[] {
  const words = new Set<string>();
  const read = readTextFile(file, WORD_LIST_MAX_BYTES);
  if ('reason' in read) {
    problems.push({ file, line: 1, col: 1, message: read.reason });
    return [];
  }
  read.text.split(/\r?\n/).forEach((line, i) => {
    const word = line.replace(/#.*$/, '').trim();
    if (!word) return;
    if (/\s/.test(word)) {
      problems.push({ file, line: i + 1, col: 1, message: `"${word}": ett ord per rad` });
      return;
    }
    words.add(word);
  });
  return [...words];
}
