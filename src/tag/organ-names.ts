// Where a passage names an organ or unit the registry does not know, by the shape of the name
// alone: a compound with an organ word as head ("Jämställdhetsutskottet", "grundskoleförvaltningen",
// "Barn- och utbildningsnämnden") and "X för Y" ("Rådet för funktionshinderfrågor", "Nämnden för
// Vård & Omsorg"). A term found inside such a name says who acts, not what the passage is about
// (categories.ts). The words are data: boilerplate.yaml `organs`.
import { WordBytes, type Tokens } from '../language/index.js';
import type { OrganNames, Span } from '../types.js';

export interface OrganNameRules {
  /** Every inflected form of every head: nämnden, nämndens, nämnder … */
  headForms: string[];
  before: Set<string>;
  /** True when a lexicon term is itself an organ word ("pensionärsråd" is not; "kulturnämnd" would be). */
  isOrganTerm(term: string): boolean;
}

/** Endings a head takes in running text: utskott-et, nämnd-erna, styrelse-n, bolag-ets. */
const ENDINGS = ['', 's', 'n', 'ns', 'en', 'ens', 'et', 'ets', 'er', 'ers', 'erna', 'ernas', 'r', 'rna', 'rnas'];
/** Letters a compound has before its head: "Kultur|nämnden", not "en|het". */
const MIN_MODIFIER = 3;
/** Conjuncts after "för" that still belong to the name: "Nämnden för arbete, vård och omsorg". */
const MAX_NAME_CONJUNCTS = 3;
const JOINERS = new Set(['och', '&', ',']);
/** Words after "för" that begin a clause or phrase, not a name: "nämnden för att", "rådet för en". */
const NOT_A_NAME = new Set(['att', 'en', 'ett', 'den', 'det', 'de', 'dem', 'sin', 'sitt', 'sina', 'hela', 'alla', 'närvarande', 'kännedom', 'information']);

export function compileOrganNames(organs: OrganNames | undefined): OrganNameRules | undefined {
  if (organs === undefined) return undefined;
  const heads = organs.heads.map((h) => h.toLowerCase());
  const headForms = [...new Set(heads.flatMap((h) => ENDINGS.map((e) => h + e)))].sort((a, b) => b.length - a.length);
  return {
    headForms,
    before: new Set(organs.before.map((w) => w.toLowerCase())),
    isOrganTerm: (term) => {
      const last = term.toLowerCase().split(/\s+/).pop() ?? '';
      return heads.some((h) => last.endsWith(h));
    },
  };
}

/** Spans of organ names in a passage's tokens, as character offsets. */
export function organNameSpans(tokens: Tokens, rules: OrganNameRules): Span[] {
  let known = wordRoles.get(rules);
  if (!known) wordRoles.set(rules, (known = new WordBytes()));
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens.isWord(i)) continue;
    const word = tokens.word(i);
    // A byte per word number, the role + 1 (0: not known yet): every word of the passage is asked.
    let role = known.get(word) - 1;
    if (role < 0) known.set(word, (role = wordRole(tokens.norm(i), rules)) + 1);
    if (role === NONE) continue;
    if (role === ORGAN_COMPOUND) {
      spans.push({ start: coordinationStart(tokens, i), end: tokens.end(i) });
      continue;
    }
    if (i + 1 < tokens.length && tokens.norm(i + 1) === 'för') {
      const end = nameAfterFor(tokens, i + 2);
      if (end !== null) spans.push({ start: tokens.start(i), end });
    }
  }
  return spans;
}

// What a word is to organ names: nothing (most words), a compound with an organ word as head
// ("Kultur|nämnden"), or a word a name "X för Y" starts with (`before`).
const NONE = 0;
const ORGAN_COMPOUND = 1;
const BEFORE_FOR = 2;

function wordRole(word: string, rules: OrganNameRules): number {
  if (rules.headForms.some((form) => word.length >= form.length + MIN_MODIFIER && word.endsWith(form))) return ORGAN_COMPOUND;
  return rules.before.has(word) ? BEFORE_FOR : NONE;
}

/** Per rules, each word's role, remembered by word number: every word of every passage with a match asks, against every head form. */
const wordRoles = new WeakMap<OrganNameRules, WordBytes>();

/** "Barn- och utbildningsnämnden": the conjuncts before the head word belong to the name. */
function coordinationStart(tokens: Tokens, head: number): number {
  let first = head;
  for (let j = head - 1; j >= 0; j--) {
    if (tokens.isWord(j) && tokens.trailingHyphen(j)) first = j;
    else if (!JOINERS.has(tokens.norm(j))) break;
  }
  return tokens.start(first);
}

/** End offset of the name "… för Y (och Z)" whose first word after "för" is tokens[i], or null. */
function nameAfterFor(tokens: Tokens, i: number): number | null {
  if (i >= tokens.length || !tokens.isWord(i) || NOT_A_NAME.has(tokens.norm(i))) return null;
  let end = tokens.end(i);
  let j = i + 1;
  for (let conjuncts = 1; conjuncts < MAX_NAME_CONJUNCTS; conjuncts++) {
    if (j + 1 >= tokens.length || !JOINERS.has(tokens.norm(j)) || !tokens.isWord(j + 1)) break;
    end = tokens.end(j + 1);
    j += 2;
  }
  return end;
}
