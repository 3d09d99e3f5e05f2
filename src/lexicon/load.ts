// Reads a lexicon directory into `Lexicons`, or reports every problem in it at file:line:col.
//
// Layout (the bundled `lexicons/` and any `--lexicons DIR`):
//   frameworks/*.yaml   one framework each (principles or rights areas)
//   registries/*.yaml   one city's administrations and group nouns each
//   concepts.yaml       concept groups: preferred form and variants
//   boilerplate.yaml    stock phrases, budget and procedure words, organ-name shapes: not coverage
//   known-words.txt     words the spelling check must accept, one a line, `#` comments
//   language/           another stage's data, validated there, ignored here
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Administration, BoilerplatePhrase, ConceptGroup, Framework, Lexicons, LexiconExamples, OrganNames, Registry } from '../types.js';
import { crossCheck, type LoadedFiles } from './crosscheck.js';
import { LexiconError, readYaml, sortProblems, type Problem, type SourceFile } from '../data-files/problems.js';
import { readTextFile, WORD_LIST_MAX_BYTES } from '../data-files/read.js';
import { validateSchema, type FileKind } from './schema.js';
import { normalizeTerm, normalizeTermEntries, type RawTerm, type RawTermEntry } from './terms.js';
import { BUNDLED_LEXICONS_DIR } from '../paths.js';

/** The package's own lexicons. */
export function defaultLexiconDir(): string {
  return BUNDLED_LEXICONS_DIR;
}

/** Loads and validates the lexicons in `dir`; throws `LexiconError` listing every problem. */
export function loadLexicons(dir: string = defaultLexiconDir()): Lexicons {
  const { lexicons, problems } = readLexicons(dir);
  if (problems.length > 0) throw new LexiconError(problems);
  return lexicons;
}

/** Every problem in the lexicons in `dir`, sorted by file and line; empty when they load. */
export function checkLexicons(dir: string = defaultLexiconDir()): Problem[] {
  return readLexicons(dir).problems;
}

export function readLexicons(dir: string): { lexicons: Lexicons; problems: Problem[] } {
  const root = path.resolve(dir);
  const problems: Problem[] = [];
  const files: LoadedFiles = { frameworks: [], registries: [], concepts: [], boilerplate: [] };
  const lexicons: Lexicons = { frameworks: [], registries: [], concepts: [], boilerplate: [], knownWords: [], dir: root };
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    return { lexicons, problems: [{ file: root, line: 1, col: 1, message: 'lexikonkatalogen finns inte' }] };
  }

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
  if (existsSync(boilerplateFile)) {
    const source = read(boilerplateFile, 'boilerplate');
    if (source) {
      const data = source.data as {
        phrases: BoilerplatePhrase[];
        sentences?: Array<{ id: string; description?: string; terms: RawTerm[] }>;
        organs?: OrganNames;
      };
      files.boilerplate.push({ value: data.phrases, source });
      lexicons.boilerplateSentences = (data.sentences ?? []).map((s) => ({ ...s, terms: s.terms.map(normalizeTerm) }));
      if (data.organs) lexicons.organNames = data.organs;
    }
  }
  const wordsFile = path.join(root, 'known-words.txt');
  if (existsSync(wordsFile)) lexicons.knownWords = readKnownWords(wordsFile, problems);

  if (files.frameworks.length === 0 && !problems.some((p) => p.file.startsWith(path.join(root, 'frameworks')))) {
    problems.push({ file: path.join(root, 'frameworks'), line: 1, col: 1, message: 'inga ramverk: frameworks/ saknar .yaml-filer' });
  }
  problems.push(...crossCheck(files));

  lexicons.frameworks = files.frameworks.map((f) => f.value);
  lexicons.registries = files.registries.map((f) => f.value);
  deriveOffices(lexicons.registries);
  lexicons.concepts = files.concepts.flatMap((f) => f.value);
  lexicons.boilerplate = files.boilerplate.flatMap((f) => f.value);
  return { lexicons, problems: sortProblems(problems) };
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
  const raw = source.data as Omit<Registry, 'file' | 'groups' | 'administrations'> & {
    administrations: Array<Partial<Administration> & Pick<Administration, 'id' | 'name' | 'kind'>>;
    groups?: Array<{ name: string; aliases?: string[]; members: string[] }>;
  };
  return {
    city: raw.city,
    name: raw.name,
    file: source.file,
    administrations: raw.administrations.map((a) => ({
      ...a,
      aliases: a.aliases ?? [],
      misspellings: a.misspellings ?? [],
      ...(a.examples && { examples: { match: a.examples.match, nomatch: a.examples.nomatch ?? [] } }),
    })),
    groups: (raw.groups ?? []).map((g) => ({ name: g.name, aliases: g.aliases ?? [], members: g.members })),
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
