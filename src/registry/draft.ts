// `mrkoll registry init`: a city's registry drafted from its own documents. Every organ the
// documents name by shape (attribute/organ-shapes.ts) becomes an entry: the name it is most often
// written under, its kind, the other ways it is written (as aliases or misspellings, each only when
// the names before it do not already cover it), how often, two sentences that name it as `match`
// examples and the committee an office serves. A draft must pass `mrkoll lexicon check` as written,
// and each of its examples must match under its own registry, as test/lexicon/examples.test.ts
// runs them: a person edits it, and it is the city's registry.
import { attributionScope, type TaggingContext } from '../tag/context.js';
import { organsOfDocument, type OrganFind } from '../attribute/index.js';
import { compileMatcher, dropNested, type Matcher } from '../language/index.js';
import { slugify } from '../lexicon/crosscheck.js';
import { cityOfId } from '../lexicon/administration-id.js';
import { cityName } from '../lexicon/municipalities.js';
import { administrationEntries } from '../lexicon/terms.js';
import { ADMINISTRATION_KINDS, type Administration, type AdministrationKind, type Document, type Passage, type Registry } from '../types.js';
import { capitalized } from '../util/swedish.js';

/** One organ of the draft, with what the documents showed of it. */
export interface DraftOrgan extends Administration {
  /** Times named, and in how many documents. */
  count: number;
  documents: number;
  /** Every way it was written, most frequent first. */
  seen: { text: string; count: number }[];
}

export interface RegistryDraft {
  city: string;
  /** The city's official name: "Växjö kommun". */
  name: string;
  organs: DraftOrgan[];
  /** The documents read. */
  documents: number;
}

/** What is collected of one organ over the corpus. */
interface Tally {
  id: string;
  /** The name as the organ finder normalized it: no genitive, no city before it. */
  base: string;
  kinds: Map<AdministrationKind, number>;
  written: Map<string, number>;
  documents: Set<string>;
  /** Candidate example sentences, in reading order, at most one per passage. */
  sentences: string[];
  /** Committee ID → times the documents paired this office with it. */
  serves: Map<string, number>;
}

/** How many candidate sentences are kept per organ; two become examples. */
const MAX_CANDIDATES = 24;
/** A sentence longer than this is a poor example (a table row, a list run together). */
const MAX_EXAMPLE_LENGTH = 240;
/** Entry order: the city's leadership first, then committees, offices and the rest. */
const KIND_ORDER: readonly AdministrationKind[] = [
  'fullmäktige',
  'styrelse',
  'utskott',
  'nämnd',
  'förvaltning',
  'beredning',
  'råd',
  'revision',
  'bolag',
  'stad',
];
/** A short form: "KS", "KSAU", "BoU", "VEAB" (and its genitive "BoU:s"). */
const ABBREVIATION = /^\p{Lu}[\p{L}]{1,7}(?::s)?$/u;
/** " i Växjö", " i Växjö kommun" after a name. */
const OWN_PLACE = / i \p{Lu}[\p{L}-]*(?: (?:kommun|stad))?$/u;
const COMMITTEE_KINDS = new Set<string>(['nämnd', 'styrelse', 'fullmäktige', 'revision', 'råd']);

/**
 * The draft of `city`'s registry from `documents`, read as that city's and without any registry
 * of its own (every organ found by its shape). Outside bodies are left out.
 */
export function draftRegistry(documents: readonly Document[], context: TaggingContext, city: string): RegistryDraft {
  const tallies = new Map<string, Tally>();
  for (const doc of documents) {
    const own = { ...doc, metadata: { ...doc.metadata, city } };
    const organs = organsOfDocument(own, { ...attributionScope(own, context), city, names: null });
    doc.passages.forEach((passage, i) => {
      const took = new Set<string>();
      for (const find of organs.passages[i]) {
        if (find.external || !isAdministrationKind(find.kind)) continue;
        const tally = tallyOf(tallies, find.id, find.base);
        count(tally.kinds, find.kind);
        count(tally.written, find.name.replace(/\s+/g, ' '));
        tally.documents.add(doc.path);
        if (!took.has(find.id) && tally.sentences.length < MAX_CANDIDATES) {
          const sentence = sentenceAround(doc, passage, passage.start + find.start);
          if (sentence && !tally.sentences.includes(sentence)) tally.sentences.push(sentence);
          took.add(find.id);
        }
      }
    });
    // The pairs go both ways: office → committee, committee → office (a förvaltning).
    for (const [id, pair] of organs.pairs) {
      const office = tallies.get(id);
      if (office && pair.kind !== 'förvaltning') count(office.serves, pair.id);
    }
  }
  const { organs, byTally } = namedOrgans([...tallies.values()], city);
  addExamples(organs, [...tallies.values()], byTally, city);
  return { city, name: cityName(city), organs, documents: documents.length };
}

function tallyOf(tallies: Map<string, Tally>, id: string, base: string): Tally {
  let tally = tallies.get(id);
  if (!tally) tallies.set(id, (tally = { id, base, kinds: new Map(), written: new Map(), documents: new Set(), sentences: [], serves: new Map() }));
  return tally;
}

function count<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function isAdministrationKind(kind: OrganFind['kind']): kind is AdministrationKind {
  return (ADMINISTRATION_KINDS as readonly string[]).includes(kind);
}

/** Keys by count, most first; ties in first-seen order. */
function byCount<K>(counts: Map<K, number>): K[] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([key]) => key);
}

/** The sentence of `passage` around `offset` (in the document's text), white space collapsed, or null when too long to show. */
function sentenceAround(doc: Document, passage: Passage, offset: number): string | null {
  const span = passage.sentences.find((s) => offset >= s.start && offset < s.end) ?? passage;
  const text = doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  return text.length > 0 && text.length <= MAX_EXAMPLE_LENGTH ? text : null;
}

/**
 * Each organ's name, kind and other names. The name is its most frequent written form whose
 * slug is its ID's (a genitive or a "Lunds kommuns" in front is no name), capitalized; the others
 * follow, most frequent first, each only when the names so far do not match it already: a short
 * form or a form differing only in "&"/"och" and case is an alias, anything else a misspelling.
 * A form another organ already has is left to that one (a registry's names are unique).
 */
function namedOrgans(tallies: Tally[], city: string): { organs: DraftOrgan[]; byTally: Map<string, DraftOrgan> } {
  const taken = new Set<string>();
  const organs: DraftOrgan[] = [];
  const byTally = new Map<string, DraftOrgan>();
  const ordered = [...tallies].sort((a, b) => total(b.written) - total(a.written));
  for (const tally of ordered) {
    const slug = tally.id.slice(tally.id.indexOf('/') + 1);
    const forms = byCount(tally.written);
    const written = forms.find((f) => !ABBREVIATION.test(f) && slugify(f) === slug) ?? (slugify(tally.base) === slug ? tally.base : forms[0]);
    const name = capitalized(written);
    // Two IDs under one name: the less frequent is the same organ ("Kommunstyrelsens" cut short).
    const same = organs.find((o) => o.name.toLocaleLowerCase('sv') === name.toLocaleLowerCase('sv'));
    if (same) {
      byTally.set(tally.id, same);
      continue;
    }
    taken.add(name.toLocaleLowerCase('sv'));
    const organ: DraftOrgan = {
      id: `${city}/${slugify(name)}`,
      name,
      kind: byCount(tally.kinds)[0],
      aliases: [],
      misspellings: [],
      count: total(tally.written),
      documents: tally.documents.size,
      seen: forms.map((text) => ({ text, count: tally.written.get(text)! })),
    };
    for (const form of forms) {
      if (taken.has(form.toLocaleLowerCase('sv')) || coveredBy(organ, form)) continue;
      // "Nämnden för Kultur & Fritid i Växjö kommun": the name and whose it is, no other name.
      const own = OWN_PLACE.exec(form);
      if (own && coveredBy(organ, form.slice(0, own.index))) continue;
      taken.add(form.toLocaleLowerCase('sv'));
      if (ABBREVIATION.test(form)) organ.aliases.push(form.replace(/:s$/, ''));
      else if (sameName(form, name)) organ.aliases.push(form);
      else if (clippedName(form, name)) organ.aliases.push(name.slice(name.length - form.replace(/:?s$/, '').length));
      else organ.misspellings.push(form);
    }
    organs.push(organ);
    byTally.set(tally.id, organ);
  }
  for (const tally of ordered) {
    const organ = byTally.get(tally.id);
    const committee = byTally.get(byCount(tally.serves)[0] ?? '');
    if (organ?.kind === 'förvaltning' && committee && COMMITTEE_KINDS.has(committee.kind)) organ.serves = committee.id;
  }
  organs.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || b.count - a.count || a.name.localeCompare(b.name, 'sv'));
  return { organs, byTally };
}

function total(counts: Map<string, number>): number {
  return [...counts.values()].reduce((sum, n) => sum + n, 0);
}

/** The same name but for case, "&" for "och" and a genitive -s at the end. */
function sameName(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLocaleLowerCase('sv')
      .replace(/\s*&\s*/g, ' och ')
      .replace(/\s+/g, ' ')
      .replace(/:?s$/, '');
  return norm(a) === norm(b);
}

/** "fullmäktiges" of "Kommunfullmäktige": the name's last part (five letters or more), a short form people write, not a misspelling. */
function clippedName(form: string, name: string): boolean {
  const tail = form.toLocaleLowerCase('sv').replace(/:?s$/, '');
  const whole = name.toLocaleLowerCase('sv');
  // A bare head noun ("styrelsen", "nämnden") names any body of its kind, not this one.
  if (/^(?:nämnd|styrels|förvaltning|kontor|utskott|bolag|råd)/.test(tail)) return false;
  return tail.length >= 5 && tail.length < whole.length && whole.endsWith(tail);
}

/** Whether the organ's names so far match all of `form` already (case, inflection). */
function coveredBy(organ: Administration, form: string): boolean {
  const matcher = registryMatcher([organ], cityOfId(organ.id));
  return matcher.match(form).some((m) => m.key === organ.id && m.start === 0 && m.end === form.length);
}

function registryMatcher(administrations: Administration[], city: string): Matcher {
  const registry: Registry = { city, name: city, administrations, groups: [], file: '' };
  return compileMatcher(administrationEntries([registry]), { negation: false });
}

/**
 * Two `match` examples per organ, from different documents where it can, each one the whole draft
 * registry finds the organ in (the longer name winning where names nest, as in tagging); one
 * `nomatch`: a sentence of its paired office or committee, else of another organ, that does not
 * name it. An organ with no sentence that matches (every one too long, or another name nested
 * over it) has its name as its example.
 */
function addExamples(organs: DraftOrgan[], tallies: Tally[], byTally: Map<string, DraftOrgan>, city: string): void {
  const matcher = registryMatcher(organs, city);
  const names = (sentence: string) => new Set(dropNested(matcher.match(sentence)).map((m) => m.key));
  const sentencesOf = new Map<string, string[]>();
  for (const tally of tallies) {
    const organ = byTally.get(tally.id);
    if (organ) sentencesOf.set(organ.id, [...(sentencesOf.get(organ.id) ?? []), ...tally.sentences]);
  }
  for (const organ of organs) {
    const candidates = sentencesOf.get(organ.id) ?? [];
    const matching = candidates.filter((s) => names(s).has(organ.id));
    const match = matching.slice(0, 2);
    if (match.length === 0) match.push(organ.name);
    const partner = organ.serves ?? organs.find((o) => o.serves === organ.id)?.id;
    const others = [
      ...(partner ? (sentencesOf.get(partner) ?? []) : []),
      ...organs.flatMap((o) => (o.id === organ.id ? [] : (sentencesOf.get(o.id) ?? []).slice(0, 1))),
    ];
    const nomatch = others.find((s) => !names(s).has(organ.id) && !match.includes(s));
    organ.examples = { match, nomatch: nomatch ? [nomatch] : [] };
  }
}
