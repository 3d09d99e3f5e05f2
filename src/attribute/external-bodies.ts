// Bodies that are never the city's own, found by name: the state agencies, courts and associations
// of language/external-bodies.yaml, the other kommuner and regioner of sweden/municipalities.yaml
// ("Alvesta kommun", "Göteborgs Stad", "Region Kronoberg", "Uppvidinge och Alvesta kommuner"), and
// the bodies that end like a university or a district court ("Linnéuniversitetet", "Växjö
// tingsrätt"). Each find says what its ID is made from; the city's own kommun is no find.
import { DataFileError, NON_BLANK_TEXT } from '../data-files/validate.js';
import { languageLoader } from '../language/data-files.js';
import { compileMatcher, dropNested, WordMemo, type LanguageData, type Matcher, type Token, type Tokens } from '../language/index.js';
import { municipalities, type Municipality } from '../lexicon/municipalities.js';
import { nameTerm } from '../lexicon/terms.js';
import { BUNDLED_LEXICONS_DIR } from '../paths.js';
import { EXTERNAL_KINDS, type ExternalKind, type Span, type TermMatch } from '../types.js';
import { markedIndex, MAY_EXTERNAL_ENDING, type WordMarks } from './marks.js';
import { firstTokenAtOrAfter, isCapitalized, joined, slugOf, sortInPlace, written } from './words.js';

export interface ExternalBody {
  name: string;
  kind: ExternalKind;
  /** Case-sensitive whole words: "IVO". */
  aliases: string[];
  /** The name may go on with "i <Ort>": "Förvaltningsrätten i Växjö". */
  inPlace: boolean;
}

export interface ExternalEnding {
  /** Lower case: "universitet", "universitetet", "universitets". */
  forms: string[];
  kind: ExternalKind;
}

export interface ExternalBodies {
  bodies: ExternalBody[];
  endings: ExternalEnding[];
  file: string;
}

/** A body that is not the city's, found in a text. */
export interface ExternalFind extends Span {
  /** The words as written. */
  name: string;
  /** What the ID is made from: the body's name, "Länsstyrelsen i Kronobergs län". */
  base: string;
  /** The ID's part after "external/": a kommun's or region's ID, else the slug of `base`. */
  slug: string;
  kind: ExternalKind;
  /** A kommun or region named in the genitive ("Göteborgs stads"): a name after it is its organ. */
  genitive: boolean;
}

const schema = {
  type: 'object',
  required: ['version', 'bodies', 'endings'],
  additionalProperties: false,
  properties: {
    version: { const: 1 },
    bodies: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'kind'],
        properties: {
          name: NON_BLANK_TEXT,
          kind: { enum: EXTERNAL_KINDS },
          aliases: { type: 'array', items: NON_BLANK_TEXT },
          inPlace: { type: 'boolean' },
        },
      },
    },
    endings: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['forms', 'kind'],
        properties: { forms: { type: 'array', items: NON_BLANK_TEXT, minItems: 1 }, kind: { enum: EXTERNAL_KINDS } },
      },
    },
  },
};

interface RawFile {
  version: 1;
  bodies: Array<{ name: string; kind: ExternalKind; aliases?: string[]; inPlace?: boolean }>;
  endings: ExternalEnding[];
}

/** Every problem in external-bodies.yaml, one per line as `file:line:col: message`. */
export class ExternalBodiesError extends DataFileError {}

const loader = languageLoader<RawFile, ExternalBodies>(
  'external-bodies.yaml',
  schema,
  (data, file) => ({
    bodies: data.bodies.map((b) => ({ name: b.name, kind: b.kind, aliases: b.aliases ?? [], inPlace: b.inPlace ?? false })),
    endings: data.endings.map((e) => ({ forms: e.forms.map((f) => f.toLocaleLowerCase('sv')), kind: e.kind })),
    file,
  }),
  ExternalBodiesError,
);

/** `<dir>/language/external-bodies.yaml`, else the bundled one; throws `ExternalBodiesError` when malformed. */
export function loadExternalBodies(dir: string = BUNDLED_LEXICONS_DIR): ExternalBodies {
  return loader.load(dir);
}

export function parseExternalBodies(text: string, file: string): ExternalBodies {
  return loader.parse(text, file);
}

/** The bodies and every kommun and region compiled into one matcher; made once per run. */
export interface ExternalIndex {
  bodies: ExternalBodies;
  matcher: Matcher;
  municipalities: readonly Municipality[];
}

export function compileExternalIndex(bodies: ExternalBodies, language?: LanguageData): ExternalIndex {
  const entries: { key: string; term: ReturnType<typeof nameTerm> }[] = [];
  bodies.bodies.forEach((body, i) => {
    entries.push({ key: `body:${i}`, term: nameTerm(body.name) });
    for (const alias of body.aliases) entries.push({ key: `body:${i}`, term: { text: alias, compound: 'none', caseSensitive: true } });
  });
  const all = municipalities().all;
  all.forEach((m, i) => {
    for (const name of municipalityNames(m)) entries.push({ key: `municipality:${i}`, term: { text: name, compound: 'none', caseSensitive: false } });
  });
  return { bodies, municipalities: all, matcher: compileMatcher(entries, { negation: false, coordination: false, language }) };
}

/**
 * How a kommun or region is written as an organisation: its official name and aliases, and for a
 * kommun "<genitive> kommun", "<name> kommun", "<genitive> stad" ("Stockholm stad" too, as
 * writers do). A bare place name ("i Lund") is a place, not a body.
 */
function municipalityNames(m: Municipality): string[] {
  const names = [m.official, ...m.aliases];
  if (m.kind === 'kommun') names.push(`${m.genitive} kommun`, `${m.name} kommun`, `${m.genitive} stad`, `${m.name} stad`);
  else names.push(`Region ${m.name}`);
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLocaleLowerCase('sv');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Every external body in `text` (its `tokens`), in text order. `city` is the document's: its own
 * kommun is not external, and neither is its own region when the city is a region.
 */
export function findExternalBodies(text: string, tokens: Tokens, index: ExternalIndex, city: string | null, marks: WordMarks): ExternalFind[] {
  const finds: ExternalFind[] = [];
  // Nearly every passage names no body by name: no copies, set and sort of an empty or one-match list then.
  const matches = index.matcher.matchTokens(text, tokens);
  for (const match of matches.length < 2 ? matches : withoutModifierTwins(dropNested(matches), index)) {
    const [kind, n] = match.key.split(':');
    if (kind === 'body') {
      const body = index.bodies.bodies[Number(n)];
      // "regional valmyndighet" is a role, not Valmyndigheten: a lower-case match must be the name itself.
      const lower = match.text.charAt(0) !== match.text.charAt(0).toLocaleUpperCase('sv');
      if (lower && !match.text.toLocaleLowerCase('sv').startsWith(body.name.toLocaleLowerCase('sv'))) continue;
      finds.push(bodyFind(text, tokens, match, body));
    } else {
      const m = index.municipalities[Number(n)];
      if (m.id === city) continue;
      finds.push(...municipalityFinds(text, tokens, match, m, index));
    }
  }
  for (const f of endingFinds(text, tokens, index.bodies.endings, finds, marks)) finds.push(f);
  return sortInPlace(finds, (a, b) => a.start - b.start);
}

/**
 * "Regeringskansliet" is a body's whole name and also "Regeringen" as a compound's first part:
 * the same words, so `dropNested` keeps both. The body whose name is the longer is the one meant.
 */
function withoutModifierTwins(matches: TermMatch[], index: ExternalIndex): TermMatch[] {
  const nameLength = (m: TermMatch) => (m.key.startsWith('body:') ? index.bodies.bodies[Number(m.key.slice(5))].name.length : 0);
  return matches.filter(
    (m) =>
      !m.key.startsWith('body:') ||
      !matches.some((o) => o !== m && o.start === m.start && o.end === m.end && o.key.startsWith('body:') && nameLength(o) > nameLength(m)),
  );
}

function bodyFind(text: string, tokens: Tokens, match: Span, body: ExternalBody): ExternalFind {
  let end = match.end;
  let base = body.name;
  if (body.inPlace) {
    const place = placeAfter(text, tokens, match.end);
    if (place) {
      end = place.end;
      base = `${body.name} i ${place.base}`;
    }
  }
  return { start: match.start, end, name: written(text, match.start, end), base, slug: slugOf(base), kind: body.kind, genitive: false };
}

/**
 * "i Kronobergs län", "i Växjö": capitalized words (at most three) after "i", and "län" after a
 * genitive; the genitive of the whole ("i Kronobergs läns") left out of `base`.
 */
function placeAfter(text: string, tokens: Tokens, from: number): { end: number; base: string } | null {
  let k = firstTokenAtOrAfter(tokens, from);
  if (k >= tokens.length || tokens.at(k).norm !== 'i' || !joined(text, { start: from, end: from }, tokens.at(k))) return null;
  const words: Token[] = [];
  for (k++; k < tokens.length && words.length < 3; k++) {
    const t = tokens.at(k);
    if (t.kind !== 'word' || !joined(text, words.at(-1) ?? tokens.at(k - 1), t)) break;
    if (isCapitalized(t.text)) words.push(t);
    else {
      if ((t.norm === 'län' || t.norm === 'läns') && words.length > 0) words.push(t);
      break;
    }
  }
  if (words.length === 0) return null;
  const parts = words.map((w) => w.text);
  if (parts.at(-1) === 'läns') parts[parts.length - 1] = 'län';
  return { end: words.at(-1)!.end, base: parts.join(' ') };
}

/**
 * A kommun or region; with "kommuner" after it also the kommuner coordinated before it
 * ("Uppvidinge och Alvesta kommuner": two finds).
 */
function municipalityFinds(text: string, tokens: Tokens, match: Span & { text: string }, m: Municipality, index: ExternalIndex): ExternalFind[] {
  const name = written(text, match.start, match.end);
  const kind: ExternalKind = m.kind === 'region' ? 'region' : 'kommun';
  const own: ExternalFind = { start: match.start, end: match.end, name, base: m.official, slug: m.id, kind, genitive: /s$/.test(name) && !/er$/.test(name) };
  if (!/kommuner$/i.test(name)) return [own];
  const finds = [own];
  let k = firstTokenAtOrAfter(tokens, match.start) - 1;
  while (k >= 1 && (tokens.at(k).norm === 'och' || tokens.at(k).text === ',')) {
    const word = tokens.at(k - 1);
    const other = word.kind === 'word' && isCapitalized(word.text) ? index.municipalities.find((x) => x.kind === 'kommun' && x.name === word.text) : undefined;
    if (!other) break;
    finds.push({ start: word.start, end: word.end, name: word.text, base: other.official, slug: other.id, kind: 'kommun', genitive: false });
    k -= 2;
  }
  return finds;
}

/** "Linnéuniversitetet", "Malmö universitet", "Högskolan i Halmstad", "Växjö tingsrätt"; only where `marks` marks `MAY_EXTERNAL_ENDING`. */
function endingFinds(text: string, tokens: Tokens, endings: readonly ExternalEnding[], taken: readonly Span[], marks: WordMarks): ExternalFind[] {
  const finds: ExternalFind[] = [];
  for (let m = 0; m < marks.length; m++) {
    if ((marks[m] & MAY_EXTERNAL_ENDING) === 0) continue;
    const i = markedIndex(marks[m]);
    const t = tokens.at(i);
    if (t.kind !== 'word') continue;
    const found = endingOfWord(t, endings);
    if (found !== null && !taken.some((s) => s.start < t.end && t.start < s.end)) {
      const { ending, form } = found;
      const bare = (s: string) => (s.endsWith('s') && ending.forms.includes(s.slice(0, -1)) ? s.slice(0, -1) : s);
      const prefix = t.norm.slice(0, t.norm.length - form.length);
      let start = t.start;
      let base = t.text.slice(0, prefix.length) + bare(form);
      let end = t.end;
      if (prefix === '') {
        const before = tokens.at(i - 1);
        const place = placeAfter(text, tokens, t.end);
        if (before && before.kind === 'word' && isCapitalized(before.text) && !before.sentenceInitial && joined(text, before, t)) {
          start = before.start;
          base = `${before.text} ${bare(form)}`;
        } else if (place && isCapitalized(t.text)) {
          end = place.end;
          base = `${t.text.charAt(0).toUpperCase()}${bare(form).slice(1)} i ${place.base}`;
        } else continue;
      } else if (!/\p{L}{2}-?$/u.test(prefix) || !isCapitalized(t.text)) continue;
      else {
        // "Sveriges lantbruksuniversitet": a capitalized word before belongs to the name.
        const before = tokens.at(i - 1);
        if (before && before.kind === 'word' && isCapitalized(before.text) && !before.sentenceInitial && joined(text, before, t)) {
          start = before.start;
          base = `${before.text} ${base}`;
        }
      }
      finds.push({ start, end, name: written(text, start, end), base, slug: slugOf(base), kind: ending.kind, genitive: false });
    }
  }
  return finds;
}

/** Whether a word of this form ends like a university or a court (`endingFinds`), from its norm. */
export function mayEndExternal(t: Token, endings: readonly ExternalEnding[]): boolean {
  return endingOfWord(t, endings) !== null;
}

/** The first ending `norm` has and its longest form, remembered per word: every word of every passage asks. */
function endingOfWord(t: Token, endings: readonly ExternalEnding[]): { ending: ExternalEnding; form: string } | null {
  let known = endingCache.get(endings);
  if (!known) endingCache.set(endings, (known = new WordMemo()));
  let found = known.get(t.word);
  if (found === undefined) {
    const norm = t.norm;
    found = null;
    for (const ending of endings) {
      // The longest form the word ends in, the first of equally long ones.
      let form: string | undefined;
      for (const f of ending.forms) if ((form === undefined || f.length > form.length) && norm.endsWith(f)) form = f;
      if (form !== undefined) {
        found = { ending, form };
        break;
      }
    }
    known.set(t.word, found);
  }
  return found;
}

const endingCache = new WeakMap<readonly ExternalEnding[], WordMemo<{ ending: ExternalEnding; form: string } | null>>();
