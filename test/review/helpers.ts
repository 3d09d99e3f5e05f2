// Shared by the review tests: documents from plain text through the real normalize and segment
// stages, and one review setup (lexicons, rules, Hunspell, tagging) loaded once per test file.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize } from '../../src/normalize/index.js';
import { segment } from '../../src/segment/index.js';
import { loadLexicons } from '../../src/lexicon/load.js';
import { buildContext } from '../../src/tag/context.js';
import { tagDocument } from '../../src/tag/index.js';
import { createSpellChecker } from '../../src/language/hunspell.js';
import { CHECKS, loadRules, reviewContext, reviewDocument, type Finding, type RuleSet } from '../../src/review/index.js';
import type { Document, DocumentMetadata, Lexicons, RawDocument } from '../../src/types.js';
import { SHARED } from '../helpers/ingest.js';
import { extractDocuments } from '../../src/corpus/extract.js';
import { loadAnalysisRules } from '../../src/analyze/rules.js';
import { actionable, analyzeNames } from '../../src/names/index.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SEED_A = path.join(SHARED, 'seeds/malmo-tjansteskrivelse-stk-2023-138-a.txt');
export const SEED_B = path.join(SHARED, 'seeds/malmo-tjansteskrivelse-stk-2023-138-b.txt');
export const FIXTURE_DOCX = path.join(SHARED, 'fixtures/tjansteskrivelse-stk-2023-138.docx');
export const PLANTED = path.join(ROOT, 'test/review/fixtures/utkast-med-fel.txt');

/** A document from plain text (one line a source line), as the pipeline would read a .txt file. */
export function docFrom(text: string, metadata: Partial<DocumentMetadata> = {}): Document {
  const raw: RawDocument = {
    path: 'utkast.txt',
    format: 'txt',
    bytes: Buffer.byteLength(text),
    sha256: '0'.repeat(64),
    encoding: 'utf-8',
    lines: text.split('\n'),
    warnings: [],
  };
  const doc = segment(normalize(raw));
  return { ...doc, metadata: { ...doc.metadata, city: 'malmo', ...metadata } };
}

/** A file as every command reads it: extracted, then located (its city and case numbers, src/locate). */
export async function readDocument(file: string): Promise<Document> {
  const { documents, failures } = await extractDocuments([file], { cache: false });
  if (failures.length > 0) throw new Error(failures.map((f) => f.reason).join('; '));
  return documents[0];
}

export interface Reviewer {
  lexicons: Lexicons;
  ruleSet: RuleSet;
  /** Findings of every active rule, or of `ruleId` only; with `corpus`, as `review --corpus` would. */
  review(doc: Document, ruleId?: string, corpus?: Document[]): Finding[];
}

let shared: Promise<Reviewer> | null = null;

export function reviewer(): Promise<Reviewer> {
  shared ??= (async () => {
    const lexicons = loadLexicons();
    const ruleSet = loadRules([], CHECKS);
    const spell = await createSpellChecker([...lexicons.knownWords, ...ruleSet.knownWords]);
    const tagContext = buildContext(lexicons, {});
    const setup = { lexicons, rules: ruleSet.rules, spell };
    const analysisRules = loadAnalysisRules();
    return {
      lexicons,
      ruleSet,
      review(doc, ruleId, corpus) {
        const rules = ruleSet.rules.filter((r) => r.severity !== 'off' && (ruleId === undefined || r.id === ruleId));
        if (ruleId !== undefined && rules.length === 0) throw new Error(`ingen regel ${ruleId}`);
        const tagged = tagDocument(doc, tagContext);
        // As review --corpus does it (src/cli/review-corpus.ts): names over the corpus and the draft.
        const names = corpus
          ? actionable(analyzeNames([...corpus.map((d) => tagDocument(d, tagContext)), tagged], lexicons, { rules: analysisRules, checker: spell })).groups
          : undefined;
        return reviewDocument(doc, reviewContext(doc, { ...setup, names }, tagged), rules);
      },
    };
  })();
  return shared;
}

/** A finding as `line:column ruleId excerpt`, for readable assertions. */
export function brief(f: Finding): string {
  return `${f.line}:${f.column} ${f.ruleId} ${f.excerpt}`;
}

/**
 * A short, clean tjänsteskrivelse: every standard section, dates in order, registered
 * recipients, consequences for rights and for children. Tests change one thing at a time.
 */
export const CLEAN_MEMO = `Tjänsteskrivelse
Datum 2024-04-23

Lokaler för förskolan i Rosengård STK-2024-55

Sammanfattning
Förskolenämnden behöver fler platser i Rosengård. Stadskontoret föreslår att nämnden hyr en ny lokal.

Förslag till beslut
Kommunstyrelsen föreslår kommunfullmäktige besluta

1. Kommunfullmäktige godkänner hyresavtalet.

Beslutsunderlag
G-Tjänsteskrivelse KSAU 240429 Lokaler för förskolan i Rosengård

Beslutsplanering
Kommunstyrelsens arbetsutskott 2024-04-29
Kommunstyrelsen 2024-05-07
Kommunfullmäktige 2024-05-23

Beslutet skickas till
Förskolenämnden
Servicenämnden
Stadskontorets handläggare

Ärendet
Förskolenämnden har i dag för få platser i området. En ny lokal ger plats för sextio barn. Stadskontoret har prövat barnets bästa: barnen får kortare väg till förskolan. Förslaget stärker barns rätt till utbildning och de mänskliga rättigheterna i området.

Ansvariga
Anna Andersson Avdelningschef
`;

/** CLEAN_MEMO with `from` replaced by `to` (which must occur). */
export function memoWith(from: string, to: string): string {
  if (!CLEAN_MEMO.includes(from)) throw new Error(`"${from}" finns inte i CLEAN_MEMO`);
  return CLEAN_MEMO.replace(from, to);
}
