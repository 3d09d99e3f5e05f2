// Administrations spelt the way the city's registry spells them. In the recipient list and the
// decision planning every entry is resolved (known misspelling, capitals, near miss such as
// "Kulturnämden"); in the running text the registry's known misspellings are looked for
// ("Hälsa-, vård och omsorgsnämnden" for "Hälsa-, vård- och omsorgsnämnden").
import { escapeRegExp } from '../../util/regexp.js';
import { findingAt } from '../findings.js';
import { nameLookup, type NameLookup } from '../registry-lookup.js';
import { readRecipients } from '../recipients.js';
import { lineSpans, trimSpan } from '../sections.js';
import type { Finding, ReviewCheck, ReviewContext, Rule } from '../types.js';
import type { Span } from '../../types.js';

interface AdministrationSpellingData {
  /** Sections read as one name a line (dates are cut off): recipients, decision planning. */
  listSections: string[];
  roles?: string[];
}

const FORM_WORDS: Record<string, string> = { misspelling: 'känd felstavning', case: 'versaler', near: 'stavfel' };

export const administrationSpelling: ReviewCheck = {
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
  },
  check(doc, ctx, rule) {
    if (!ctx.registry) return [];
    const data = rule.data as unknown as AdministrationSpellingData;
    const lookup = nameLookup(ctx.registry);
    const findings: Finding[] = [];
    const lists: Span[] = [];
    for (const name of data.listSections) {
      const section = ctx.sections.get(name);
      if (!section) continue;
      lists.push(section.body);
      for (const entry of listEntries(doc.text, section.body, lookup, data.roles ?? [])) {
        const r = entry.resolution;
        if (!r || r.form === 'canonical') continue;
        findings.push(findingAt(ctx.lines, rule, entry.start, entry.end, rule.message, { expected: r.canonical, form: FORM_WORDS[r.form] }, r.canonical));
      }
    }
    findings.push(...runningText(doc.text, ctx, rule, lookup, lists));
    return findings.sort((a, b) => a.start - b.start);
  },
};

/** Recipients, or a planning's bodies: each line up to its date. */
function listEntries(text: string, body: Span, lookup: NameLookup, roles: string[]) {
  const dated = /\d{4}-\d{1,2}-\d{1,2}/.test(text.slice(body.start, body.end));
  if (!dated) return readRecipients(text, body, lookup, roles);
  return lineSpans(text, body).flatMap((line) => {
    const m = /^(.*?)\s*\d{4}-\d{1,2}-\d{1,2}/.exec(text.slice(line.start, line.end));
    if (!m) return [];
    const span = trimSpan(text, { start: line.start, end: line.start + m[1].length });
    return span.end > span.start ? [{ ...span, resolution: lookup.resolve(text.slice(span.start, span.end)) }] : [];
  });
}

/** Known misspellings in the running text; first letter in either case, genitive allowed. */
function runningText(text: string, ctx: ReviewContext, rule: Rule, lookup: NameLookup, skip: Span[]): Finding[] {
  const findings: Finding[] = [];
  for (const wrong of lookup.misspellings) {
    const first = wrong.text.charAt(0);
    const head = `[${first.toUpperCase()}${first.toLowerCase()}]`;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${head}${escapeRegExp(wrong.text.slice(1)).replace(/\s+/g, '\\s+')}(?::?s)?(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      if (skip.some((s) => start >= s.start && start < s.end)) continue;
      findings.push(
        findingAt(ctx.lines, rule, start, start + m[0].length, rule.message, { expected: wrong.canonical, form: FORM_WORDS.misspelling }, wrong.canonical),
      );
    }
  }
  return findings;
}
