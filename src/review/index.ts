// `mrkoll review` as a library: the registry of checks (one module each, ESLint-style, written
// with defineCheck), the per-document context they read, and the run that applies every active
// rule to a document.
import type { Document, Lexicons, Registry, TaggedDocument } from '../types.js';
import type { SpellChecker } from '../language/hunspell.js';
import { lineIndex } from './line-column.js';
import { indexSections } from './sections.js';
import { administrationSpelling } from './checks/administration-spelling.js';
import { caseNumberConsistency } from './checks/case-number-consistency.js';
import { caseNumberFormat } from './checks/case-number-format.js';
import { consistency } from './checks/consistency.js';
import { decisionPlanning } from './checks/decision-planning.js';
import { existence } from './checks/existence.js';
import { lexiconWording } from './checks/lexicon-wording.js';
import { lixCheck } from './checks/lix.js';
import { principlesSummary } from './checks/principles-summary.js';
import { recipientDuplicates } from './checks/recipient-duplicates.js';
import { recipientRegistry } from './checks/recipient-registry.js';
import { requiredPhrases } from './checks/required-phrases.js';
import { requiredSections, sectionDefsFor } from './checks/required-sections.js';
import { sentenceLength } from './checks/sentence-length.js';
import { spelling } from './checks/spelling.js';
import { styleDensity } from './checks/style-density.js';
import { substitution } from './checks/substitution.js';
import { unknownBody } from './checks/unknown-body.js';
import { hasFragments } from './rule-schema.js';
import type { Finding, ReviewCheck, ReviewContext, Rule, Severity } from './types.js';
import { runWithin } from '../util/time-budget.js';

export type { Finding, ReviewCheck, ReviewContext, Rule, Severity } from './types.js';
export { loadRules, readRules, defaultRulesDir, defaultKnownWordsFile, RuleError, type RuleSet } from './rule-files.js';
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
}

/** The context the checks read for `doc`. `tagged` comes from the tagging stage, when it ran. */
export function reviewContext(doc: Document, setup: ReviewSetup, tagged: TaggedDocument | null = null): ReviewContext {
  const documentType = setup.type ?? (doc.metadata.type !== 'other' ? doc.metadata.type : (setup.defaultType ?? 'tjänsteskrivelse'));
  const sectionsRule = setup.rules.find((r) => r.kind === 'required-sections');
  return {
    lexicons: setup.lexicons,
    documentType,
    registry: registryFor(doc, setup),
    tagged,
    spell: setup.spell,
    lines: lineIndex(doc.text, doc),
    sections: indexSections(doc, sectionDefsFor(documentType, sectionsRule)),
    concepts: setup.lexicons.concepts,
  };
}

/**
 * The city's registry: the --city flag, else the document's city, else the registry whose names
 * the text uses most (a draft rarely says which city it is from).
 */
export function registryFor(doc: Document, setup: Pick<ReviewSetup, 'lexicons' | 'city'>): Registry | null {
  const registries = setup.lexicons.registries;
  const city = setup.city ?? doc.metadata.city;
  if (city) return registries.find((r) => r.city === city) ?? null;
  let best: Registry | null = null;
  let bestHits = 0;
  for (const registry of registries) {
    const hits = registry.administrations.filter((a) => doc.text.includes(a.name)).length;
    if (hits > bestHits) [best, bestHits] = [registry, hits];
  }
  return best;
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
  return findings.sort((a, b) => a.start - b.start || ORDER[a.severity] - ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId));
}

/** Counts by severity, for summaries and the exit status. */
export function countFindings(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
