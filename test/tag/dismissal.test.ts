// Negation and dismissal with the bundled lexicons (issue #14, item 6): a sentence that considers
// an area and sets it aside has the area tagged negated, so an analyst sees it was weighed; a
// sentence that names a lack, a failure or a goal with a negative word is coverage, not negated.
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../src/lexicon/load.js';
import { buildContext } from '../../src/tag/context.js';
import { tagDocument } from '../../src/tag/index.js';
import { makeDocument } from '../helpers/documents.js';

const context = buildContext(loadLexicons());
const tagOf = (text: string, id: string) => tagDocument(makeDocument([text], { city: 'stockholm' }), context).passages[0].tags.find((t) => t.id === id);

describe('dismissals are tagged with the area, negated', () => {
  it.each([
    ['Förslaget bedöms inte påverka barn.', 'barnratt'],
    ['Granskningen visar inga brister avseende patientsäkerheten.', 'halsa'],
    ['Nämnden ser inte behov av åtgärder för tillgängligheten.', 'funktionsratt'],
    ['Ändringen av taxan bedöms inte få några konsekvenser för jämställdheten.', 'jamstalldhet'],
    ['Äldreomsorgen berörs inte av beslutet.', 'aldre'],
  ])('%s → %s negated', (text, id) => {
    expect(tagOf(text, id)).toMatchObject({ id, negated: true });
  });
});

describe('near misses: the area is covered, not dismissed', () => {
  it.each([
    ['a lack in the world', 'Förvaltningen saknar en analys av hur barn påverkas.', 'barnratt'],
    ['a goal with "ingen … ska"', 'Ingen elev ska känna sig otrygg i skolan.', 'barnratt'],
    ['a failure, not a denial', 'Beslut om bostad med särskild service enligt LSS har inte verkställts inom tre månader.', 'funktionsratt'],
    ['an impact that is asserted', 'Förslaget bedöms påverka barn i familjer med låg inkomst.', 'barnratt'],
    ['shortcomings that were found', 'Granskningen visar brister avseende patientsäkerheten.', 'halsa'],
    ['a relative clause that describes a group', 'Stödet riktas till unga som inte är med i föreningslivet.', 'kultur'],
  ])('%s: %s', (_why, text, id) => {
    expect(tagOf(text, id)).toMatchObject({ id, negated: false });
  });
});
