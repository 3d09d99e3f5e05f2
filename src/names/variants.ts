// Administration names as written, grouped under the registry's canonical name. Two forms are
// the same variant when they differ only in the case of the first letter (a sentence-initial
// capital, or the lower case Swedish uses for committees mid-sentence) or in the inflection of
// the last word (kulturnämnden, kulturnämndens, kulturnämnder; MKB Fastighets AB:s).
import { writtenByTheRules } from '../language/name-form.js';
import { stem } from '../language/stem.js';
import type { Administration, Lexicons, TaggedDocument } from '../types.js';
import { VariantTally } from './collect.js';
import { mergeOrganForms } from './organ-groups.js';
import type { NameGroup, NameVariant, VariantStatus } from './types.js';
import { loadAttributionCues } from '../attribute/cues.js';
import { escapeRegExp } from '../util/regexp.js';
import { BoundedMap } from '../util/bounded-map.js';
import { detached } from '../corpus/detached.js';
import { passagesOf, readTogether, withExamples, type At, type Examples, type GroupReader } from './places.js';
import { slugify } from '../lexicon/crosscheck.js';
import { cityOfId } from '../lexicon/administration-id.js';
import { capitalized } from '../util/swedish.js';

/** The grouping key of a written name: first letter folded, last word uninflected. */
export function variantKey(written: string): string {
  const words = written.replace(/\s+/g, ' ').trim().split(' ');
  if (words.length === 0 || words[0] === '') return '';
  words[0] = words[0].charAt(0).toLocaleLowerCase('sv') + words[0].slice(1);
  words[words.length - 1] = uninflected(words[words.length - 1]);
  return words.join(' ');
}

function uninflected(word: string): string {
  const bare = word.replace(/[:’'](s|n|en|na|ns|ens)$/i, '');
  if (bare !== word) return bare;
  // An abbreviation (AB, MKB) or a name part with inner capitals keeps its form.
  if (/\p{Lu}/u.test(word.slice(1))) return word;
  const stemmed = stem(word);
  const first = word.charAt(0);
  return stemmed.charAt(0) === first.toLocaleLowerCase('sv') ? first + stemmed.slice(1) : stemmed;
}

const ENDING = /^(?::?s|:?n|e[nt]s?|erna?s?|arna?s?|orna?s?|na|ns)$/;

/**
 * A name inside a compound ("kommunfullmäktigemålen", "MKB-kunder") is a mention of the
 * administration but not a way of writing its name.
 */
function isCompound(written: string, a: Administration | undefined): boolean {
  if (!a) return false;
  const lower = written.toLocaleLowerCase('sv');
  return [a.name, ...a.aliases, ...a.misspellings].some((n) => {
    const name = n.toLocaleLowerCase('sv');
    const rest = lower.slice(name.length);
    return lower.startsWith(name) && /^-?\p{L}/u.test(rest) && !ENDING.test(rest);
  });
}

/** Mentions that write the name out: not anaphors, group nouns, offices or inherited headings. */
const WRITTEN_OUT = new Set(['explicit']);

/**
 * The written-out form that stands for an unregistered organ: the most frequent; of equally
 * frequent ones the one its ID is made from ("Nämnden för Teknik", not a misspelt "Nämden för
 * Teknik" written as often), and then the one written by the rules ("Kultur- och
 * fritidsnämnden", not "Kultur och Fritidsnämnden"); -1 when every form is an abbreviation.
 */
function mostFrequentForm(variants: readonly NameVariant[], id: string): number {
  const first = variants.findIndex((v) => v.status === 'variant');
  if (first < 0) return first;
  const slug = id.slice(id.indexOf('/') + 1);
  const tied = variants.flatMap((v, i) => (v.status === 'variant' && v.count === variants[first].count ? [i] : []));
  const own = tied.filter((i) => slugify(variants[i].text) === slug);
  const pool = own.length > 0 ? own : tied;
  // Stable: the first of the best, so equal forms keep reading order.
  return pool.reduce((best, i) => (writtenByTheRules(variants[i].text) > writtenByTheRules(variants[best].text) ? i : best), pool[0]);
}

export function administrationGroups(docs: Iterable<TaggedDocument>, lexicons: Lexicons): NameGroup[] {
  return withExamples(docs, undefined, (examples) => readTogether(docs, [administrationReader(lexicons, examples)]));
}

/** Administration groups as a `GroupReader`. */
export function administrationReader(lexicons: Lexicons, examples: Examples): GroupReader {
  const registry = new Map<string, Administration>();
  for (const r of lexicons.registries) for (const a of r.administrations) registry.set(a.id, a);
  const tallies = new Map<string, VariantTally>();
  const abbreviations = new Abbreviations(lexicons, examples);
  // A written form's key, and whether it is a compound of an organ's name, by the form (and the
  // organ): one committee is written the same way thousands of times, and each costs a stem and
  // locale-aware lower-casing. Copies kept: a form cut from a passage holds the passage.
  const keys = new BoundedMap<string, string>(4096);
  const compounds = new BoundedMap<string, boolean>(4096);
  const read = (at: At) => {
    if (at.passageIndex === 0) abbreviations.read(at.doc);
    const passage = at.passage;
    for (const m of passage.mentions) {
      // The city's own organs the registry lacks count too; outside bodies are not its names.
      if (m.external || !WRITTEN_OUT.has(m.via) || m.end <= m.start) continue;
      const written = passage.text.slice(m.start, m.end) || m.name;
      let key = keys.get(written);
      if (key === undefined) keys.set(detached(written), (key = detached(variantKey(written))));
      if (!key) continue;
      const organForm = `${m.id}\n${written}`;
      let compound = compounds.get(organForm);
      if (compound === undefined) compounds.set(detached(organForm), (compound = isCompound(written, registry.get(m.id))));
      if (compound) continue;
      let tally = tallies.get(m.id);
      if (!tally) tallies.set(detached(m.id), (tally = new VariantTally(examples)));
      tally.add(key, written, at, m.start, m.end);
    }
  };
  return { read, finish: (docs) => administrationGroupsOf(tallies, registry, abbreviations, docs) };
}

/** The groups of the organs tallied, with the abbreviations found as variants of their own. */
function administrationGroupsOf(
  tallies: Map<string, VariantTally>,
  registry: Map<string, Administration>,
  abbreviations: Abbreviations,
  docs: Iterable<TaggedDocument>,
): NameGroup[] {
  const groups: NameGroup[] = [];
  for (const [id, tally] of tallies) {
    const a = registry.get(id);
    if (!a) {
      // No registry name: the most frequent form stands for the organ, written out if it ever is (not "VEAB").
      const marked = abbreviations.mark(tally.variants(() => 'variant'));
      const variants = [...marked, ...abbreviations.unintroduced(marked, docs)];
      const first = Math.max(0, mostFrequentForm(variants, id));
      variants.unshift({ ...variants.splice(first, 1)[0], status: 'canonical' });
      const canonical = capitalized(variants[0].text);
      groups.push({ kind: 'administration', id, canonical, inconsistent: variants.some(toFix), confidence: 'high', unregistered: true, variants });
      continue;
    }
    const canonical = new Set([variantKey(a.name)]);
    const aliases = new Set(a.aliases.map(variantKey));
    const known = new Set(a.misspellings.map(variantKey));
    const status = (key: string): VariantStatus =>
      canonical.has(key) ? 'canonical' : aliases.has(key) ? 'alias' : known.has(key) ? 'known-misspelling' : 'variant';
    // The registry's aliases are found in every document; an abbreviation a document introduces only in its own.
    const variants = abbreviations.mark(tally.variants(status));
    groups.push({ kind: 'administration', id, canonical: a.name, inconsistent: variants.some(toFix), confidence: 'high', variants });
  }
  const order = [...registry.keys()];
  const rank = (id: string) => (registry.has(id) ? order.indexOf(id) : order.length);
  // Registered organs the documents never name by their own name (an office is credited to its
  // committee) can still be what another form means: "Gatu- och fastighetskontoret".
  const cities = new Set([...tallies.keys()].map(cityOfId));
  const unnamed = [...registry.values()]
    .filter((a) => !tallies.has(a.id) && cities.has(cityOfId(a.id)))
    .map((a): NameGroup => ({ kind: 'administration', id: a.id, canonical: a.name, inconsistent: false, confidence: 'high', variants: [] }));
  return mergeOrganForms([...groups, ...unnamed], (id) => registry.has(id))
    .filter((g) => g.variants.length > 0)
    .sort((x, y) => Number(y.inconsistent) - Number(x.inconsistent) || rank(x.id) - rank(y.id) || x.id.localeCompare(y.id));
}

/** A form an editor should change: another wording or a known misspelling (abbreviations and aliases are information). */
const toFix = (v: NameVariant) => v.status === 'variant' || v.status === 'known-misspelling';

/** An abbreviation's shape: one word of two to eight letters, the first a capital ("BoU", "KSAU", "Vöfab"). */
const ABBREVIATION = /^\p{Lu}\p{L}{1,7}$/u;
/** An abbreviation introduced in brackets after the name it stands for: "(BoU)". */
const INTRODUCED = /\((\p{Lu}\p{L}{1,7})\)/gu;

/**
 * Organs' abbreviations, and the documents that introduce them: "Nämnden för Barn & Utbildning
 * (BoU)", then "BoU". An abbreviation each of its documents introduces, or one every kommun uses
 * (KS, KSAU, KPR: attribution.yaml's standard organs), is another correct name (alias); one a
 * document uses without introducing it while the organ is written out elsewhere is information
 * ("abbreviation"), not a misspelling.
 */
class Abbreviations {
  /** Per document path, the abbreviations it introduces: "(BoU)". */
  private readonly introduced = new Map<string, Set<string>>();
  private readonly standard: Set<string>;

  constructor(
    lexicons: Lexicons,
    private readonly examples: Examples,
  ) {
    this.standard = new Set(loadAttributionCues(lexicons.dir).unregistered.standard.flatMap((o) => o.aliases));
  }

  /** Notes what `doc` introduces, once per document, as it is read. */
  read(doc: TaggedDocument): void {
    const found = this.introduced.get(doc.path) ?? new Set<string>();
    for (const passage of doc.passages) for (const m of passage.text.matchAll(INTRODUCED)) found.add(detached(m[1]));
    this.introduced.set(detached(doc.path), found);
  }

  /**
   * The documents that use an abbreviation of the group without introducing it, where the
   * attribution (which reads one document at a time) could not tell whose it is: "Vöfab" in a
   * report, introduced only in another committee's minutes. Added as "abbreviation" forms.
   */
  unintroduced(variants: NameVariant[], docs: Iterable<TaggedDocument>): NameVariant[] {
    const extra: NameVariant[] = [];
    for (const v of variants) {
      const bare = v.text.replace(/:s$/, '');
      if (v.status !== 'alias' || !ABBREVIATION.test(bare) || this.standard.has(bare)) continue;
      const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(bare)}(?::s)?(?![\\p{L}\\p{N}])`, 'gu');
      const tally = new VariantTally(this.examples);
      for (const at of passagesOf(docs)) {
        if (v.documents.includes(at.doc.path)) continue;
        for (const m of at.passage.text.matchAll(word)) tally.add(bare, m[0], at, m.index, m.index + m[0].length);
      }
      extra.push(...tally.variants(() => 'abbreviation'));
    }
    return extra;
  }

  mark(variants: NameVariant[]): NameVariant[] {
    return variants.map((v) => {
      if (v.status !== 'variant') return v;
      const bare = v.text.replace(/:s$/, '');
      if (!ABBREVIATION.test(bare)) return v;
      const introducedIn = (path: string) => this.introduced.get(path)?.has(bare) ?? false;
      const introduced = [...this.introduced.keys()].some(introducedIn);
      // "Vidingehem" is a short form but no abbreviation, unless a document introduces it as one.
      if (!/\p{Lu}/u.test(bare.slice(1)) && !introduced) return v;
      if (this.standard.has(bare) || v.documents.every(introducedIn)) return { ...v, status: 'alias' };
      const writtenOut = variants.some((o) => o !== v && !ABBREVIATION.test(o.text.replace(/:s$/, '')));
      return introduced || writtenOut ? { ...v, status: 'abbreviation' } : v;
    });
  }
}
