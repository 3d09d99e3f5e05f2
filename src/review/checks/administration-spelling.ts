// Administrations spelt the way the city's registry spells them. In the recipient list and the
// decision planning every entry is resolved (known misspelling, capitals, near miss such as
// "Kulturnämden"); in the running text the registry's known misspellings are looked for
// ("Hälsa-, vård och omsorgsnämnden" for "Hälsa-, vård- och omsorgsnämnden"), and organ names
// near exactly one of the registry's and the same as none ("Fritdsnämnden"), or a wrong name for
// exactly one ("Fritids- och kulturnämnden"), by the comparison `names` uses (src/names/organ-forms.ts).
import { compareOrganNames, wrongNameEvidence } from '../../names/organ-forms.js';
import { escapeRegExp } from '../../util/regexp.js';
import { memoizeByObject } from '../../util/memo.js';
import { defineCheck } from '../define-check.js';
import { nameLookup, type NameLookup } from '../registry-lookup.js';
import { readRecipients, rolePatterns, type RolePattern } from '../recipients.js';
import { lineSpans, trimSpan } from '../sections.js';
import type { Finding, ReviewContext, RuleContext } from '../types.js';
import type { Registry, Span } from '../../types.js';

interface AdministrationSpellingData {
  /** Sections read as one name a line (dates are cut off): recipients, decision planning. */
  listSections: string[];
  roles?: string[];
}

type AdministrationSpellingRule = RuleContext<AdministrationSpellingData, never>;

const FORM_WORDS: Record<string, string> = {
  misspelling: 'känd felstavning',
  case: 'versaler',
  near: 'stavfel',
  possible: 'möjligen stavfel',
  wrong: 'möjligen fel namn',
};

export const administrationSpelling = defineCheck<AdministrationSpellingData>({
  meta: {
    id: 'administration-spelling',
    description: 'Nämnder, förvaltningar och bolag ska stavas som i stadens register.',
    defaultSeverity: 'warning',
    schema: {
      required: ['listSections'],
      properties: {
        listSections: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
        roles: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
    },
    messages: {},
  },
  create(rule) {
    const roles = rolePatterns(rule.data.roles ?? []);
    return (doc, ctx) => {
      if (!ctx.registry) return [];
      const lookup = nameLookup(ctx.registry);
      const findings: Finding[] = [];
      const lists: Span[] = [];
      for (const name of rule.data.listSections) {
        const section = ctx.sections.get(name);
        if (!section) continue;
        lists.push(section.body);
        for (const entry of listEntries(doc.text, section.body, lookup, roles)) {
          const r = entry.resolution;
          if (!r || r.form === 'canonical') continue;
          findings.push(rule.finding(ctx, entry.start, entry.end, { values: { expected: r.canonical, form: FORM_WORDS[r.form] }, expected: r.canonical }));
        }
      }
      findings.push(...runningText(doc.text, ctx, rule, ctx.registry, lists));
      return findings.sort((a, b) => a.start - b.start);
    };
  },
});

/** Recipients, or a planning's bodies: each line up to its date. */
function listEntries(text: string, body: Span, lookup: NameLookup, roles: RolePattern[]) {
  const dated = /\d{4}-\d{1,2}-\d{1,2}/.test(text.slice(body.start, body.end));
  if (!dated) return readRecipients(text, body, lookup, roles);
  return lineSpans(text, body).flatMap((line) => {
    const m = /^(.*?)\s*\d{4}-\d{1,2}-\d{1,2}/.exec(text.slice(line.start, line.end));
    if (!m) return [];
    const span = trimSpan(text, { start: line.start, end: line.start + m[1].length });
    return span.end > span.start ? [{ ...span, resolution: lookup.resolve(text.slice(span.start, span.end)) }] : [];
  });
}

/** The registry's known misspellings as they may stand in running text: first letter in either case, genitive allowed. */
const misspellingPatterns = memoizeByObject((registry: Registry) =>
  nameLookup(registry).misspellings.map((wrong) => {
    const first = wrong.text.charAt(0);
    const head = `[${first.toUpperCase()}${first.toLowerCase()}]`;
    const rest = escapeRegExp(wrong.text.slice(1)).replace(/\s+/g, '\\s+');
    return { canonical: wrong.canonical, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${head}${rest}(?::?s)?(?![\\p{L}\\p{N}])`, 'gu') };
  }),
);

/** Known misspellings in the running text, outside the list sections (`skip`). */
function runningText(text: string, ctx: ReviewContext, rule: AdministrationSpellingRule, registry: Registry, skip: Span[]): Finding[] {
  const findings: Finding[] = [];
  for (const { canonical, pattern } of misspellingPatterns(registry)) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      if (skip.some((s) => start >= s.start && start < s.end)) continue;
      findings.push(rule.finding(ctx, start, start + m[0].length, { values: { expected: canonical, form: FORM_WORDS.misspelling }, expected: canonical }));
    }
  }
  const taken = findings.map((f) => ({ start: f.start, end: f.end }));
  for (const m of text.matchAll(ORGAN_NAME)) {
    const start = m.index;
    const end = start + m[0].length;
    if ([...skip, ...taken].some((s) => start < s.end && end > s.start)) continue;
    const near = nearOnly(m[0], registry);
    if (near) findings.push(rule.finding(ctx, start, end, { values: { expected: near.canonical, form: near.form }, expected: near.canonical }));
  }
  return findings;
}

/**
 * Names shaped like an organ's: "(X- och )Ynämnden", "Nämnden för X (& Y)", their offices, and the
 * common slips in the head itself ("Kulturnämd", "omsorgsnämden", "Kommunstyrelssen"). Every
 * conjunct before the last ends in a hyphen ("Hälsa-, vård- och"): a run of plain words is the
 * sentence, not the name.
 */
const ORGAN_NAME =
  /(?<![\p{L}\p{N}-])(?:(?:\p{L}+-,?\s+)*?\p{L}+-\s+(?:och|&)\s+)?\p{L}*(?:(?:nämn?d|förvaltning|kontor)(?:en|ens|et|ets)|nämds?|styrel+s+e(?:n|ns)?)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])[NnFf](?:ämn?den|örvaltningen) för \p{Lu}\p{L}+(?:\s+(?:&|och)\s+\p{L}+)?/gu;

/**
 * The one registered name `written` is near and the same as none of, or else the one it may be a
 * wrong name for (words of a coordination in another order, one word more or less); else null.
 */
function nearOnly(written: string, registry: Registry): { canonical: string; form: string } | null {
  const near = new Set<string>();
  const wrong = new Map<string, string>();
  for (const a of registry.administrations) {
    for (const name of [a.name, ...a.aliases]) {
      const how = compareOrganNames(written, name, a.aliases);
      if (how === 'same') return null;
      if (how === 'near') near.add(a.name);
      else {
        const evidence = wrongNameEvidence(written, name);
        if (evidence) wrong.set(a.name, evidence);
      }
    }
  }
  if (near.size > 0) return near.size === 1 ? { canonical: [...near][0], form: FORM_WORDS.possible } : null;
  const [only] = wrong;
  return wrong.size === 1 ? { canonical: only[0], form: `${FORM_WORDS.wrong}: ${only[1]}` } : null;
}
