// The list under "Beslutet skickas till", one recipient a line, each resolved against the city's
// registry. Also reads lists that extraction ran together into one line ("Kulturnämnden
// Miljönämnden Servicenämnden"), by cutting at registry names.
import type { Span } from '../types.js';
import type { NameLookup, NameResolution } from './registry-lookup.js';
import { lineSpans, trimSpan } from './sections.js';

export interface Recipient extends Span {
  text: string;
  resolution: NameResolution | null;
  /** The role word after an administration's genitive: "Stadskontorets handläggare". */
  role?: string;
}

/** A role word after an administration's genitive, compiled once per rule: "handläggare". */
export interface RolePattern {
  role: string;
  /** "<owner>s <role>" or "<owner>:s <role>", the whole entry. */
  pattern: RegExp;
}

export function rolePatterns(roles: readonly string[]): RolePattern[] {
  return roles.map((role) => ({ role, pattern: new RegExp(`^(.+?)(?::s|s) ${role}$`, 'iu') }));
}

/** Recipients in `body` of `text`, in order. */
export function readRecipients(text: string, body: Span, lookup: NameLookup, roles: RolePattern[]): Recipient[] {
  const recipients: Recipient[] = [];
  for (const line of lineSpans(text, body)) {
    const span = trimEntry(text, trimSpan(text, line));
    if (span.end <= span.start) continue;
    const whole = resolveEntry(text.slice(span.start, span.end), lookup, roles);
    if (whole.resolution) {
      recipients.push({ ...span, text: text.slice(span.start, span.end), ...whole });
      continue;
    }
    const parts = splitRunTogether(text, span, lookup, roles);
    recipients.push(...(parts.filter((p) => p.resolution).length >= 2 ? parts : [{ ...span, text: text.slice(span.start, span.end), resolution: null }]));
  }
  return recipients;
}

function trimEntry(text: string, span: Span): Span {
  let { start, end } = span;
  while (end > start && /[,;.\s]/.test(text[end - 1])) end--;
  while (start < end && /[-–*\s]/.test(text[start])) start++;
  return { start, end };
}

function resolveEntry(name: string, lookup: NameLookup, roles: RolePattern[]): Pick<Recipient, 'resolution' | 'role'> {
  const direct = lookup.resolve(name);
  if (direct) return { resolution: direct };
  for (const { role, pattern } of roles) {
    const m = pattern.exec(name.replace(/\s+/g, ' '));
    const owner = m && lookup.resolve(m[1]);
    if (owner) return { resolution: owner, role };
  }
  return { resolution: null };
}

/** Longest registry names first from left to right; words between them form unknown entries. */
function splitRunTogether(text: string, span: Span, lookup: NameLookup, roles: RolePattern[]): Recipient[] {
  const words = [...text.slice(span.start, span.end).matchAll(/\S+/g)].map((m) => ({ start: span.start + m.index, end: span.start + m.index + m[0].length }));
  const out: Recipient[] = [];
  // Words no registry name claimed, gathered into one unknown entry: [start, end] or null.
  let pending: [number, number] | null = null as [number, number] | null;
  const flush = () => {
    if (pending) out.push({ start: pending[0], end: pending[1], text: text.slice(pending[0], pending[1]), resolution: null });
    pending = null;
  };
  for (let i = 0; i < words.length;) {
    let matched = 0;
    let found: Pick<Recipient, 'resolution' | 'role'> = { resolution: null };
    for (let j = Math.min(words.length, i + 6); j > i; j--) {
      const candidate = resolveEntry(text.slice(words[i].start, words[j - 1].end), lookup, roles);
      if (candidate.resolution && candidate.resolution.form !== 'near') {
        matched = j - i;
        found = candidate;
        break;
      }
    }
    if (matched === 0) {
      pending = [pending?.[0] ?? words[i].start, words[i].end];
      i++;
      continue;
    }
    flush();
    const start = words[i].start;
    const end = words[i + matched - 1].end;
    out.push({ start, end, text: text.slice(start, end), ...found });
    i += matched;
  }
  flush();
  return out;
}
