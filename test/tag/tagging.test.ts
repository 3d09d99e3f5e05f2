// Tagging rules, one row each, with real sentences from the seeds: compounds, exclusions,
// negation and hedging, boilerplate, offsets, and which city's framework applies.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicons } from '../../src/lexicon/load.js';
import { buildContext, type TaggingContext } from '../../src/tag/context.js';
import { tagDocument } from '../../src/tag/index.js';
import type { Tag } from '../../src/types.js';
import { makeDocument, type Block } from '../helpers/documents.js';

let ctx: TaggingContext;
beforeAll(() => {
  ctx = buildContext(loadLexicons());
});

const tagsOf = (blocks: Block[], index = blocks.length - 1, city = 'malmo') => tagDocument(makeDocument(blocks, { city }), ctx).passages[index];
const find = (tags: Tag[], id: string) => tags.find((t) => t.id === id);

interface Row {
  rule: string;
  text: string;
  /** Category → the words as written that must be among its evidence, and whether the tag is negated. */
  present: Record<string, { words: string[]; negated?: boolean }>;
  absent?: string[];
}

const rows: Row[] = [
  {
    rule: 'a principle term inside a compound (barn+konsekvensanalys)',
    text: 'Servicenämnden har även identifierat ett behov av att tydliggöra hur nämnden arbetar med barnkonsekvensanalyser.',
    present: { P1: { words: ['barnkonsekvensanalyser'] } },
  },
  {
    rule: 'a rights area as modifier of a compound (barnrätt+s+spår)',
    text: 'Kultur- och fritidsnämnderna har lagt grunden genom barnrättsspår.',
    present: { barnratt: { words: ['barnrättsspår'] } },
  },
  {
    rule: "a committee's name is no evidence: Kultur- och fritidsnämnderna is not culture",
    text: 'Kultur- och fritidsnämnderna har lagt grunden genom barnrättsspår.',
    present: { barnratt: { words: ['barnrättsspår'] } },
    absent: ['kultur'],
  },
  {
    rule: "a council's name is evidence: pensionärsrådet is a participation structure",
    text: 'Två av råden är pensionärsrådet och funktionshinderrådet, som utgör rådgivande organ.',
    present: { P3: { words: ['pensionärsrådet', 'funktionshinderrådet'] } },
  },
  {
    rule: "exclusion: Stockholm's standard line drops 'samråd' as P3 in its sentence",
    text: 'Ärendet har beretts av avdelningen för verksamhetsstöd i samråd med verksamhetsområdena Kontaktcenter Stockholm, rekrytering och upphandling och inköp.',
    present: { P1: { words: ['upphandling'] } },
    absent: ['P3'],
  },
  {
    rule: 'exclusion is per sentence: the next sentence still counts',
    text: 'Ärendet har beretts av avdelningen för verksamhetsstöd i samråd med verksamhetsområdena. Under 2023 har ett fokusområdessamråd genomförts där representanter från förvaltningen svarade på inkomna frågor.',
    present: { P3: { words: ['fokusområdessamråd'] } },
  },
  {
    rule: 'exclusion: a housing co-operative is not the right to housing',
    text: 'BID är ett verktyg för stadsutveckling och ett partnerskap mellan fastighetsägare, verksamheter, Malmö stad, bostadsrättsföreningar och byalag.',
    present: {},
    absent: ['bostad'],
  },
  {
    rule: 'negation: "har inte lyft fram" negates the tag',
    text: 'Övriga nämnder och bolag har inte lyft fram upphandlingsprocesser specifikt i svaren på den särskilda frågan.',
    present: { P1: { words: ['upphandlingsprocesser'], negated: true } },
  },
  {
    rule: 'hedge: "Få nämnder … har rapporterat" negates the tag',
    text: 'Få nämnder och bolagsstyrelser har, i den särskilda frågan, rapporterat specifikt om hur de arbetar med den vägledande principen i policyn för mänskliga rättigheter som handlar om transparent och inkluderande kommunikation.',
    present: { P4: { words: ['transparent'], negated: true } },
  },
  {
    rule: 'one positive piece of evidence makes the tag coverage',
    text: 'Övriga nämnder och bolag har inte lyft fram upphandlingsprocesser. I de upphandlingar som kommunstyrelsen har genomfört har olika krav ställts.',
    present: { P1: { words: ['upphandlingsprocesser', 'upphandlingar'], negated: false } },
  },
];

describe('tagDocument: categories', () => {
  it.each(rows)('$rule', ({ text, present, absent = [] }) => {
    const passage = tagsOf([text]);
    for (const [id, { words, negated }] of Object.entries(present)) {
      const tag = find(passage.tags, id);
      expect(tag, `${id} saknas`).toBeDefined();
      expect(tag!.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(words));
      if (negated !== undefined) expect(tag!.negated).toBe(negated);
    }
    for (const id of absent) expect(find(passage.tags, id), `${id} borde saknas`).toBeUndefined();
  });

  it('gives evidence offsets relative to the passage text', () => {
    const passage = tagsOf(['Inledning.', 'Miljönämnden har även tagit fram en rutin för prövning av barnets bästa.']);
    expect(passage.start).toBeGreaterThan(0);
    for (const tag of passage.tags) for (const e of tag.evidence) expect(passage.text.slice(e.start, e.end)).toBe(e.text);
    expect(find(passage.tags, 'P1')!.evidence.map((e) => e.text)).toContain('prövning av barnets bästa');
  });

  it('counts words', () => {
    expect(tagsOf(['Kulturnämnden bedömer att stora framsteg har gjorts för den kulturella allemansrätten.']).words).toBe(11);
    expect(tagsOf(['Under 2023 har 570 medarbetare utbildats.']).words).toBe(6);
  });
});

describe('tagDocument: boilerplate', () => {
  it('marks a stock sentence and its tags as boilerplate', () => {
    const doc = tagDocument(makeDocument([{ heading: 'Barnkonsekvensanalys' }, 'Ärendet bedöms inte påverka barn.']), ctx);
    const [heading, body] = doc.passages;
    expect(body.boilerplate).toBe('barn-paverkas-inte');
    // The consequence heading answered with stock text is stock text too.
    expect(heading.boilerplate).toBe('barn-paverkas-inte');
    expect(heading.tags.length).toBeGreaterThan(0);
    expect(heading.tags.every((t) => t.boilerplate)).toBe(true);
  });

  it('marks an empty consequence heading', () => {
    const doc = tagDocument(makeDocument([{ heading: 'Barnkonsekvensanalys' }, { heading: 'Ansvariga' }, 'Per-Erik Ebbeståhl Avdelningschef']), ctx);
    expect(doc.passages[0].boilerplate).toBe('tom-rubrik');
    expect(doc.passages[0].tags.every((t) => t.boilerplate)).toBe(true);
  });

  it('marks a consequence heading answered "Ej aktuellt"', () => {
    const doc = tagDocument(makeDocument([{ heading: 'Konsekvensanalys utifrån mänskliga rättigheter' }, 'Ej aktuellt.', { heading: 'Ansvariga' }]), ctx);
    expect(doc.passages.map((p) => p.boilerplate)).toEqual(['ej-aktuellt', 'ej-aktuellt', null]);
  });

  it('marks a consequence heading whose section only dismisses, and keeps the dismissal', () => {
    const doc = tagDocument(makeDocument([{ heading: 'Barnkonsekvensanalys' }, 'Beslutet bedöms inte påverka barn.', { heading: 'Ekonomi' }]), ctx);
    const [heading, body] = doc.passages;
    expect(heading.boilerplate).toBe('avfardad-rubrik');
    expect(heading.tags.every((t) => t.boilerplate)).toBe(true);
    expect(body.boilerplate).toBeNull();
    expect(body.tags.find((t) => t.id === 'barnratt')).toMatchObject({ negated: true, boilerplate: false });
  });

  it('leaves a consequence heading alone when its section both dismisses and describes', () => {
    const doc = tagDocument(
      makeDocument([
        { heading: 'Barnkonsekvensanalys' },
        'Beslutet bedöms inte påverka barn.',
        'Barnen på förskolan har fått säga sitt om lekplatsen genom samtal.',
      ]),
      ctx,
    );
    expect(doc.passages[0].boilerplate).toBeNull();
  });

  it('leaves a consequence heading with real content alone', () => {
    const doc = tagDocument(
      makeDocument([{ heading: 'Barnkonsekvensanalys' }, 'Miljönämnden har även tagit fram en rutin för prövning av barnets bästa.']),
      ctx,
    );
    expect(doc.passages.map((p) => p.boilerplate)).toEqual([null, null]);
    expect(doc.passages[1].tags.some((t) => t.id === 'barnratt' && !t.boilerplate)).toBe(true);
  });
});

describe('tagDocument: frameworks by city', () => {
  const text = 'Stärka samverkan med civilsamhället i arbetet mot rasism och öka delaktighet.';
  const ids = (doc: ReturnType<typeof tagDocument>) => doc.passages[0].tags.map((t) => t.id).sort();

  it("a Malmö document gets Malmö's principles and the rights areas", () => {
    const doc = tagDocument(makeDocument([text], { city: 'malmo' }), ctx);
    expect(doc.city).toBe('malmo');
    expect(doc.frameworks).toEqual(['malmo-mr-policy', 'rattighetsomraden']);
    expect(ids(doc)).toContain('antirasism');
    expect(ids(doc).some((id) => /^S\d$/.test(id))).toBe(false);
  });

  it("a Stockholm document gets Stockholm's framework and the rights areas", () => {
    const doc = tagDocument(makeDocument([text], { city: 'stockholm' }), ctx);
    expect(doc.frameworks).toEqual(['stockholm-mr-programmet', 'rattighetsomraden']);
    expect(ids(doc)).toContain('S3');
    expect(ids(doc).some((id) => /^P\d$/.test(id))).toBe(false);
  });

  it("a document without a city is nobody's: the national principles and the rights areas, never Malmö's", () => {
    const doc = tagDocument(makeDocument([text], { city: null }), ctx);
    expect(doc.city).toBe(null);
    expect(doc.frameworks).toEqual(['skr-principer', 'rattighetsomraden']);
    expect(ids(doc)).toContain('skr-delaktighet');
    expect(ids(doc).some((id) => /^[PS]\d$/.test(id))).toBe(false);
  });

  it('a city without a framework of its own gets the national principles and the rights areas', () => {
    const doc = tagDocument(makeDocument(['Trafiknämnden arbetar mot rasism.'], { city: 'goteborg' }), ctx);
    expect(doc.frameworks).toEqual(['skr-principer', 'rattighetsomraden']);
    expect(ids(doc)).toEqual(['antirasism']);
    expect(doc.passages[0].mentions.map((m) => m.id)).toEqual(['goteborg/trafiknamnden']);
  });

  it('--framework picks another principles framework for every city', () => {
    const malmoForAll = buildContext(ctx.lexicons, { framework: 'malmo-mr-policy' });
    for (const city of ['lund', 'stockholm', null]) {
      const doc = tagDocument(makeDocument([text], { city }), malmoForAll);
      expect(doc.frameworks).toEqual(['malmo-mr-policy', 'rattighetsomraden']);
      expect(ids(doc)).toContain('P3');
      expect(ids(doc).some((id) => id.startsWith('skr-') || /^S\d$/.test(id))).toBe(false);
    }
  });
});
