// Organ names found by their shape, for the organs a city's registry lacks (or all of them, when
// it has none): companies ("Vidingehem AB"), names "<Head> för <domain>" ("Nämnden för Vård &
// Omsorg", "Förvaltningen för Tekniks budget"), compounds ("Kulturnämnden", "Miljö- och
// byggnämnden", "Kommunala pensionärsrådet", "Växjö kommuns kulturnämnd") and a genitive organ's
// working committee ("Kommunstyrelsens arbetsutskott"). Each find has the base form its ID is made
// from (uninflected, definite, without the city's own qualifier), its kind, whether it is the
// city's own, and whether its shape alone makes it certain; the document decides about the rest
// (document-organs.ts). The words are data: lexicons/language/attribution.yaml, `unregistered`.
import { WordMemo, type Token, type Tokens } from '../language/index.js';
import type { AdministrationKind, ExternalKind, Span } from '../types.js';
import type { NameEnding, UnregisteredCues } from './cues.js';
import { markedIndex, MAY_PROVIDER, MAY_SHAPE, type WordMarks } from './marks.js';
import { firstTokenAtOrAfter, isCapitalized, joined, joinedAt, overlapsRange, sortInPlace, written } from './words.js';
import { BoundedMap } from '../util/bounded-map.js';
import { bareNorm, endingOf, endingOfCell, endingOfToken, wordFacts, wordFactsOf } from './organ-endings.js';
import { capitalized } from '../util/swedish.js';

export interface OrganShape extends Span {
  /** The words as written, white space collapsed. */
  name: string;
  /** What the ID is made from: "Förvaltningen för Vård & Omsorg" of "Förvaltningen för Vård & Omsorgs". */
  base: string;
  kind: AdministrationKind | ExternalKind;
  /** Not the city's: the region's organ, a private company. */
  external: boolean;
  /** The shape alone makes it a name; otherwise only when the document names it so elsewhere. */
  certain: boolean;
  /** What an office shares with its committee: "vård och omsorg", "kultur"; null for other kinds. */
  domain: string | null;
  /** Written in the genitive: a working committee may follow ("Kommunstyrelsens arbetsutskott"). */
  genitive: boolean;
  /** A working committee's: the base of the organ it belongs to. */
  parent?: string;
}

/** Where a capitalized word is a place: the city's own, another kommun, region or landskap, or none. */
export type PlaceTest = (word: string) => 'own' | 'other' | null;

export interface ShapeContext {
  cues: UnregisteredCues;
  place: PlaceTest;
  /** The city is a region: "Regionstyrelsen" is its own. */
  regionCity: boolean;
}

/**
 * A short form that is evidence of a name: "IFO", "ÄO", "RTJ"; one capital ("Netto", "Växjö") is
 * as often a word, a place or a name in parentheses.
 */
export const EVIDENT_SHORT_FORM = /^(?=(?:\p{L}*\p{Lu}){2})\p{Lu}\p{L}{1,7}$/u;

/** Longest company name before "AB": "Malmö Live Konserthus AB" has three words. */
const MAX_COMPANY_WORDS = 4;

/**
 * Every organ-shaped name in `text` (its `tokens`) outside `taken`, in text order. Companies are
 * looked for first (so "Växjö Fastighetsförvaltning AB" is not an office), then names with "för",
 * then compounds; a genitive organ takes the working committee after it.
 */
export function findOrganShapes(text: string, tokens: Tokens, context: ShapeContext, taken: readonly Span[], marks: WordMarks): OrganShape[] {
  // The finders below start only at these words, and most passages have none.
  const starts = nameWordsAt(tokens, context.cues, marks);
  if (starts.length === 0) return [];
  const found: OrganShape[] = [];
  const free = (start: number, end: number) => !overlapsRange(start, end, taken) && !overlapsRange(start, end, found);
  const scan = new Scan(text, tokens, context, free, marks);
  // Each finder only at the words `nameWordsAt` says it may start at: it would return null at the others.
  for (const start of starts) {
    const company = (start & COMPANY_START) !== 0 ? scan.company(start >>> START_SHIFT) : null;
    if (company) found.push(company);
  }
  for (const start of starts) {
    const name = (start & FOR_NAME_START) !== 0 ? scan.forName(start >>> START_SHIFT) : null;
    if (name) found.push(name);
  }
  for (const start of starts) {
    const i = start >>> START_SHIFT;
    const name = (start & COMPOUND_START) !== 0 ? (scan.compound(i) ?? scan.unit(i)) : null;
    if (name) found.push(name);
  }
  return attachWorkingCommittees(
    text,
    tokens,
    context.cues,
    sortInPlace(found, (a, b) => a.start - b.start),
  );
}

// Which finders of `Scan` may start at a word, in the low bits of its entry in `nameWordsAt`'s list.
const COMPANY_START = 1;
const FOR_NAME_START = 2;
const COMPOUND_START = 4;
const START_SHIFT = 3;

/**
 * The words a finder of `Scan` may start at, in text order, each as its index << START_SHIFT and
 * the finders that may start there: a company word (`company`), the head of a "för" name
 * (`forName`), a word ending in an organ's name (`compound`) or in an office's unit (`unit`); the
 * last two never with a conjunct's hyphen. Only the tokens `marks` marks `MAY_SHAPE`
 * (`mayStartShape`) can be one. Read from the cells: a token object only for a word not seen before.
 */
function nameWordsAt(tokens: Tokens, cues: UnregisteredCues, marks: WordMarks): number[] {
  const at: number[] = [];
  const known = wordFactsOf(cues);
  for (let m = 0; m < marks.length; m++) {
    if ((marks[m] & MAY_SHAPE) === 0) continue;
    const i = markedIndex(marks[m]);
    if (!tokens.isWord(i)) continue;
    const facts = known.get(tokens.word(i)) ?? wordFacts(tokens.at(i), cues, known);
    const head = facts.head !== undefined || facts.misspeltHead !== undefined;
    const end = !tokens.trailingHyphen(i) && (facts.ending !== null || facts.unit !== null);
    const company = cues.nameWords.includes(tokens.text(i));
    const bits = (company ? COMPANY_START : 0) | (head ? FOR_NAME_START : 0) | (end ? COMPOUND_START : 0);
    if (bits !== 0) at.push((i << START_SHIFT) | bits);
  }
  return at;
}

/**
 * Whether a word of this form may start an organ shape (`nameWordsAt`), from its norm: one of
 * `WordFacts`, or the lower case of a company word ("ab" of "AB").
 */
export function mayStartShape(t: Token, cues: UnregisteredCues): boolean {
  const facts = wordFacts(t, cues);
  return facts.head !== undefined || facts.misspeltHead !== undefined || facts.ending !== null || facts.unit !== null || lowerNameWords(cues).has(t.norm);
}

/** The company words as a token's norm writes them: lower case, composed, without soft hyphens (tokenize.ts). */
function lowerNameWords(cues: UnregisteredCues): Set<string> {
  let words = lowerNameWordSets.get(cues);
  if (!words) {
    words = new Set();
    for (const w of cues.nameWords) {
      const lower = w.replaceAll('\u00ad', '').toLowerCase();
      words.add(lower).add(lower.normalize('NFC'));
    }
    lowerNameWordSets.set(cues, words);
  }
  return words;
}

const lowerNameWordSets = new WeakMap<UnregisteredCues, Set<string>>();

class Scan {
  private readonly cues: UnregisteredCues;
  constructor(
    private readonly text: string,
    private readonly tokens: Tokens,
    private readonly context: ShapeContext,
    /** Whether [start, end) overlaps nothing found or taken. */
    private readonly freeAt: (start: number, end: number) => boolean,
    private readonly marks: WordMarks,
  ) {
    this.cues = context.cues;
  }

  private free(span: Span): boolean {
    return this.freeAt(span.start, span.end);
  }

  /**
   * "Vidingehem AB", "Växjö Energi AB:s": capitalized words before a company word. Read from the
   * cells: every company word of every passage comes here, and most of its names are the
   * registry's, dropped after (document-organs.ts); token objects and their lists were most of its cost.
   */
  company(i: number): OrganShape | null {
    const tokens = this.tokens;
    if (!tokens.isWord(i) || !this.cues.nameWords.includes(tokens.text(i))) return null;
    const first = this.companyStart(i);
    if (first === i) return null;
    const { companies, coordinators } = this.cues;
    // The name's words, coordinators left out: what the place and provider tests read.
    let words = 0;
    let lastWord = '';
    let provider = false;
    for (let k = first; k < i; k++) {
      if (!tokens.isWord(k) || coordinators.has(tokens.norm(k))) continue;
      words++;
      lastWord = tokens.text(k);
      if (companies.providerWords.has(lastWord)) provider = true;
    }
    // "Omsorg AB", "Småland AB": a piece of a longer name, or no name at all.
    if (words === 1 && (companies.genericWords.has(lastWord) || this.context.place(lastWord) !== null)) return null;
    provider ||= this.sentenceHasProviderCue(i);
    const own = !provider && this.ownCompany(first, i);
    const start = tokens.start(first);
    const end = tokens.end(i);
    const name = written(this.text, start, end);
    const genitive = name.endsWith(':s');
    return {
      start,
      end,
      name,
      base: genitive ? name.slice(0, -2) : name,
      kind: own ? 'bolag' : 'företag',
      external: !own,
      certain: true,
      domain: null,
      genitive,
    };
  }

  /** Whether the places among a company's words [first, i) make it the city's: its own, or none of another's. */
  private ownCompany(first: number, i: number): boolean {
    let other = false;
    for (let k = first; k < i; k++) {
      if (!this.tokens.isWord(k) || this.cues.coordinators.has(this.tokens.norm(k))) continue;
      const place = this.context.place(this.tokens.text(k));
      if (place === 'own') return true;
      if (place === 'other') other = true;
    }
    return !other;
  }

  /**
   * The first token of a company's name before the company word at `i` (`i` when it has none):
   * capitalized words, and lower-case ones between them ("Lunds kommuns fastighets AB"), at most
   * four, the first capitalized. A lone word after "och" is the end of a longer name ("Uppsala
   * Vatten och Avfall AB"), not a name. The name's tokens are the ones from there to `i`.
   */
  private companyStart(i: number): number {
    const tokens = this.tokens;
    const cues = this.cues;
    let first = i;
    for (let j = i - 1; j >= 0 && i - first < MAX_COMPANY_WORDS; j--) {
      if (!tokens.isWord(j) || !this.joinedTokens(j, first) || !this.freeToken(j) || cues.stopwords.has(tokens.norm(j))) break;
      // "Kommunstyrelsen och Vidingehem AB": an organ is no part of a company's name; an
      // indefinite organ word is ("Växjö Fastighetsförvaltning AB").
      const organ = endingOfCell(tokens, j, cues.endings);
      if (organ !== null && organ.form !== 'indefinite') break;
      first = j;
    }
    while (first < i && !isCapitalized(tokens.text(first))) first++;
    const coordinator = first - 1;
    const left = first - 2;
    if (i - first === 1 && left >= 0 && cues.coordinators.has(tokens.norm(coordinator)) && tokens.isWord(left) && isCapitalized(tokens.text(left))) {
      if (this.joinedTokens(left, coordinator) && this.joinedTokens(coordinator, first) && this.freeToken(left) && !cues.stopwords.has(tokens.norm(left))) {
        const before = left - 1;
        const longer = before >= 0 && tokens.isWord(before) && isCapitalized(tokens.text(before)) && this.joinedTokens(before, left) && this.freeToken(before);
        const start = longer ? before : left;
        // "Förvaltningen för Teknik och Vidingehem AB": the word after "för" is a domain, no name's start.
        const preceding = start - 1;
        if (preceding >= 0 && tokens.isWord(preceding) && tokens.norm(preceding) === 'för') return first;
        return start;
      }
    }
    return first;
  }

  /** `joined` for tokens `a` and `b`, from the cells. */
  private joinedTokens(a: number, b: number): boolean {
    return joinedAt(this.text, this.tokens.end(a), this.tokens.start(b));
  }

  /** `free` of token `k`'s span, without an object for it. */
  private freeToken(k: number): boolean {
    return this.freeAt(this.tokens.start(k), this.tokens.end(k));
  }

  /** "Nämnden för Arbete & Välfärd", "nämnden för teknik", "Rådet för funktionshinderfrågor". */
  forName(i: number): OrganShape | null {
    const head = this.tokens.at(i);
    if (head.kind !== 'word') return null;
    const facts = wordFacts(head, this.cues);
    const ending = facts.head ?? facts.misspeltHead;
    if (!ending || !this.free(head)) return null;
    let k = i + 1;
    const forWord = this.tokens.at(k);
    const forless = !(forWord && this.cues.forWords.has(forWord.norm) && joined(this.text, head, forWord));
    if (!forless) k++;
    const domain = this.domain(k, forless ? head : forWord);
    if (!domain) return null;
    // "nämnden teknik": a one-word domain without "för" is as often "nämnden beslutar", so it is
    // never certain (below) and stands only where the document writes "Nämnden för Teknik" too.
    if (forless && domain.words.length === 1 && !this.forlessDomainWord(domain.words[0])) return null;
    const last = domain.words.at(-1)!;
    const genitive = this.genitiveAt(last, domain.end);
    const adjective = this.adjectiveBefore(i);
    const first = adjective ?? head;
    const span = { start: first.start, end: last.end };
    if (!this.free(span)) return null;
    const domainText = domain.words
      .map((w, n) => (n === domain.words.length - 1 && genitive ? stripGenitive(w.text) : w.text) + (n < domain.seps.length ? separator(domain.seps[n]) : ''))
      .join('');
    // A misspelt head ("Nämden") gets the organ's own ID, as a misspelt compound does.
    const headWord = facts.head !== undefined ? head.text : ending.definite;
    const headText = capitalized(adjective ? `${adjective.text} ${headWord}` : headWord);
    const certain =
      !forless &&
      (domain.words.some((w) => isCapitalized(w.text)) || domain.seps.some((s) => s.text === '&') || (isCapitalized(head.text) && !head.sentenceInitial));
    return {
      start: span.start,
      end: span.end,
      name: this.written(span),
      base: `${headText} för ${domainText}`,
      kind: ending.kind,
      external: adjective !== null && this.cues.externalAdjectives.has(adjective.norm),
      certain,
      domain: domain.words.map((w, n) => (n === domain.words.length - 1 && genitive ? stripGenitive(bareNorm(w)) : bareNorm(w))).join(' och '),
      genitive,
    };
  }

  /**
   * The domain of a "för" name from token `k` on: words joined by "," and a last "och" or "&"
   * ("Hälsa, Vård & Omsorg"). A word that is a function word, an organ word, a company's or
   * another name's first word, or a definite lower-case noun ("perioden") is no part of it.
   */
  private domain(k: number, before: Token): { words: Token[]; seps: Token[]; end: number } | null {
    const first = this.tokens.at(k);
    if (!first || !joined(this.text, before, first) || !this.domainWord(first, k)) return null;
    const words = [first];
    const seps: Token[] = [];
    for (let j = k + 1; j + 1 < this.tokens.length; j += 2) {
      const sep = this.tokens.at(j);
      const word = this.tokens.at(j + 1);
      const comma = sep.text === ',';
      const coordinator = this.cues.coordinators.has(sep.norm);
      if ((!comma && !coordinator) || !joined(this.text, words.at(-1)!, sep) || !joined(this.text, sep, word)) break;
      if (!this.domainWord(word, j + 1) || (comma && !isCapitalized(word.text))) break;
      words.push(word);
      seps.push(sep);
      if (coordinator) break;
    }
    // "Nämnden för Teknik, Kultur" is a list in the sentence, not a name: commas need a last "och".
    while (seps.length > 0 && seps.at(-1)!.text === ',') {
      seps.pop();
      words.pop();
    }
    return { words, seps, end: k + 2 * seps.length };
  }

  /** A lone domain after a bare head: a noun-like word, not a short form ("nämnden KS") nor an adverb in -t. */
  private forlessDomainWord(w: Token): boolean {
    return w.norm.length >= 4 && !/^\p{Lu}{2,}/u.test(w.text) && !w.trailingHyphen;
  }

  private domainWord(w: Token, at: number): boolean {
    if (w.kind !== 'word' || !this.free(w)) return false;
    const norm = bareNorm(w);
    if (this.cues.stopwords.has(norm) || this.cues.nameWords.includes(w.text) || endingOfToken(w, this.cues.endings) !== null) return false;
    if (this.cues.endings.some((e) => e.definite === norm)) return false;
    const next = this.tokens.at(at + 1);
    // "… och Region Kronoberg", "… och Vidingehem AB": the start of another name ("&" joins only a domain).
    const another = next?.kind === 'word' && joined(this.text, w, next) && (isCapitalized(next.text) || this.cues.nameWords.includes(next.text));
    if (isCapitalized(w.text) && another && this.tokens.at(at - 1)?.text !== '&') return false;
    if (!isCapitalized(w.text) && looksDefinite(norm, this.cues.definiteEndings, this.cues.definiteExceptions)) return false;
    return true;
  }

  /**
   * A compound ending like an organ: "Kulturnämnden", "Miljö- och byggnämnden", "Hälsa-, vård- och
   * omsorgsnämnden", "Kommunala pensionärsrådet", "Växjö kommuns kulturnämnd"; or an adjective and
   * the bare word: "Tekniska nämnden".
   */
  compound(i: number): OrganShape | null {
    const tokens = this.tokens;
    if (!tokens.isWord(i) || tokens.trailingHyphen(i)) return null;
    const match = endingOfCell(tokens, i, this.cues.endings);
    if (!match || !this.freeToken(i)) return null;
    const t = tokens.at(i);
    const { ending, form, prefix } = match;
    const genitive = form === 'genitive';
    const definite = prefix + ending.definite;
    if (prefix === '') {
      const adjective = this.adjectiveBefore(i);
      if (!adjective) return null;
      const span = { start: adjective.start, end: t.end };
      const external = this.cues.externalAdjectives.has(adjective.norm);
      return this.shape(span, `${capitalized(adjective.text)} ${ending.definite}`, ending.kind, external, true, adjective.norm, genitive);
    }
    if (this.cues.notPrefixes.has(prefix.endsWith('-') ? prefix.slice(0, -1) : prefix)) return null;
    const { start: first, conjuncts, certain: coordinationCertain } = this.conjunctsBefore(i);
    const adjective = this.adjectiveBefore(first);
    const qualifier = adjective ? null : this.ownQualifierBefore(first);
    const start = adjective ?? qualifier ?? this.tokens.at(first);
    const span = { start: start.start, end: t.end };
    if (!this.free(span)) return null;
    const external = this.cues.externalPrefixes.some((p) => prefix.startsWith(p))
      ? !this.context.regionCity
      : adjective !== null && this.cues.externalAdjectives.has(adjective.norm);
    const named = this.tokens.at(first);
    const capital = isCapitalized((adjective ?? named).text);
    // Without `lowercase`, only a capital the sentence does not explain makes a name certain:
    // "Demokratirådet är ett forum" may be a school's council, "av Kulturförvaltningen" is an organ.
    let certain: boolean;
    if (form === 'indefinite') certain = qualifier !== null;
    else if (qualifier !== null || ending.lowercase) certain = true;
    else certain = capital && !(adjective ?? named).sentenceInitial;
    const core = conjuncts + t.text.slice(0, prefix.length) + definite.slice(prefix.length);
    const base = adjective ? `${capitalized(adjective.text)} ${core}` : capitalized(core);
    const domain = domainOf(`${adjective ? `${adjective.norm} ` : ''}${conjuncts}${prefix}`);
    return this.shape(span, base, ending.kind, external, certain && coordinationCertain, domain, genitive);
  }

  /**
   * An office's unit: "Individ- och familjeomsorgen (IFO)", "Äldreomsorgens". Its words are as
   * often the service itself, so it is written with a capital and certain only where it introduces
   * a short form; the document confirms it elsewhere (document-organs.ts). No domain: a unit
   * serves no committee of its own.
   */
  unit(i: number): OrganShape | null {
    const t = this.tokens.at(i);
    if (t.kind !== 'word' || t.trailingHyphen) return null;
    const genitive = wordFacts(t, this.cues).unit;
    if (genitive === null || !this.free(t)) return null;
    const { start: first, conjuncts, certain: coordinationCertain } = this.conjunctsBefore(i);
    const named = this.tokens.at(first);
    if (!isCapitalized(named.text)) return null;
    const span = { start: named.start, end: t.end };
    if (!this.free(span)) return null;
    const definite = genitive ? stripGenitive(t.text) : t.text;
    return {
      start: span.start,
      end: span.end,
      name: this.written(span),
      base: capitalized(conjuncts + definite),
      kind: 'förvaltning',
      external: false,
      certain: coordinationCertain && this.shortFormAfter(t),
      domain: null,
      genitive,
    };
  }

  /** Whether "(IFO)", a word of two capitals or more in parentheses, follows `t`. */
  private shortFormAfter(t: Token): boolean {
    const k = firstTokenAtOrAfter(this.tokens, t.end);
    const [open, word, close] = [this.tokens.at(k), this.tokens.at(k + 1), this.tokens.at(k + 2)];
    if (open?.text !== '(' || word?.kind !== 'word' || close?.text !== ')' || !joined(this.text, t, open)) return false;
    return EVIDENT_SHORT_FORM.test(word.text);
  }

  private shape(span: Span, base: string, kind: AdministrationKind, external: boolean, certain: boolean, domain: string, genitive: boolean): OrganShape {
    const isOffice = kind === 'förvaltning' || kind === 'nämnd' || kind === 'styrelse';
    return {
      start: span.start,
      end: span.end,
      name: this.written(span),
      base,
      kind: external ? 'region' : kind,
      external,
      certain,
      domain: isOffice ? domain : null,
      genitive,
    };
  }

  /**
   * The conjuncts coordinated before compound `i`: "Miljö- och " of "Miljö- och byggnämnden",
   * "Hälsa-, vård- och " of "…omsorgsnämnden"; a dropped hyphen ("Miljö och byggnämnden") counts
   * when the first conjunct is a capitalized word that is no name of its own. Returns the first
   * token's index, the conjuncts as the base writes them, and whether the shape stays certain.
   */
  private conjunctsBefore(i: number): { start: number; conjuncts: string; certain: boolean } {
    const none = { start: i, conjuncts: '', certain: true };
    // From the cells first: most compounds have no coordinator before them, and get no token objects.
    if (i < 2 || !this.tokens.isWord(i - 2) || !this.cues.coordinators.has(this.tokens.norm(i - 1))) return none;
    const coordinator = this.tokens.at(i - 1);
    const left = this.tokens.at(i - 2);
    if (!joined(this.text, left, coordinator) || !joined(this.text, coordinator, this.tokens.at(i)) || !this.free(left)) return none;
    if (left.trailingHyphen) {
      let start = i - 2;
      const parts = [left.text];
      while (start >= 2 && this.tokens.at(start - 1).text === ',' && this.tokens.at(start - 2).trailingHyphen && this.free(this.tokens.at(start - 2))) {
        start -= 2;
        parts.unshift(`${this.tokens.at(start).text},`);
      }
      return { start, conjuncts: `${parts.join(' ')} ${coordinator.text} `, certain: true };
    }
    const before = this.tokens.at(i - 3);
    const name = before?.kind === 'word' && isCapitalized(before.text) && joined(this.text, before, left);
    if (!isCapitalized(left.text) || name || this.cues.stopwords.has(left.norm) || endingOfToken(left, this.cues.endings) !== null) return none;
    return { start: i - 2, conjuncts: `${left.text}- ${coordinator.text} `, certain: !left.sentenceInitial };
  }

  /** "Tekniska" of "Tekniska nämnden": a word in -a before the organ word, not a determiner's. */
  private adjectiveBefore(i: number): Token | null {
    // What the word's form allows, remembered by its number, before any token object: most words before an organ's are no adjective.
    if (i < 1 || !this.tokens.isWord(i - 1)) return null;
    const kind = adjectiveKind(this.tokens, i - 1, this.cues);
    if (kind === NO_ADJECTIVE) return null;
    const a = this.tokens.at(i - 1);
    if (!joined(this.text, a, this.tokens.at(i)) || !this.free(a)) return null;
    // "den regionala utvecklingsnämnden" is the region's, whatever stands before it.
    if (kind === EXTERNAL_ADJECTIVE) return a;
    const determiner = this.tokens.at(i - 2);
    if (determiner?.kind === 'word' && joined(this.text, determiner, a) && this.cues.determiners.has(determiner.norm)) return null;
    return a;
  }

  /** "Växjö kommuns" before a compound in a Växjö text: part of the name, not of its ID. */
  private ownQualifierBefore(i: number): Token | null {
    // From the cells first: most compounds have no qualifier before them, and get no token objects.
    if (i < 2 || !this.tokens.isWord(i - 2)) return null;
    const norm = this.tokens.norm(i - 1);
    if (!norm.endsWith('s') || !this.cues.cityQualifiers.includes(norm)) return null;
    const qualifier = this.tokens.at(i - 1);
    const place = this.tokens.at(i - 2);
    if (!joined(this.text, place, qualifier) || !joined(this.text, qualifier, this.tokens.at(i))) return null;
    return this.context.place(place.text) === 'own' ? place : null;
  }

  /**
   * Whether the sentence around token `i` holds one of the provider cues. A sentence ends with a
   * token ".", "!" or "?", which belongs to it; only this one is read, not the passage's others.
   * The cue words are marked (marks.ts): most passages have none, and read no sentence.
   */
  private sentenceHasProviderCue(i: number): boolean {
    const marks = this.marks;
    for (let m = 0; m < marks.length; m++) if ((marks[m] & MAY_PROVIDER) !== 0 && sameSentence(this.tokens, markedIndex(marks[m]), i)) return true;
    return false;
  }

  /** Whether `last` (ending at token `at`) is a genitive: "Tekniks" before a lower-case word. */
  private genitiveAt(last: Token, at: number): boolean {
    if (/:s$/.test(last.text)) return true;
    const next = this.tokens.at(at + 1);
    return /\p{L}{3}[^sxz]s$/u.test(last.norm) && next?.kind === 'word' && !isCapitalized(next.text) && joined(this.text, last, next);
  }

  private written(span: Span): string {
    return written(this.text, span.start, span.end);
  }
}

const NO_ADJECTIVE = 0;
const EXTERNAL_ADJECTIVE = 1;
const ADJECTIVE = 2;

/**
 * Whether the word at `i` may be an adjective before an organ's word, by its norm: one of the
 * external adjectives ("regionala"), a word in -a of an adjective's ending and no stopword, or neither.
 */
function adjectiveKind(tokens: Tokens, i: number, cues: UnregisteredCues): number {
  let known = adjectiveKinds.get(cues);
  if (!known) adjectiveKinds.set(cues, (known = new WordMemo()));
  const word = tokens.word(i);
  let kind = known.get(word);
  if (kind === undefined) {
    const norm = tokens.norm(i);
    if (cues.externalAdjectives.has(norm)) kind = EXTERNAL_ADJECTIVE;
    else if (!/\p{L}{3}a$/u.test(norm) || cues.adjectiveStopwords.has(norm) || cues.stopwords.has(norm)) kind = NO_ADJECTIVE;
    else kind = cues.adjectiveEndings.some((e) => norm.endsWith(e)) ? ADJECTIVE : NO_ADJECTIVE;
    known.set(word, kind);
  }
  return kind;
}

const adjectiveKinds = new WeakMap<UnregisteredCues, WordMemo<number>>();

/**
 * A compound's domain from its words before the organ's ("Miljö- och bygg" → "miljö och bygg"),
 * remembered: the same few compounds are found in passage after passage, and the Swedish
 * lower-casing is slow.
 */
function domainOf(words: string): string {
  let domain = domains.get(words);
  if (domain === undefined) domains.set(words, (domain = words.toLocaleLowerCase('sv').replace(/-/g, '').replace(/\s+/g, ' ').trim()));
  return domain;
}

const domains = new BoundedMap<string, string>(10_000);

/** Whether no sentence ends between tokens `j` and `i` (the sentence's own end is its last token). */
function sameSentence(tokens: Tokens, j: number, i: number): boolean {
  const from = j < i ? j : i;
  const to = j < i ? i : j;
  for (let k = from; k < to; k++) if (endsSentence(tokens, k)) return false;
  return true;
}

/** Token `i` is a ".", "!" or "?". */
function endsSentence(tokens: Tokens, i: number): boolean {
  if (!tokens.isPunct(i)) return false;
  const text = tokens.text(i);
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 0x2e || c === 0x21 || c === 0x3f;
}

/**
 * A genitive organ followed by a working committee is that committee: "Kommunstyrelsens
 * arbetsutskott" (kommunstyrelsens-arbetsutskott), "nämnden för kultur och fritids arbetsutskotts".
 */
function attachWorkingCommittees(text: string, tokens: Tokens, cues: UnregisteredCues, found: OrganShape[]): OrganShape[] {
  const committees = committeeEndings(cues);
  if (!committees) return found;
  const committee = committees[0];
  const out: OrganShape[] = [];
  for (const shape of found) {
    const last = out.at(-1);
    if (last && last.end > shape.start) continue; // taken into the committee before it
    const next = shape.genitive && !shape.external && shape.kind !== 'bolag' ? tokens.at(firstTokenAtOrAfter(tokens, shape.end)) : undefined;
    const match = next?.kind === 'word' && joined(text, shape, next) ? endingOf(next.norm, committees) : null;
    if (!next || !match || match.prefix === '') {
      out.push(shape);
      continue;
    }
    const span = { start: shape.start, end: next.end };
    const name = written(text, span.start, span.end);
    const base = `${shape.base}s ${next.text.slice(0, match.prefix.length)}${committee.indefinite}`;
    out.push({
      start: span.start,
      end: span.end,
      name,
      base,
      kind: 'utskott',
      external: false,
      certain: shape.certain,
      domain: null,
      genitive: match.form === 'genitive',
      parent: shape.base,
    });
  }
  return out;
}

/**
 * The working committee's ending, alone in a list made once: `endingOf` remembers its answers per
 * list, and a new list for every shape remembered nothing (and made its tables again).
 */
function committeeEndings(cues: UnregisteredCues): readonly NameEnding[] | null {
  let list = committeeLists.get(cues);
  if (list === undefined) {
    const committee = cues.endings.find((e) => e.kind === 'utskott');
    committeeLists.set(cues, (list = committee ? [committee] : null));
  }
  return list;
}

const committeeLists = new WeakMap<UnregisteredCues, readonly NameEnding[] | null>();

/** "perioden", "året", "kommunerna"; not "trygghet", "kvalitet", "vatten" (`exceptions`). */
function looksDefinite(norm: string, endings: readonly string[], exceptions: readonly string[]): boolean {
  return endings.some((e) => norm.length > e.length + 2 && norm.endsWith(e)) && !exceptions.some((e) => norm.endsWith(e));
}

function stripGenitive(word: string): string {
  return word.endsWith(':s') ? word.slice(0, -2) : word.replace(/s$/, '');
}

function separator(sep: Token): string {
  return sep.text === ',' ? ', ' : ` ${sep.text} `;
}
