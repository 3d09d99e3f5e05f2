// `mrkoll review` as a library: the registry of checks (one module each, ESLint-style, written
// with defineCheck), the per-document context they read, and the run that applies every active
// rule to a document.
import type { Document, Lexicons, Registry, TaggedDocument } from '../types.js';
import type { SpellChecker } from '../language/hunspell.js';
import type { NameGroup } from '../names/types.js';
import { lineIndex } from './line-column.js';
import { indexSections } from './sections.js';
import { administrationSpelling } from './checks/administration-spelling.js';
import { caseNumberConsistency } from './checks/case-number-consistency.js';
import { caseNumberFormat } from './checks/case-number-format.js';
import { consistency } from './checks/consistency.js';
import { corpusNames } from './checks/corpus-names.js';
import { decisionPlanning } from './checks/decision-planning.js';
import { existence } from './checks/existence.js';
import { lexiconWording } from './checks/lexicon-wording.js';
import { lixCheck } from './checks/lix.js';
import { principlesSummary } from './checks/principles-summary.js';
import { recipientDuplicates } from './checks/recipient-duplicates.js';
import { recipientRegistry } from './checks/recipient-registry.js';
import { requiredPhrases } from './checks/required-phrases.js';
import { requiredSections } from './checks/required-sections.js';
import { sentenceLength } from './checks/sentence-length.js';
import { spelling } from './checks/spelling.js';
import { styleDensity } from './checks/style-density.js';
import { substitution } from './checks/substitution.js';
import { unknownBody } from './checks/unknown-body.js';
import { chooseProfile, profileSections } from './profiles.js';
import { bundledProfiles } from './rule-files.js';
import { hasFragments } from './rule-schema.js';
import type { Finding, ReviewCheck, ReviewContext, ReviewProfile, Rule, Severity } from './types.js';
import { runWithin } from '../util/time-budget.js';

export type { Finding, ReviewCheck, ReviewContext, ReviewProfile, Rule, Severity } from './types.js';
export { loadRules, readRules, defaultRulesDir, defaultKnownWordsFile, bundledProfiles, RuleError, type RuleSet } from './rule-files.js';
export { GENERIC_PROFILE, chooseProfile } from './profiles.js';
export { lineColumn, lineIndex } from './line-column.js';

/** Every check, by the kind rule files name. */
export const CHECKS: ReadonlyMap<string, ReviewCheck> = new Map(
  [
    existence,
    substitution,
    consistency,
    requiredPhrases,
    requiredSections,
    decisionPlanning,
    recipientRegistry,
    recipientDuplicates,
    administrationSpelling,
    corpusNames,
    unknownBody,
    caseNumberFormat,
    caseNumberConsistency,
    lexiconWording,
    spelling,
    lixCheck,
    sentenceLength,
    styleDensity,
    principlesSummary,
  ].map((check) => [check.meta.id, check]),
);

export interface ReviewSetup {
  lexicons: Lexicons;
  rules: Rule[];
  spell: SpellChecker | null;
  /** Overrides the document's detected city. */
  city?: string;
  /** Overrides the document's detected type. */
  type?: string;
  /** The type assumed when the document's type was not detected. */
  defaultType?: string;
  /** The review profiles by id (a RuleSet's); default the bundled ones. */
  profiles?: ReadonlyMap<string, ReviewProfile>;
  /** The profile to use whatever the document's city (--profile). */
  profile?: string;
  /** `mrkoll names` over the --corpus and the drafts (src/cli/review-corpus.ts), for the corpus-names rule. */
  names?: NameGroup[];
}

/** The context the checks read for `doc`. `tagged` comes from the tagging stage, when it ran. */
export function reviewContext(doc: Document, setup: ReviewSetup, tagged: TaggedDocument | null = null): ReviewContext {
  const documentType = setup.type ?? (doc.metadata.type !== 'other' ? doc.metadata.type : (setup.defaultType ?? 'tjänsteskrivelse'));
  const city = setup.city ?? doc.metadata.city;
  const registry = registryFor(doc, setup);
  const profile = chooseProfile(setup.profiles ?? bundledProfiles(), city, registry, setup.profile);
  return {
    lexicons: setup.lexicons,
    documentType,
    city,
    registry,
    profile,
    tagged,
    spell: setup.spell,
    lines: lineIndex(doc.text, doc),
    sections: indexSections(doc, profileSections(profile, documentType)),
    concepts: setup.lexicons.concepts,
    names: setup.names ?? null,
  };
}

/**
 * The city's registry: the --city flag's, else the document's city's; null when the city is
 * unknown or has no registry. Never guessed from the names the text uses: another city's
 * "Kommunstyrelsen" is no reason to hold a memo to Malmö's register.
 */
export function registryFor(doc: Document, setup: Pick<ReviewSetup, 'lexicons' | 'city'>): Registry | null {
  const city = setup.city ?? doc.metadata.city;
  return city ? (setup.lexicons.registries.find((r) => r.city === city) ?? null) : null;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * A rule's time on one document when it matches regular expressions from its rule file: 2 s, and
 * 2 s more per million characters (a user's rule of 1,000 words takes 1.6 s on a 1 MB text; the
 * bundled rules take at most 30 ms on the 100 kB seed report).
 */
export function ruleBudgetMs(textLength: number): number {
  return 2000 + textLength / 500;
}

export interface ReviewOptions {
  /** Called for each rule stopped at its time budget on the document; its findings there are dropped. */
  onOverrun?: (rule: Rule, budgetMs: number) => void;
  /** The budget instead of `ruleBudgetMs` (for tests). */
  budgetMs?: number;
}

/** Checks whose rule files carry regular-expression fragments: the ones a rule file can make slow. */
const budgeted = new WeakMap<ReviewCheck, boolean>();

function isBudgeted(check: ReviewCheck): boolean {
  let result = budgeted.get(check);
  if (result === undefined) budgeted.set(check, (result = hasFragments(check.meta.schema)));
  return result;
}

/**
 * Every active rule's findings for `doc`, in text order (errors first on the same spot). Each
 * rule's check is created on its first document and reused for the rest. A rule whose check runs
 * the rule file's own regular expressions runs with a time budget: one that a crafted pattern or
 * text makes backtrack for minutes is stopped, reported to `onOverrun`, and the other rules go on.
 * The others (spelling, LIX, sections) run only the tool's own code, and no budget: spelling a
 * long report legitimately takes seconds.
 */
export function reviewDocument(
  doc: Document,
  ctx: ReviewContext,
  rules: Rule[],
  checks: ReadonlyMap<string, ReviewCheck> = CHECKS,
  options: ReviewOptions = {},
): Finding[] {
  const findings: Finding[] = [];
  const budgetMs = options.budgetMs ?? ruleBudgetMs(doc.text.length);
  for (const rule of rules) {
    if (rule.severity === 'off') continue;
    const check = checks.get(rule.kind);
    if (!check) continue;
    if (!isBudgeted(check)) {
      findings.push(...check.checkFor(rule)(doc, ctx));
      continue;
    }
    const result = runWithin(budgetMs, () => check.checkFor(rule)(doc, ctx));
    if (result) findings.push(...result.value);
    else options.onOverrun?.(rule, budgetMs);
  }
  return sortFindings(findings);
}

/** Findings in text order, errors first on the same spot, then by rule. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.start - b.start || ORDER[a.severity] - ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId));
}

/** Counts by severity, for summaries and the exit status. */
export function countFindings(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
