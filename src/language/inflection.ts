// Inflection of the words of a multi-word term: "särskilt boende" must also find "särskilda
// boenden", "psykisk ohälsa" "den psykiska ohälsan". Nouns meet by stem already (boende, boenden,
// boendet share one); adjectives do not, since the stemmer leaves the neuter -t (särskilt /
// särskild, socialt / social, gott / god). So each word of a term is given the forms an adjective
// would have, and the matcher walks every combination of their stems. A form no text has costs a
// trie node and nothing else; irregular words (liten / små) are data in swedish.yaml.
import { SNOWBALL_SV_STOP_WORDS } from './stopwords.js';

const STOP = new Set(SNOWBALL_SV_STOP_WORDS);
const LETTERS = /^[a-zåäöéü]+$/;
const VOWEL = /[aeiouyåäöéü]$/;

/** Irregular words as lists of forms, looked up from any of them. */
export type IrregularForms = ReadonlyMap<string, readonly string[]>;

export function irregularForms(groups: readonly (readonly string[])[]): IrregularForms {
  const byForm = new Map<string, readonly string[]>();
  for (const group of groups) {
    const forms = group.map((f) => f.toLowerCase());
    for (const form of forms) byForm.set(form, [...(byForm.get(form) ?? []), ...forms]);
  }
  return byForm;
}

/**
 * The forms `word` (lower case) may take in a phrase: itself, its irregular forms, and the
 * adjective forms of each base form it may be inflected from. Function words (för, mot, i) and
 * words of fewer than three letters are only themselves.
 */
export function phraseWordForms(word: string, irregular: IrregularForms): string[] {
  const forms = new Set([word, ...(irregular.get(word) ?? [])]);
  if (word.length < 3 || STOP.has(word) || !LETTERS.test(word)) return [...forms];
  for (const base of baseForms(word)) for (const form of adjectiveForms(base)) forms.add(form);
  return [...forms];
}

/**
 * Base (common-gender singular) forms `word` may be an inflection of: särskilda → särskild,
 * nationellt → nationell, särskilt → särskild, gott → god, nytt → ny, öppna → öppen, enkla → enkel.
 */
function baseForms(word: string): string[] {
  const bases = [word];
  const n = word.length;
  const last = word[n - 1];
  if ((last === 'a' || last === 'e') && n > 3) {
    const stem = word.slice(0, -1);
    bases.push(stem);
    // öppna → öppen, enkla → enkel, gamla → gammal (irregular), vackra → vacker.
    if (/[nlr]$/.test(stem) && !VOWEL.test(stem.slice(0, -1)) && stem[stem.length - 2] !== stem[stem.length - 1])
      bases.push(`${stem.slice(0, -1)}e${stem[stem.length - 1]}`);
  }
  if (word.endsWith('tt') && n > 3) bases.push(word.slice(0, -2), `${word.slice(0, -2)}d`);
  else if (last === 't' && n > 3) {
    bases.push(word.slice(0, -1), `${word.slice(0, -1)}d`);
    if (word.endsWith('et')) bases.push(`${word.slice(0, -2)}en`);
  }
  return bases;
}

/** An adjective's forms from its base: särskild, särskilt, särskilda, särskilde; öppen, öppet, öppna. */
function adjectiveForms(base: string): string[] {
  const forms = [base, `${base}a`, `${base}e`];
  const n = base.length;
  if (base.endsWith('en') && n > 3) forms.push(`${base.slice(0, -2)}et`, `${base.slice(0, -2)}na`);
  else if (/e[lr]$/.test(base) && n > 3) forms.push(`${base.slice(0, -2)}${base[n - 1]}a`, `${base}t`);
  else if (base.endsWith('d')) {
    // särskild → särskilt, god → gott, and participles: hedersrelaterad → hedersrelaterat.
    forms.push(VOWEL.test(base.slice(0, -1)) ? `${base.slice(0, -1)}tt` : `${base.slice(0, -1)}t`);
    if (base.endsWith('ad') && n > 4) forms.push(`${base.slice(0, -1)}t`);
  } else if (VOWEL.test(base)) forms.push(`${base}tt`);
  else if (!base.endsWith('t')) forms.push(`${base}t`);
  return forms;
}
