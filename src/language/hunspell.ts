// Swedish spell checking with Hunspell (compiled to WebAssembly by hunspell-asm) and the
// dictionary-sv word list. nspell is not used: with this dictionary it accepts every word, because
// it does not implement the compounding flags the Swedish affix file relies on.
// Both are imported on the first check: the WebAssembly module and the 3 MB dictionary are for
// `names` and `review`, not for every command's start-up.
// A run with the cache on remembers each word's verdict and suggestions (createRememberingSpellChecker):
// the next run over the same words loads neither.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hunspell, HunspellFactory } from 'hunspell-asm';
import { contentHash, dataFileMemoEnabled, recall, remember } from '../data-files/memo.js';

export interface SpellChecker {
  /** True when Hunspell or the known words accept `word`. */
  correct(word: string): boolean;
  /** Hunspell's suggestions, best first (may be empty). */
  suggest(word: string): string[];
  /** Frees the WebAssembly instance. */
  dispose(): void;
}

/** A word Hunspell rejected, with offsets into the text that was checked. */
export interface Misspelling {
  word: string;
  start: number;
  end: number;
}

export interface SpellOptions {
  /** Skip capitalized words that are not first in their sentence: names of people and places. */
  skipNames: boolean;
  /** Skip words shorter than this. */
  minLength: number;
}

export const DEFAULT_SPELL_OPTIONS: SpellOptions = { skipNames: true, minLength: 2 };

let factory: Promise<HunspellFactory> | null = null;
let mounted: { aff: string; dic: string } | null = null;

/**
 * Creates a checker that also accepts `knownWords`. An entry may be `word` (accepted as written
 * and with a capital first letter) or `word model`, where `model` is a dictionary word whose
 * inflections the new word takes (`påbörjan` has none; `tjänsteskrivelse tjänst` would inflect).
 */
export async function createSpellChecker(knownWords: Iterable<string> = []): Promise<SpellChecker> {
  factory ??= loadHunspell();
  const hunspellFactory = await factory;
  const { default: dictionary } = await import('dictionary-sv');
  mounted ??= {
    aff: hunspellFactory.mountBuffer(dictionary.aff, 'sv.aff'),
    dic: hunspellFactory.mountBuffer(dictionary.dic, 'sv.dic'),
  };
  const hunspell: Hunspell = hunspellFactory.create(mounted.aff, mounted.dic);
  const extra = new Set<string>();
  for (const entry of knownWords) {
    const [word, model] = entry.trim().split(/\s+/);
    if (!word) continue;
    for (const part of word.split(/[\s/]+/)) {
      if (model && /^\p{L}+$/u.test(part)) hunspell.addWordWithAffix(part, model);
      else hunspell.addWord(part);
      extra.add(part.toLowerCase());
    }
  }
  return {
    correct: (word) => extra.has(word.toLowerCase()) || hunspell.spell(word),
    suggest: (word) => hunspell.suggest(word),
    dispose: () => hunspell.dispose(),
  };
}

/** A spell checker that answers from the memo until it meets a word the memo does not know. */
export interface RememberingSpellChecker extends SpellChecker {
  /** True when a word was not in the memo since the last `load`: its answers were placeholders. */
  readonly missed: boolean;
  /** Loads Hunspell (once): from then on every answer is Hunspell's, and remembered. */
  load(): Promise<void>;
}

/**
 * `createSpellChecker` whose verdicts and suggestions are remembered by the data-file memo
 * (src/data-files/memo.ts), keyed by the dictionary, hunspell-asm and the known words. Hunspell
 * (0.2–0.4 s to load, and as long to free) is loaded only when a word is not remembered: the
 * caller checks `missed` after a pass and, when set, calls `load` and checks again. With the memo
 * off, Hunspell is loaded at once and nothing is ever missed.
 */
export async function createRememberingSpellChecker(knownWords: Iterable<string> = []): Promise<RememberingSpellChecker> {
  const words = [...knownWords];
  let hunspell: SpellChecker | null = null;
  let missed = false;
  const id = dataFileMemoEnabled() ? contentHash(JSON.stringify([dictionaryIdentity(), words])) : null;
  const checker: RememberingSpellChecker = {
    get missed() {
      return missed;
    },
    async load() {
      hunspell ??= await createSpellChecker(words);
      missed = false;
    },
    correct(word) {
      const key = `spell ${id} ${word}`;
      const known = id === null ? undefined : recall(key);
      if (known !== undefined) return known === '1';
      if (!hunspell) return !(missed = true);
      const correct = hunspell.correct(word);
      if (id !== null) remember(key, correct ? '1' : '0');
      return correct;
    },
    suggest(word) {
      const key = `suggest ${id} ${word}`;
      const known = id === null ? undefined : recall(key);
      if (known !== undefined) return JSON.parse(known) as string[];
      if (!hunspell) return (missed = true) && [];
      const suggestions = hunspell.suggest(word);
      if (id !== null) remember(key, JSON.stringify(suggestions));
      return suggestions;
    },
    dispose() {
      hunspell?.dispose();
    },
  };
  if (id === null) await checker.load();
  return checker;
}

/** What Hunspell's answers depend on besides the known words: the dictionary's files and hunspell-asm's version. */
export function dictionaryIdentity(): unknown[] {
  const dictionary = path.dirname(fileURLToPath(import.meta.resolve('dictionary-sv')));
  const files = ['index.aff', 'index.dic'].map((name) => {
    const stat = statSync(path.join(dictionary, name));
    return [name, stat.size, stat.mtimeMs];
  });
  const hunspellMain = createRequire(import.meta.url).resolve('hunspell-asm');
  const manifest = path.join(hunspellMain, '..', '..', '..', 'package.json');
  return [files, (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version];
}

/**
 * hunspell-asm's Emscripten runtime installs a process-wide `uncaughtException` handler that
 * re-throws every error, which turned any later error (a full disk, a closed pipe) into exit 7
 * and 780 kB of minified source on stderr. The handlers it adds while loading are removed: the
 * CLI has its own (src/cli/main.ts).
 */
async function loadHunspell(): Promise<HunspellFactory> {
  const before = new Set(process.listeners('uncaughtException'));
  try {
    const { loadModule } = await import('hunspell-asm');
    return await loadModule();
  } finally {
    for (const listener of process.listeners('uncaughtException')) if (!before.has(listener)) process.off('uncaughtException', listener);
  }
}

// A word: letters, optionally joined by hyphens or an apostrophe/colon before a genitive s (PI:s).
const WORD = /\p{L}[\p{L}\p{M}]*(?:[-‐:'’]\p{L}[\p{L}\p{M}]*)*-?/gu;

/**
 * The words in `text` that the checker rejects. Skipped as not checkable: words with digits,
 * abbreviations (any capital after the first letter: HBTQIA, PI:s, ECCAR), coordination prefixes
 * ending in a hyphen (`nämnds-` in `nämnds- och bolagsnivå`), web and mail addresses, and, with
 * `skipNames`, capitalized words inside a sentence and lower-case words between two of them.
 * Hyphenated compounds are checked part by part.
 */
export function findMisspellings(text: string, checker: SpellChecker, options: SpellOptions = DEFAULT_SPELL_OPTIONS): Misspelling[] {
  const found: Misspelling[] = [];
  for (const match of text.matchAll(WORD)) {
    const token = match[0];
    const start = match.index;
    if (token.endsWith('-') || /\d/.test(text.slice(start - 1, start + token.length + 1))) continue;
    if (isAddressLike(text, start, start + token.length)) continue;
    let offset = 0;
    for (const part of token.split(/[-‐]/)) {
      const partStart = start + offset;
      offset += part.length + 1;
      if (!isCheckable(part, options)) continue;
      if (options.skipNames && isCapitalized(part) && !startsSentence(text, partStart)) continue;
      if (options.skipNames && insideName(text, partStart, partStart + part.length)) continue;
      if (!checker.correct(part)) found.push({ word: part, start: partStart, end: partStart + part.length });
    }
  }
  return found;
}

/**
 * A lower-case word between two capitalized words on the same line is part of a name in
 * another language: "European Coalition of Cities Against Racism".
 */
function insideName(text: string, start: number, end: number): boolean {
  // The capital after is checked first: it is rare, and the look back is the costly test.
  if (!/^[ \u00a0]+\p{Lu}/u.test(text.slice(end, end + 3))) return false;
  const before = /(\p{Lu}[\p{L}]*)[ \u00a0]+$/u.exec(text.slice(Math.max(0, start - 40), start));
  return before !== null && !startsSentence(text, start - before[0].length);
}

/** Whether `findMisspellings` asks the checker about `word` at all (a part of a token, as it splits them at hyphens). */
export function isCheckable(word: string, options: Pick<SpellOptions, 'minLength'>): boolean {
  if (word.length < options.minLength) return false;
  if (/[:'’]/.test(word)) return false;
  // Any capital after the first letter marks an abbreviation or a product name.
  return !/\p{Lu}/u.test(word.slice(1));
}

function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** True at the start of a line, or after sentence-final punctuation, a bullet or a colon. */
export function startsSentence(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && /[ \t"”“'(\u00a0]/.test(text[i])) i--;
  if (i < 0) return true;
  return /[\n.!?:•\-–—\uf0b7]/.test(text[i]) || (text[i] === 'o' && (i === 0 || text[i - 1] === '\n'));
}

/** Mail and web addresses: the whitespace-delimited chunk holds "@", "://" or "www.". */
function isAddressLike(text: string, start: number, end: number): boolean {
  let from = start;
  let to = end;
  while (from > 0 && !/\s/.test(text[from - 1])) from--;
  while (to < text.length && !/\s/.test(text[to])) to++;
  return /@|:\/\/|www\./i.test(text.slice(from, to));
}
