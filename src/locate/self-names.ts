// Where a text names a municipality or region the way an organisation names itself: its name
// ("Lunds kommun", "Göteborgs Stad", "Region Skåne", "Västra Götalandsregionen", a registry's own
// cues), in the genitive ("Växjö kommuns"), a web or e-mail domain ("@lund.se", "www.vgregion.se")
// and an organ placed in it ("Kommunstyrelsen i Lund"). A bare place name ("Växjö") is not one:
// it is mostly a place (Kommunhuset, Växjö) or another body's (Förvaltningsrätten i Växjö).
//
// Linear in the text: one expression finds the last word of any name (kommun, stad, Skåne …) and
// the words before it are looked up in a table; another finds host names, a third organ words.
import type { Municipalities, Municipality } from '../lexicon/municipalities.js';
import { nameKey } from '../lexicon/municipalities.js';
import type { Registry } from '../types.js';
import { wholeWordMatches } from '../util/whole-words.js';

export type SelfNameForm = 'name' | 'genitive' | 'mail' | 'web' | 'organ';

export interface SelfName {
  /** The municipality's ID. */
  id: string;
  form: SelfNameForm;
  start: number;
  end: number;
}

/** Words that name the organisation after the place: "Lunds kommun", "Malmö stad", "Region Skåne". */
const ORGANISATION_WORDS = ['kommun', 'stad'];

/**
 * Organs that are a municipality's or a region's own, before "i <place>": "Kommunstyrelsen i
 * Lund", "Socialnämnden i Lunds kommun", "Regionstyrelsen i Region Skåne". Courts and state
 * agencies (Förvaltningsrätten i Växjö, Länsstyrelsen i …) are not among them. The expression
 * finds the word's end (a literal, which V8 scans for quickly); the whole word is checked after.
 */
const ORGAN_END = /(?:nämnden|förvaltningen|kontoret|utskottet|styrelsen|fullmäktige)[ \t\u00a0]+i[ \t\u00a0]+/giu;
const ORGAN_WORD = /^(?:\p{L}*(?:nämnden|förvaltningen|kontoret|utskottet)|(?:kommun|stads|region)(?:styrelsen|fullmäktige))$/iu;

export interface SelfNameFinder {
  find(text: string): SelfName[];
}

/** Compiles the names of every municipality and region, and the registries' own cues and domains. */
export function selfNameFinder(municipalities: Municipalities, registries: ReadonlyArray<Pick<Registry, 'city' | 'cues' | 'domains'>>): SelfNameFinder {
  const forms = new Map<string, { id: string; genitive: boolean }>();
  const add = (text: string, id: string, genitive: boolean) => {
    const key = nameKey(text);
    const known = forms.get(key);
    // The file's official names and aliases come first and win; a made-up form never takes one.
    if (!known) forms.set(key, { id, genitive });
  };
  const withGenitive = (text: string, id: string) => {
    add(text, id, false);
    add(/[sxz]$/iu.test(text) ? text : `${text}s`, id, true);
  };
  for (const m of municipalities.all) for (const name of [m.official, ...m.aliases]) withGenitive(name, m.id);
  for (const r of registries) for (const cue of r.cues ?? []) if (municipalities.byId(r.city)) withGenitive(cue, r.city);
  // What writers also write: "Stockholm stad", "Lund kommun", "Växjös kommun"; "Region Västra Götaland".
  for (const m of municipalities.all) for (const name of derivedNames(m)) withGenitive(name, m.id);

  const lastWords = new Set<string>();
  let maxWords = 1;
  for (const key of forms.keys()) {
    const words = key.split(' ');
    lastWords.add(words.at(-1)!);
    maxWords = Math.max(maxWords, words.length);
  }
  const lastWord = new RegExp(
    `(?:${[...lastWords]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );

  const domains = new Map<string, string>();
  for (const r of registries) for (const d of r.domains ?? []) if (municipalities.byId(r.city)) domains.set(d, r.city);
  const ownerOf = (host: string): string | undefined => {
    const labels = host.replace(/^www\./u, '').split('.');
    for (let i = 0; i < labels.length - 1; i++) {
      const own = domains.get(labels.slice(i).join('.'));
      if (own) return own;
    }
    return municipalities.byDomain(host)?.id;
  };
  const tlds = new Set([...municipalities.all.flatMap((m) => m.domains), ...domains.keys()].map((d) => d.split('.').at(-1)!));
  // The end of a host name in a top-level domain some municipality uses ("t.ex." is none); the
  // host is read backwards from there.
  const topLevel = new RegExp(`\\.(?:${[...tlds].map(escape).join('|')})(?![\\p{L}\\p{N}_-]|\\.[\\p{L}\\p{N}])`, 'giu');

  const nameAt = (text: string, start: number, end: number): SelfName | null => {
    const before = wordsBefore(text, start, maxWords - 1);
    const last = text.slice(start, end);
    for (let n = before.length; n >= 0; n--) {
      const words = before.slice(before.length - n);
      const found = forms.get(nameKey([...words.map((w) => w.text), last].join(' ')));
      if (found) return { id: found.id, form: found.genitive ? 'genitive' : 'name', start: n > 0 ? words[0].start : start, end };
    }
    return null;
  };

  /** The longest run of capitalised words after an organ's "i" that names a municipality. */
  const placeAt = (text: string, from: number): { id: string; end: number } | null => {
    const words = wordsAfter(text, from, maxWords);
    if (words.length === 0 || !/^\p{Lu}/u.test(words[0].text)) return null;
    for (let n = words.length; n >= 1; n--) {
      const written = words
        .slice(0, n)
        .map((w) => w.text)
        .join(' ');
      const found = forms.get(nameKey(written))?.id ?? shortName(municipalities, written)?.id;
      if (found) return { id: found, end: words[n - 1].end };
    }
    return null;
  };

  return {
    find(text) {
      const found: SelfName[] = [];
      for (const m of wholeWordMatches(lastWord, text)) {
        const name = nameAt(text, m.index, m.index + m[0].length);
        if (name) found.push(name);
      }
      for (const m of text.matchAll(topLevel)) {
        const end = m.index + m[0].length;
        let start = m.index;
        while (start > 0 && HOST_CHARACTER.test(text[start - 1])) start--;
        const id =
          start < m.index
            ? ownerOf(
                text
                  .slice(start, end)
                  .toLowerCase()
                  .replace(/^[.-]+/u, ''),
              )
            : undefined;
        if (id) found.push({ id, form: text[start - 1] === '@' ? 'mail' : 'web', start, end });
      }
      for (const m of text.matchAll(ORGAN_END)) {
        let start = m.index;
        while (start > 0 && WORD_CHARACTER.test(text[start - 1])) start--;
        const word = text.slice(start, m.index + m[0].search(/\s/u));
        if (!ORGAN_WORD.test(word)) continue;
        const place = placeAt(text, m.index + m[0].length);
        if (place) found.push({ id: place.id, form: 'organ', start, end: place.end });
      }
      return found.sort((a, b) => a.start - b.start);
    },
  };
}

/** A short name ("Lund", "Stockholm": the kommun, not the region) as it stands after "i". */
function shortName(municipalities: Municipalities, written: string): Municipality | undefined {
  const m = municipalities.byName(written);
  return m && nameKey(m.name) === nameKey(written) ? m : undefined;
}

/** Forms of a name that are not in the file but that writers use. */
function derivedNames(m: Municipality): string[] {
  if (m.kind === 'region') return [`Region ${m.name}`];
  return ORGANISATION_WORDS.flatMap((word) => [`${m.name} ${word}`, `${m.genitive} ${word}`]);
}

interface Word {
  text: string;
  start: number;
  end: number;
}

const SEPARATOR = /[ \t\u00a0\-\u2010-\u2013]/u;
const HOST_CHARACTER = /[a-z0-9.-]/iu;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Up to `max` words right before `index`, separated by spaces or hyphens only (a name does not cross a comma or a line). */
function wordsBefore(text: string, index: number, max: number): Word[] {
  const words: Word[] = [];
  let i = index;
  while (words.length < max) {
    let j = i;
    while (j > 0 && SEPARATOR.test(text[j - 1]) && i - j < 3) j--;
    if (j === i || j === 0) break;
    let k = j;
    while (k > 0 && WORD_CHARACTER.test(text[k - 1])) k--;
    if (k === j) break;
    words.unshift({ text: text.slice(k, j), start: k, end: j });
    i = k;
  }
  return words;
}

/** Up to `max` words from `index` on, separated by spaces or hyphens only. */
function wordsAfter(text: string, index: number, max: number): Word[] {
  const words: Word[] = [];
  let i = index;
  while (words.length < max && i < text.length) {
    let k = i;
    while (k < text.length && WORD_CHARACTER.test(text[k])) k++;
    if (k === i) break;
    words.push({ text: text.slice(i, k), start: i, end: k });
    let j = k;
    while (j < text.length && SEPARATOR.test(text[j]) && j - k < 3) j++;
    if (j === k) break;
    i = j;
  }
  return words;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '[ \\t\\u00a0\\-\\u2010-\\u2013]+');
}
