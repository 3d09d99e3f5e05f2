// Beslutsplanering: each body with its meeting date, in the order a case travels
// (arbetsutskott → kommunstyrelsen → kommunfullmäktige). Dates must be real calendar dates, not
// before the memo's own date, and later for each later body. Works whether the extracted text
// keeps one entry a line or runs them together: entries are cut at their dates.
import { isCalendarDate } from '../../util/dates.js';
import { defineCheck } from '../define-check.js';
import { allMatches, wordPattern } from '../patterns.js';
import type { Finding } from '../types.js';

interface Body {
  name: string;
  pattern: string;
}

interface DecisionPlanningData {
  section: string;
  /** Bodies in the order the case passes them. */
  bodies: Body[];
}

interface Entry {
  body: Body | null;
  rank: number;
  bodyStart: number;
  bodyEnd: number;
  date: string;
  dateStart: number;
  dateEnd: number;
  valid: boolean;
}

const DATE = /(?<![\d-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])/g;

export const decisionPlanning = defineCheck<DecisionPlanningData, 'invalidDate' | 'beforeMemo' | 'bodyOrder'>({
  meta: {
    id: 'decision-planning',
    description: 'Beslutsplaneringens datum: giltiga, inte före skrivelsens datum, i organens ordning.',
    defaultSeverity: 'error',
    schema: {
      required: ['section', 'bodies'],
      properties: {
        section: { type: 'string', minLength: 1 },
        bodies: {
          type: 'array',
          minItems: 2,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'pattern'],
            properties: { name: { type: 'string', minLength: 1 }, pattern: { type: 'string', minLength: 1, regexFragment: true } },
          },
        },
      },
    },
    // The main message (`message`): dates out of the bodies' order.
    messages: {
      invalidDate: 'Ogiltigt datum {date} i beslutsplaneringen',
      beforeMemo: '{body} {date} ligger före tjänsteskrivelsens datum {memoDate}',
      bodyOrder: '{body} står efter {previousBody}; ordningen ska vara {order}',
    },
  },
  create(rule) {
    const { section: sectionName, bodies } = rule.data;
    const bodyPatterns = bodies.map((b) => ({ body: b, pattern: wordPattern([b.pattern]) }));
    const order = bodies.map((b) => b.name).join(' → ');
    return (doc, ctx) => {
      const section = ctx.sections.get(sectionName);
      if (!section) return [];
      const entries = readEntries(doc.text, section.body.start, section.body.end, bodyPatterns);
      const findings: Finding[] = [];
      const memoDate = doc.metadata.date;
      let previous: Entry | null = null;
      for (const entry of entries) {
        const values = { date: entry.date, body: doc.text.slice(entry.bodyStart, entry.bodyEnd) || '(inget organ)' };
        if (!entry.valid) {
          findings.push(rule.finding(ctx, entry.dateStart, entry.dateEnd, { messageId: 'invalidDate', values }));
          continue;
        }
        if (memoDate && entry.date < memoDate) {
          findings.push(rule.finding(ctx, entry.dateStart, entry.dateEnd, { messageId: 'beforeMemo', values: { ...values, memoDate } }));
        }
        if (entry.body === null) continue;
        if (previous?.body) {
          const previousBody = doc.text.slice(previous.bodyStart, previous.bodyEnd);
          const orderValues = { ...values, previousBody, previousDate: previous.date, order };
          if (entry.rank < previous.rank) {
            findings.push(rule.finding(ctx, entry.bodyStart, entry.bodyEnd, { messageId: 'bodyOrder', values: orderValues }));
          } else if (entry.date < previous.date || (entry.date === previous.date && entry.rank > previous.rank)) {
            findings.push(rule.finding(ctx, entry.dateStart, entry.dateEnd, { values: orderValues }));
          }
        }
        previous = entry;
      }
      return findings;
    };
  },
});

/** The section's entries: each date with the body named between it and the previous date. */
function readEntries(text: string, from: number, to: number, bodies: Array<{ body: Body; pattern: RegExp }>): Entry[] {
  const entries: Entry[] = [];
  let cursor = from;
  for (const m of text.slice(from, to).matchAll(DATE)) {
    const dateStart = from + m.index;
    const chunk = text.slice(cursor, dateStart);
    // With one entry a line, a line without a date is not this date's body: keep the last line.
    const lastLine = chunk.replace(/\s+$/, '').lastIndexOf('\n');
    const bodyFrom = cursor + (lastLine >= 0 ? lastLine + 1 : 0);
    const bodyText = text.slice(bodyFrom, dateStart);
    const lead = bodyText.length - bodyText.trimStart().length;
    const bodyStart = bodyFrom + lead;
    const bodyEnd = bodyFrom + bodyText.trimEnd().length;
    const rank = bodies.findIndex((b) => allMatches(b.pattern, text.slice(bodyStart, bodyEnd)).length > 0);
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const valid = isCalendarDate(year, month, day);
    const date = valid ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : m[0];
    entries.push({
      body: rank >= 0 ? bodies[rank].body : null,
      rank,
      bodyStart,
      bodyEnd: Math.max(bodyStart, bodyEnd),
      date,
      dateStart,
      dateEnd: dateStart + m[0].length,
      valid,
    });
    cursor = dateStart + m[0].length;
  }
  return entries;
}
