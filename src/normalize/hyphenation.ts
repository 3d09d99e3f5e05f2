// Joining a line that ends in a hyphen or dash with the next line. A PDF keeps the hyphen of a word
// split at the margin (`verksam-`/`heten`), and it cannot be told from a hyphen that belongs in the
// text (`HR-`/`funktionerna`, `budget-`/`och uppföljningsprocessen`) without looking at both sides.

export type HyphenJoin =
  /** The hyphen only split a word: drop it and join without a space. */
  | 'drop-hyphen'
  /** The hyphen belongs to the word: keep it and join without a space. */
  | 'keep-hyphen'
  /** A coordinated compound (`budget- och`): keep the hyphen and the space. */
  | 'keep-hyphen-space'
  /** A dash used as punctuation: keep it and join with a space. */
  | 'space';

export interface HyphenDecision {
  join: HyphenJoin;
  reason: string;
}

/** Whether a word occurs elsewhere in the same document, spelled exactly so (see vocabulary.ts). */
export type Vocabulary = (word: string) => boolean;

/** Words that continue a coordinated compound: `arbetsmarknads- och socialnämnden`. */
const COORDINATORS = new Set(['och', 'eller', 'samt', 'respektive', 'resp.', 'alternativt', 'liksom', '&']);

const FIRST_WORD = /^[^\s]+/u;

/** `/([^\s]*)-$/.exec(end)[1]`, read from the end: a pattern anchored at the end is tried from every position. */
function lastWordBeforeHyphen(end: string): string {
  let i = end.length - 1;
  while (i > 0 && !WHITE_SPACE.test(end[i - 1])) i--;
  return end.slice(i, -1);
}
const WHITE_SPACE = /\s/u;

function stripPunctuation(word: string): string {
  return word.replace(/^[("'”“‘’«»[]+|[)"'”“‘’«».,;:!?\]]+$/gu, '');
}

/**
 * Decides how `line` (ending in `-`, `–` or `—`) joins `next`. Both are trimmed lines of text.
 * Returns null when `line` does not end in a hyphen or dash.
 */
export function decideLineEndHyphen(line: string, next: string, known?: Vocabulary): HyphenDecision | null {
  const end = line.trimEnd();
  const start = next.trimStart();
  // The last character first, without a pattern: this runs for every line joined to a paragraph,
  // with the paragraph so far as `line`, and a pattern anchored at the end is tried from its start.
  const last = end.charCodeAt(end.length - 1);
  if (last !== 0x2d && last !== 0x2013 && last !== 0x2014) return null;
  if (last !== 0x2d) return { join: 'space', reason: 'en or em dash: punctuation, never a word split' };
  if (end.length === 1 || /\s/u.test(end[end.length - 2])) return { join: 'space', reason: 'a hyphen after a space is a dash: "2023 -" / "Utreda"' };

  const prefix = stripPunctuation(lastWordBeforeHyphen(end));
  const nextWord = FIRST_WORD.exec(start)?.[0] ?? '';
  const nextBare = stripPunctuation(nextWord);

  if (/^[,;]/u.test(start)) return { join: 'keep-hyphen', reason: 'a comma follows: one part of a coordinated list ("Hälsa-, vård")' };
  const seen = (word: string) => known !== undefined && (known(word) || known(word.toLowerCase()));
  // `gemen-` / `samt`: the document's own `gemensamt` outweighs the look of a coordination.
  const merged = `${prefix}${nextBare}`;
  if (prefix && nextBare && (seen(merged) || (nextBare === 'samt' && seen(`${prefix}sam`)))) {
    return { join: 'drop-hyphen', reason: 'the document writes this word without a hyphen elsewhere' };
  }
  if (COORDINATORS.has(nextBare.toLowerCase())) {
    return { join: 'keep-hyphen-space', reason: `"${nextBare}" follows: coordinated compound ("budget- och uppföljningsprocessen")` };
  }
  if (/^\d/u.test(start)) return { join: 'keep-hyphen', reason: 'a number follows: case number or date ("STK-" / "2023-155")' };
  // `HBTQ-certifi-` / `erade`: the hyphen that matters is the last one, after a lower-case part.
  const inner = prefix.lastIndexOf('-');
  if (inner > 0 && /^\p{Ll}{2,}$/u.test(prefix.slice(inner + 1)) && /^\p{Ll}/u.test(nextBare) && !seen(`${prefix}-${nextBare}`)) {
    return { join: 'drop-hyphen', reason: 'a hyphenated compound split at the margin after its lower-case part ("HBTQ-certifi-" / "erade")' };
  }
  if (/\d/u.test(prefix)) return { join: 'keep-hyphen', reason: 'the part before the hyphen holds a digit ("18-åring", "2023-års")' };
  if (/^\p{L}$/u.test(prefix)) return { join: 'keep-hyphen', reason: 'single-letter prefix ("e-tjänster")' };
  if ((prefix.match(/\p{Lu}/gu) ?? []).length >= 2) {
    return { join: 'keep-hyphen', reason: 'an acronym before the hyphen keeps it ("HR-funktionerna", "MR-programmet")' };
  }
  if (/^\p{Lu}/u.test(nextBare)) return { join: 'keep-hyphen', reason: 'a capitalized word follows: a name compound ("Malmö-Lund")' };
  if (seen(`${prefix}-${nextBare}`)) return { join: 'keep-hyphen', reason: 'the document writes this word with a hyphen elsewhere' };
  return { join: 'drop-hyphen', reason: 'a lower-case word split at the margin ("verksam-" / "heten")' };
}

/** Joins two lines of one paragraph, undoing line-end hyphenation where it split a word. */
export function joinLines(line: string, next: string, known?: Vocabulary): string {
  const a = line.trimEnd();
  const b = next.trimStart();
  if (a === '') return b;
  if (b === '') return a;
  const decision = decideLineEndHyphen(a, b, known);
  switch (decision?.join) {
    case 'drop-hyphen':
      return a.slice(0, -1) + b;
    case 'keep-hyphen':
      return a + b;
    default:
      return `${a} ${b}`;
  }
}

/**
 * How much of a paragraph's end `decideLineEndHyphen` is shown: its last word and the character
 * before it, for any word a document holds. Longer words are judged by their last characters.
 */
const TAIL = 256;

/**
 * A paragraph joined line by line as `joinLines` joins two, in time linear in its length: the text
 * is kept in pieces and only its end is looked at. (`joinLines` on the whole text so far read
 * all of it for every line: a file of one long paragraph took minutes.)
 */
export class JoinedLines {
  private readonly parts: string[] = [];
  /** Characters in `parts`. */
  length = 0;

  constructor(
    first: string,
    private readonly known?: Vocabulary,
  ) {
    this.push(first);
  }

  /**
   * Joins `line` on; true when the text so far and `line` were joined as they stand with one space
   * between (nothing trimmed, no hyphen dropped or kept), which alignment can then take on trust.
   */
  add(line: string): boolean {
    const trimmed = this.trimEnd();
    const next = line.trimStart();
    if (this.length === 0) {
      this.push(next);
      return false;
    }
    if (next === '') return false;
    // `decideLineEndHyphen` answers null for a text that does not end in a hyphen or dash: its tail
    // is made only for one that does (the parts end trimmed, as it trims the text it is given).
    const last = this.parts[this.parts.length - 1];
    const end = last.charCodeAt(last.length - 1);
    const decided = end === 0x2d || end === 0x2013 || end === 0x2014 ? decideLineEndHyphen(this.tail(), next, this.known) : null;
    switch (decided?.join) {
      case 'drop-hyphen':
        this.dropLast();
        this.push(next);
        return false;
      case 'keep-hyphen':
        this.push(next);
        return false;
      default:
        this.push(' ');
        this.push(next);
        return !trimmed && next === line;
    }
  }

  text(): string {
    return this.parts.join('');
  }

  private push(part: string): void {
    if (part === '') return;
    this.parts.push(part);
    this.length += part.length;
  }

  /** Drops trailing white space, as `joinLines` trims the text before joining; true when there was any. */
  private trimEnd(): boolean {
    let trimmedAny = false;
    while (this.parts.length > 0) {
      const last = this.parts[this.parts.length - 1];
      const trimmed = last.trimEnd();
      this.length -= last.length - trimmed.length;
      if (trimmed.length < last.length) trimmedAny = true;
      if (trimmed !== '') {
        this.parts[this.parts.length - 1] = trimmed;
        return trimmedAny;
      }
      this.parts.pop();
    }
    return trimmedAny;
  }

  private dropLast(): void {
    const last = this.parts.pop()!;
    this.length -= 1;
    if (last.length > 1) this.parts.push(last.slice(0, -1));
  }

  /** The last TAIL + 1 characters (all of them when fewer). */
  private tail(): string {
    let tail = '';
    for (let i = this.parts.length - 1; i >= 0 && tail.length <= TAIL; i--) tail = this.parts[i].slice(-(TAIL + 1 - tail.length)) + tail;
    return tail;
  }
}
