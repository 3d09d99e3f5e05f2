// Cue words from rules/analysis.yaml, compiled to one matcher: "utmaning" matches "utmaningar",
// "har lett till" matches those words in order, "hinder=" only the word as written.
//
// What a list finds is defined by one regular expression per list (`cueRegExp`): the cues as
// alternatives, longest first, each `word\s+word[\p{L}\p{M}]*` (no ending when exact), then
// `(?![\p{L}\p{N}])`, kept only where the match starts a word. Running five such alternations
// over every passage of every answer document was a third of `analyze`'s aggregation, so the
// lists are matched by one scan instead (`scan`), which finds what the expressions find: at
// each word start, each list's cues that begin with that character are tried in the
// expression's order, character by character, any case as `iu` compares (each character's
// class found once by the expression engine itself). A cue the scan cannot read (empty, or a
// character outside the BMP) sends its list back to the expression.
import { escapeRegExp } from '../util/regexp.js';
import { wholeWordMatches } from '../util/whole-words.js';
import { isHighSurrogate, isLowSurrogate } from '../util/word-characters.js';

export interface CueMatch {
  cue: string;
  start: number;
  end: number;
  text: string;
}

export type CueMatcher = (text: string) => CueMatch[];

/** Several named lists matched in one reading of a text: each list's matches, as `compileCues` of the list would find them. */
export type CueListsMatcher<K extends string> = (text: string) => Record<K, readonly CueMatch[]>;

/** One matcher for a list of cues; longer cues win where two start at the same place. */
export function compileCues(cues: readonly string[]): CueMatcher {
  const lists = compileCueLists({ cues });
  return (text) => [...lists(text).cues];
}

/** One matcher for several lists of cues, each read as `compileCues` reads it. */
export function compileCueLists<K extends string>(lists: Readonly<Record<K, readonly string[]>>): CueListsMatcher<K> {
  const keys = Object.keys(lists) as K[];
  const ordered = keys.map((k) => byLength(lists[k]));
  if (ordered.some((cues) => !cues.every(scannable))) {
    const matchers = ordered.map(regExpMatcher);
    return (text) => Object.fromEntries(keys.map((k, i) => [k, matchers[i](text)])) as Record<K, CueMatch[]>;
  }
  const scanner = new CueScanner(ordered);
  return (text) => {
    const found = scanner.scan(text);
    const out = {} as Record<K, readonly CueMatch[]>;
    for (let i = 0; i < keys.length; i++) out[keys[i]] = found[i];
    return out;
  };
}

/** Longest first; of two as long, the one listed first (the alternation's order). */
const byLength = (cues: readonly string[]): string[] => [...cues].sort((a, b) => b.length - a.length);

/** The words of a cue, and whether it takes no ending ("hinder="). */
function cueWords(cue: string): { words: string[]; exact: boolean } {
  const exact = cue.endsWith('=');
  return { words: (exact ? cue.slice(0, -1) : cue).trim().split(/\s+/), exact };
}

function cuePattern(cue: string): string {
  const { words, exact } = cueWords(cue);
  // Only the last word inflects: "uppföljningen visar" is as good as "uppföljning visar" only if
  // both are listed, but "har lett till" must not match "har letts tillbaka".
  return `${words.map(escapeRegExp).join('\\s+')}${exact ? '' : '[\\p{L}\\p{M}]*'}`;
}

/** The expression that defines what a list finds (cues longest first); the word start is checked by `wholeWordMatches`. */
export function cueRegExp(ordered: readonly string[]): RegExp {
  return new RegExp(`(?:${ordered.map((cue) => `(${cuePattern(cue)})`).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

function regExpMatcher(ordered: readonly string[]): CueMatcher {
  if (ordered.length === 0) return () => [];
  const pattern = cueRegExp(ordered);
  return (text) =>
    wholeWordMatches(pattern, text).map((m) => {
      let group = 1;
      while (m[group] === undefined) group++;
      return { cue: ordered[group - 1], start: m.index, end: m.index + m[0].length, text: m[0] };
    });
}

/** Whether the scan reads `cue` as its expression does: some characters, none a surrogate. */
function scannable(cue: string): boolean {
  const { words } = cueWords(cue);
  return words.join('').length > 0 && !/[\uD800-\uDFFF]/.test(words.join(''));
}

// Unicode properties of a BMP code unit, found once by the expression engine.
const KNOWN = 1;
const LETTER = 2;
const MARK = 4;
const NUMBER = 8;
const SPACE = 16;
const properties = new Uint8Array(0x10000);

function propertiesOf(codePoint: number): number {
  // The table read in place, the engine asked only for a character not seen before (kept apart, so that this inlines).
  return codePoint < 0x10000 && properties[codePoint] !== 0 ? properties[codePoint] : newProperties(codePoint);
}

function newProperties(codePoint: number): number {
  const s = String.fromCodePoint(codePoint);
  const bits = KNOWN | (/\p{L}/u.test(s) ? LETTER : 0) | (/\p{M}/u.test(s) ? MARK : 0) | (/\p{N}/u.test(s) ? NUMBER : 0) | (/\s/u.test(s) ? SPACE : 0);
  if (codePoint < 0x10000) properties[codePoint] = bits;
  return bits;
}

/** Not yet looked up in a `CueScanner`'s table of classes. */
const UNKNOWN = -2;

/** The matches of a list that matched nothing. */
const NONE: readonly CueMatch[] = Object.freeze([]);

/** A cue that ends at a node of the scanner's tree. */
interface CueEnd {
  cue: string;
  list: number;
  /** Its place in its list's expression: of two that match at one place, the lower wins. */
  order: number;
  exact: boolean;
}

/**
 * The cues of every list as one tree over classes of characters (those that `iu` takes as one:
 * "k", "K", "K"), with one more branch for the white space between words: from each word start,
 * one walk down the tree tries every cue of every list, where trying each cue in turn read the
 * same first characters again and again.
 */
class CueScanner {
  /** One expression per class of characters. */
  private readonly classTests: RegExp[] = [];
  /** Class of each BMP code unit, `UNKNOWN` until looked up, -1 for none. */
  private readonly classOfUnit = new Int16Array(0x10000).fill(UNKNOWN);
  /** Node × branch (a class, or the gap: the last) → child node, or -1. */
  private readonly children: Int32Array;
  private readonly width: number;
  /** The cues that end at each node. */
  private readonly ends: Array<CueEnd[] | undefined> = [];
  private readonly lists: number;
  /** Per list, in the text being scanned: where it may match again (the end of its last match), and its best match at this word start. */
  private readonly free: Int32Array;
  private readonly bestAt: Int32Array;
  private readonly bestEnd: Int32Array;
  private readonly best: Array<CueEnd | null>;

  constructor(ordered: readonly string[][]) {
    this.lists = ordered.length;
    this.free = new Int32Array(this.lists);
    this.bestAt = new Int32Array(this.lists);
    this.bestEnd = new Int32Array(this.lists);
    this.best = new Array<CueEnd | null>(this.lists).fill(null);
    const paths = ordered.flatMap((cues, list) =>
      cues.map((cue, order) => {
        const { words, exact } = cueWords(cue);
        return { end: { cue, list, order, exact }, path: words.map((word) => [...word].map((ch) => this.classOfCue(ch))) };
      }),
    );
    this.width = this.classTests.length + 1;
    const gap = this.classTests.length;
    const children: number[] = [];
    let nodes = 1;
    const step = (node: number, branch: number): number => {
      const at = node * this.width + branch;
      if (children[at] === undefined || children[at] < 0) {
        children[at] = nodes;
        for (let b = 0; b < this.width; b++) children[nodes * this.width + b] ??= -1;
        nodes++;
      }
      return children[at];
    };
    for (let b = 0; b < this.width; b++) children[b] = -1;
    for (const { end, path } of paths) {
      let node = 0;
      path.forEach((word, w) => {
        if (w > 0) node = step(node, gap);
        for (const k of word) node = step(node, k);
      });
      (this.ends[node] ??= []).push(end);
    }
    this.children = Int32Array.from(children, (c) => c ?? -1);
  }

  /** Each list's matches in `text`: at a word start, the first of its cues that matches there; then on from its end. */
  scan(text: string): Array<readonly CueMatch[]> {
    // Most passages match no cue of most lists: those share one empty list.
    const found: Array<readonly CueMatch[]> = new Array<readonly CueMatch[]>(this.lists).fill(NONE);
    this.free.fill(0);
    this.bestAt.fill(-1);
    const children = this.children;
    const n = text.length;
    let afterLetterOrDigit = false;
    for (let i = 0; i < n;) {
      const unit = text.charCodeAt(i);
      if (isHighSurrogate(unit) && i + 1 < n && isLowSurrogate(text.charCodeAt(i + 1))) {
        // Outside the BMP: no cue starts here (cues are BMP characters); only the word boundary matters.
        afterLetterOrDigit = (propertiesOf(text.codePointAt(i)!) & (LETTER | NUMBER)) !== 0;
        i += 2;
        continue;
      }
      if (!afterLetterOrDigit) {
        const k = this.classOf(unit);
        if (k >= 0 && children[k] >= 0 && this.walk(text, i, children[k])) this.take(text, i, found);
      }
      afterLetterOrDigit = (propertiesOf(unit) & (LETTER | NUMBER)) !== 0;
      i++;
    }
    return found;
  }

  /** Walks the tree from the node after the character at `start`; whether some list found its best match there. */
  private walk(text: string, start: number, node: number): boolean {
    const { children, width, ends } = this;
    const gap = width - 1;
    const n = text.length;
    let any = false;
    for (let i = start + 1; ;) {
      const here = ends[node];
      if (here !== undefined) for (const e of here) if (this.consider(text, start, i, e)) any = true;
      if (i >= n) return any;
      const k = this.classOf(text.charCodeAt(i));
      if (k < 0) return any;
      node = children[node * width + k];
      if (node < 0) return any;
      i++;
      // White space between words is one branch however long it is.
      if (k === gap) while (i < n && this.classOf(text.charCodeAt(i)) === gap) i++;
    }
  }

  /** A cue read up to `at`: with its ending and look-ahead, is it its list's best at `start` so far? */
  private consider(text: string, start: number, at: number, e: CueEnd): boolean {
    if (start < this.free[e.list]) return false;
    if (this.bestAt[e.list] === start && this.best[e.list]!.order < e.order) return false;
    const end = ending(text, at, e.exact);
    if (end < 0) return false;
    this.bestAt[e.list] = start;
    this.best[e.list] = e;
    this.bestEnd[e.list] = end;
    return true;
  }

  /** Each list's best match at `start` into `found`. */
  private take(text: string, start: number, found: Array<readonly CueMatch[]>): void {
    for (let list = 0; list < this.lists; list++) {
      if (this.bestAt[list] !== start) continue;
      const end = this.bestEnd[list];
      const match = { cue: this.best[list]!.cue, start, end, text: text.slice(start, end) };
      if (found[list] === NONE) found[list] = [match];
      else (found[list] as CueMatch[]).push(match);
      this.free[list] = end;
    }
  }

  /** The class of a BMP code unit: a cue character's, the gap's for white space, or -1. */
  private classOf(unit: number): number {
    const k = this.classOfUnit[unit];
    return k !== UNKNOWN ? k : this.newClass(unit);
  }

  private newClass(unit: number): number {
    const ch = String.fromCharCode(unit);
    let k = unit >= 0xd800 && unit <= 0xdfff ? -1 : this.classTests.findIndex((test) => test.test(ch));
    // No cue character is white space (the words were split at it), so the gap has a class of its own.
    if (k < 0 && (propertiesOf(unit) & SPACE) !== 0) k = this.width - 1;
    this.classOfUnit[unit] = k;
    return k;
  }

  /** The class of a cue's character, a new one unless `iu` takes it as one already seen. */
  private classOfCue(ch: string): number {
    const k = this.classTests.findIndex((test) => test.test(ch));
    if (k >= 0) return k;
    this.classTests.push(new RegExp(`^${escapeRegExp(ch)}$`, 'iu'));
    return this.classTests.length - 1;
  }
}

/**
 * Where a cue read up to `at` ends as its alternative would, or -1. Exact: at `at`, if no letter
 * or digit follows. Else `[\p{L}\p{M}]*(?![\p{L}\p{N}])`: the whole run of letters and marks,
 * unless a digit follows it; then, as the expression backs off, up to the run's last mark (not a
 * letter, so the look-ahead holds there); else nowhere.
 */
function ending(text: string, at: number, exact: boolean): number {
  const n = text.length;
  if (exact) return at < n && (propertiesAt(text, at) & (LETTER | NUMBER)) !== 0 ? -1 : at;
  let i = at;
  let lastMark = -1;
  let bits = 0;
  while (i < n) {
    bits = propertiesAt(text, i);
    if ((bits & (LETTER | MARK)) === 0) break;
    if ((bits & MARK) !== 0) lastMark = i;
    i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  }
  if (i >= n || (bits & NUMBER) === 0) return i;
  return lastMark;
}

/** The properties of the code point at `i`. */
function propertiesAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  return propertiesOf(unit >= 0xd800 && unit <= 0xdbff ? text.codePointAt(i)! : unit);
}
