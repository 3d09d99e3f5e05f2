// The written forms of one organ's name, compared by what they say rather than how: a head noun
// (nämnd, förvaltning, kontor …) and the words of its domain. "Nämnden för Vård & Omsorg",
// "nämnden för vård och omsorg", "Vård- och omsorgsnämnden" and "Vård och omsorgnämnden" are one
// form; "Vård- och omsorgsnämden" is near it (a dropped letter, Damerau–Levenshtein on the name's
// own words, scaled to each word's length).
import { damerauLevenshtein, nearEnd } from '../util/distance.js';

export interface OrganForm {
  /** The head noun, uninflected: nämnd, förvaltning, kontor, styrelse, utskott, råd, beredning. */
  head: string;
  /** The domain's words, lower case, without linking or genitive -s and hyphens; "och" for "&". */
  domain: string[];
  /** The head noun is one letter off ("Kulturnämd"): at best near another form, never the same. */
  misspelt?: true;
}

const HEADS = ['nämnd', 'förvaltning', 'kontor', 'styrelse', 'utskott', 'råd', 'beredning', 'fullmäktige'];
const HEAD_ENDING = '(?:en|ens|et|ets|n|ns|s|e|es)?';
const HEAD_WORD = new RegExp(`^(${HEADS.join('|')})${HEAD_ENDING}$`);
const HEAD_AT_END = new RegExp(`^(.+?)-?(${HEADS.join('|')})${HEAD_ENDING}$`);
/** Each head's forms, for a head one letter off ("omsorgsnämden"); the longer heads only: "råd" is too short to guess at. */
const HEAD_FORMS = new Map(
  HEADS.filter((h) => h.length >= 5).flatMap((h) => ['en', 'ens', 'et', 'ets', '', 's', 'e', 'es', 'n', 'ns'].map((e): [string, string] => [h + e, h])),
);
/** Words one letter from a head's form that are words of their own (plurals, verbs). */
const NOT_HEADS = new Set(['nämnder', 'nämnda', 'nämnde', 'nämndes', 'nämna', 'nämns', 'nämnt', 'styrelser', 'förvaltningar', 'kontorn', 'kontors']);

/** The head of a word whose head noun is one letter off, with what comes before it; null when none is. */
function misspeltHead(word: string, minPrefix: number): { head: string; prefix: string } | null {
  const near = nearEnd(word, [...HEAD_FORMS.keys()], NOT_HEADS, minPrefix);
  return near ? { head: HEAD_FORMS.get(near.form)!, prefix: near.prefix.replace(/-$/, '') } : null;
}

/** A domain word without hyphens and a final linking or genitive -s (omsorgs, Omsorgs, vård-). */
function domainWord(word: string): string {
  const bare = word.replace(/[-‐–]/g, '');
  return bare.length > 3 && bare.endsWith('s') && !bare.endsWith('ss') ? bare.slice(0, -1) : bare;
}

/** The head and domain of an organ's name, or null when it is not "<head> för X", "<head> X" or "X<head>". */
export function organForm(name: string): OrganForm | null {
  const words = name
    .toLocaleLowerCase('sv')
    .replace(/&/g, ' och ')
    .replace(/[:’'](s|n|en|na|ns|ens)$/, '')
    .replace(/(\p{L})-\s*(och|eller)\s/gu, '$1 $2 ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return null;
  const first = HEAD_WORD.exec(words[0]);
  if (first && words.length > 1) {
    const rest = words[1] === 'för' ? words.slice(2) : words.slice(1);
    // "nämnden för kultur och fritids arbetsutskott" is the committee's working committee, no form of it.
    if (rest.length > 1 && HEAD_AT_END.test(rest[rest.length - 1])) return null;
    return rest.length > 0 ? { head: first[1], domain: rest.map(domainWord) } : null;
  }
  const misspeltFirst = words[1] === 'för' && words.length > 2 ? misspeltHead(words[0], 0) : null;
  if (misspeltFirst && misspeltFirst.prefix === '') return { head: misspeltFirst.head, domain: words.slice(2).map(domainWord), misspelt: true };
  const last = words[words.length - 1];
  const alone = HEAD_WORD.exec(last);
  if (alone && words.length > 1) return { head: alone[1], domain: words.slice(0, -1).map(domainWord) };
  const compound = HEAD_AT_END.exec(last);
  if (compound) return { head: compound[2], domain: [...words.slice(0, -1), compound[1]].map(domainWord).filter(Boolean) };
  const misspelt = misspeltHead(last, 3);
  return misspelt ? { head: misspelt.head, domain: [...words.slice(0, -1), misspelt.prefix].map(domainWord).filter(Boolean), misspelt: true } : null;
}

/** How far a word may be from another and still be a slip: none below four letters, two from nine. */
export function allowedDistance(length: number): number {
  return length >= 9 ? 2 : length >= 4 ? 1 : 0;
}

export type OrganMatch = 'same' | 'near' | 'different';

/**
 * Two written names of organs: the same form, near (each domain word within its allowed distance,
 * the domain written together or apart), or different organs. `abbreviations` are `b`'s organ's
 * (the registry's aliases, or those a document introduces): "BoU-nämnden" is "Nämnden för Barn &
 * Utbildning" when BoU is its abbreviation.
 */
export function compareOrganNames(a: string, b: string, abbreviations: readonly string[] = []): OrganMatch {
  const x = organForm(a);
  const y = organForm(b);
  if (!x || !y || x.head !== y.head) return 'different';
  if (x.domain.length === 1 && abbreviations.some((s) => s.toLocaleLowerCase('sv') === x.domain[0])) return 'same';
  const xs = x.domain.join(' ');
  const ys = y.domain.join(' ');
  if (xs === ys || xs.replace(/ /g, '') === ys.replace(/ /g, '')) return x.misspelt !== y.misspelt ? 'near' : 'same';
  if (x.domain.length === y.domain.length) {
    const near = x.domain.every(
      (w, i) =>
        damerauLevenshtein(w, y.domain[i], allowedDistance(Math.max(w.length, y.domain[i].length))) <= allowedDistance(Math.max(w.length, y.domain[i].length)),
    );
    if (near) return 'near';
  }
  const joinedX = xs.replace(/ /g, '');
  const joinedY = ys.replace(/ /g, '');
  const limit = allowedDistance(Math.max(joinedX.length, joinedY.length));
  return damerauLevenshtein(joinedX, joinedY, limit) <= limit && Math.min(joinedX.length, joinedY.length) >= 6 ? 'near' : 'different';
}

/** Two domain words that may name the same thing: near, or one the start of the other ("bygg", "byggnad"). */
function alike(a: string, b: string): boolean {
  const limit = allowedDistance(Math.max(a.length, b.length));
  if (damerauLevenshtein(a, b, limit) <= limit) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

/** Whether every word of `few` has its own alike word in `many`. */
function covered(few: readonly string[], many: readonly string[]): boolean {
  const left = [...many];
  return few.every((w) => {
    const k = left.findIndex((m) => alike(w, m));
    if (k < 0) return false;
    left.splice(k, 1);
    return true;
  });
}

const contentWords = (form: OrganForm) => form.domain.filter((w) => w !== 'och' && w !== 'eller');

/**
 * How `written` may be a wrong name for the organ `name` — the same words of a coordination in
 * another order ("Fritids- och kulturnämnden" for "Kultur- och fritidsnämnden", "Bygg- och
 * miljönämnden" for "Miljö- och byggnadsnämnden"), or one word more or less in it ("Kultur- och
 * fritidsförvaltningen" for "Kulturförvaltningen") — as evidence in Swedish; null when it is no
 * such name (or the same or a near form: compareOrganNames). Two real organs can be this close
 * (Miljönämnden, Miljö- och byggnämnden), so this is for a name that matches no organ.
 */
export function wrongNameEvidence(written: string, name: string): string | null {
  const x = organForm(written);
  const y = organForm(name);
  if (!x || !y || x.head !== y.head || compareOrganNames(written, name) !== 'different') return null;
  const xs = contentWords(x);
  const ys = contentWords(y);
  if (xs.length === ys.length && xs.length >= 2 && covered(xs, ys)) return 'samma ord i en annan ordning';
  if (xs.length === ys.length + 1 && ys.length >= 1 && covered(ys, xs)) return 'ett ord mer i samordningen';
  if (ys.length === xs.length + 1 && xs.length >= 1 && covered(xs, ys)) return 'ett ord mindre i samordningen';
  return null;
}
