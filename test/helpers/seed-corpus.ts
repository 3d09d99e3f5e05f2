// The seed corpus read, tagged and analysed in-process, once per test file.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocuments } from '../../src/corpus/extract.js';
import { loadLexicons } from '../../src/lexicon/load.js';
import { buildContext } from '../../src/tag/context.js';
import { tagDocument } from '../../src/tag/index.js';
import { loadAnalysisRules } from '../../src/analyze/rules.js';
import type { Lexicons, TaggedDocument } from '../../src/types.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SEEDS = path.join(ROOT, 'corpora/seeds');

export interface SeedCorpus {
  lexicons: Lexicons;
  all: TaggedDocument[];
  /** Without the manifest's variants (the -b memo). */
  counted: TaggedDocument[];
}

let cached: Promise<SeedCorpus> | null = null;

export function seedCorpus(): Promise<SeedCorpus> {
  cached ??= (async () => {
    const lexicons = loadLexicons();
    const context = buildContext(lexicons);
    const { documents } = await extractDocuments([SEEDS]);
    const all = documents.map((d) => tagDocument(d, context) as TaggedDocument);
    return { lexicons, all, counted: all.filter((d) => !d.metadata.variantOf) };
  })();
  return cached;
}

export const rules = () => loadAnalysisRules();

/** Names under "Beslutet skickas till" in the memo, as written. */
export function distributionList(memo: TaggedDocument): string[] {
  return memo.passages.filter((p) => p.kind !== 'heading' && p.sectionPath.at(-1) === 'Beslutet skickas till').map((p) => p.text.trim());
}
