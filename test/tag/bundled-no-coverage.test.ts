// With the bundled lexicons: a title that names the unit its holder leads, and a budget follow-up,
// are no coverage; what the same words say in a sentence about the right still is.
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../src/lexicon/load.js';
import { buildContext } from '../../src/tag/context.js';
import { tagDocument } from '../../src/tag/index.js';
import { makeDocument } from '../helpers/documents.js';

const context = buildContext(loadLexicons());
const covered = (text: string) =>
  tagDocument(makeDocument([text], { city: 'malmo' }), context)
    .passages[0].tags.filter((t) => !t.negated && !t.boilerplate)
    .map((t) => t.id);

describe('no coverage', () => {
  it.each([
    ['a title in a list of those present', 'Ulrika Falk, elevhälsochef, § 45'],
    ['a title as the subject', 'Bibliotekschefen informerar om sommarens öppettider.'],
    ['a budget follow-up as a heading', 'Budgetuppföljning per mars 2025'],
    ['a budget follow-up filed', 'Nämnden beslutar att lägga budgetuppföljningen till handlingarna.'],
  ])('%s: %s', (_what, text) => {
    expect(covered(text)).toEqual([]);
  });
});

describe('but coverage where the sentence is about the right', () => {
  it.each([
    ['Elevhälsan har fått ytterligare en skolsköterska för att möta den psykiska ohälsan.', 'halsa'],
    ['Nämnden följer upp hur uppföljningen av barnets bästa dokumenteras.', 'P1'],
  ])('%s → %s', (text, id) => {
    expect(covered(text)).toContain(id);
  });
});
