// What the scale corpus is made of: the seeds' passages, read through the pipeline itself, and
// the names of Malmö's committees and companies to substitute into them, so that the generated
// answers come from many administrations instead of the five that wrote the seeds.
import path from 'node:path';
import { extractDocuments } from '../../corpus/extract.js';
import type { Administration, Lexicons } from '../../types.js';
import { PACKAGE_ROOT } from '../../paths.js';
import { escapeRegExp } from '../../util/regexp.js';

export interface MaterialPassage {
  kind: 'heading' | 'paragraph' | 'list-item';
  text: string;
}

export interface Material {
  /** Seed passages in reading order, per seed document. */
  documents: MaterialPassage[][];
  /** Committees and companies a generated answer can come from. */
  authors: Administration[];
  /** Every registered name (name and misspellings) found in seed text, longest first, as one pattern. */
  names: RegExp;
}

/** corpora/seeds, from both src/bench/corpus and dist/bench/corpus. */
export const SEEDS_DIR = path.join(PACKAGE_ROOT, 'corpora', 'seeds');

export async function loadMaterial(lexicons: Lexicons): Promise<Material> {
  const { documents } = await extractDocuments([SEEDS_DIR], { cache: false });
  const passages = documents.map((doc) =>
    doc.passages.filter((p) => p.text.length >= 3).map((p): MaterialPassage => ({ kind: p.kind === 'table-row' ? 'paragraph' : p.kind, text: p.text })),
  );
  const registry = lexicons.registries.find((r) => r.city === 'malmo');
  if (!registry) throw new Error('lexikonen saknar Malmös register');
  const authors = registry.administrations.filter((a) => a.kind === 'nämnd' || a.kind === 'bolag');
  const spellings = registry.administrations
    .filter((a) => a.kind === 'nämnd' || a.kind === 'bolag' || a.kind === 'förvaltning')
    .flatMap((a) => [a.name, ...a.misspellings])
    .sort((a, b) => b.length - a.length)
    .map((name) => escapeRegExp(name).replace(/ /g, '\\s+'));
  return { documents: passages, authors, names: new RegExp(`(?<![\\p{L}-])(?:${spellings.join('|')})`, 'giu') };
}

/**
 * `text` with every registered committee or company name replaced by `pick()`'s name, keeping
 * inflection ("Kulturnämndens" → "Fritidsnämndens") and a lower-case start mid-sentence.
 */
export function substituteNames(text: string, material: Material, pick: () => Administration): string {
  return text.replace(material.names, (found) => {
    const name = pick().name;
    const lower = found[0] !== found[0].toUpperCase() && !/^\p{Lu}{2}/u.test(name);
    return lower ? name[0].toLowerCase() + name.slice(1) : name;
  });
}
