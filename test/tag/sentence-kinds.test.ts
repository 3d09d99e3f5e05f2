// Sentence kinds (lexicons/boilerplate.yaml `sentences`) on the bundled lexicons, with sentences
// written for the test: a budget, procurement, election, procedure, premises or staff sentence is no
// coverage of the area it names, a near miss without the kind's cue is, and a category with two
// terms of its own survives a kind that allows it.
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../src/lexicon/load.js';
import { hasAmountOf } from '../../src/tag/sentence-kinds.js';
import { buildContext } from '../../src/tag/context.js';
import { tagDocument } from '../../src/tag/index.js';
import { tokenize } from '../../src/language/index.js';
import { makeDocument } from '../helpers/documents.js';

const context = buildContext(loadLexicons());
// Västerås: no principles of its own, so SKR's are read, as for most municipalities.
const areasOf = (text: string) =>
  tagDocument(makeDocument([text], { city: 'vasteras' }), context)
    .passages[0].tags.filter((t) => !t.negated)
    .map((t) => t.id);

describe('a sentence of a kind is no coverage of the area it names', () => {
  // Each with the same sentence without the kind's cue, where the area does count.
  it.each([
    [
      'ekonomi: an outcome word',
      'Äldreomsorgen redovisar ett underskott, främst inom hemtjänsten.',
      'Äldreomsorgen redovisar en ökning, främst inom hemtjänsten.',
      'aldre',
    ],
    [
      'ekonomi: a cost line',
      'Kostnaden för skolskjutsar har ökat jämfört med föregående år.',
      'Skolskjutsarna har ökat jämfört med föregående år.',
      'utbildning',
    ],
    ['ekonomi: income', 'Intäkterna från avgifterna i kulturskolan blev lägre än beräknat.', 'Avgifterna i kulturskolan blev lägre än beräknat.', 'kultur'],
    [
      'belopp: the budget beside an amount',
      'Socialnämnden avviker från budgeten med 3,2 mnkr inom hemtjänsten.',
      'Socialnämnden avviker från budgeten inom hemtjänsten.',
      'aldre',
    ],
    [
      'belopp: a deviation of an amount',
      'Nettokostnadsavvikelsen för hemtjänsten är minus 4 MSEK efter oktober.',
      'Hemtjänsten har ökat efter oktober.',
      'aldre',
    ],
    [
      'belopp: dearer by an amount',
      'Läxhjälpen i Skiljebo blev 400 000 kronor dyrare än planerat.',
      'Läxhjälpen i Skiljebo blev dyrare än planerat.',
      'utbildning',
    ],
    [
      'upphandling: a supplier',
      'Avtalet med leverantören av hemtjänstens planeringssystem förlängs ett år.',
      'Avtalet om hemtjänstens planeringssystem förlängs ett år.',
      'aldre',
    ],
    [
      'upphandling: a procurement of a service',
      'Upphandlingen av skolskjutsar har överprövats i förvaltningsrätten.',
      'Skolskjutsarna har prövats i förvaltningsrätten.',
      'utbildning',
    ],
    [
      'val av ledamöter',
      'Kommunfullmäktige väljer Anna Ek till ersättare i äldrenämnden efter Per Holm, som ansvarat för äldreomsorgen.',
      'Anna Ek har ansvarat för äldreomsorgen.',
      'aldre',
    ],
    [
      'val av ledamöter: a discharge',
      'Kommunfullmäktige entledigar Karin Sjö från uppdraget som samordnare för lovaktiviteter.',
      'Karin Sjö har uppdraget som samordnare för lovaktiviteter.',
      'kultur',
    ],
    [
      'procedure: the decision formula',
      'Nämnden beslutar att lägga informationen till handlingarna om hemtjänstens nya scheman.',
      'Nämnden informeras om hemtjänstens nya scheman.',
      'aldre',
    ],
    [
      'procedure: a rename',
      'Jämställdhetsgruppen byter namn från och med årsskiftet.',
      'Jämställdhetsgruppen träffas från och med årsskiftet.',
      'jamstalldhet',
    ],
    ['premises: solar panels', 'Solceller monteras på taken till tre äldreboenden under våren.', 'Taken till tre äldreboenden läggs om under våren.', 'aldre'],
    ['vehicles: electric buses', 'Skolskjutsarna ska köras med elbussar från hösten.', 'Skolskjutsarna ska köras från hösten.', 'utbildning'],
    ['vehicles: electric cars', 'Hemtjänsten i Åby får fyra nya elbilar i mars.', 'Hemtjänsten i Åby får fyra nya medarbetare i mars.', 'aldre'],
    [
      'staff: sick leave names where the staff work',
      'Sjukfrånvaron bland medarbetarna på de särskilda boendena har ökat under hösten.',
      'Antalet platser på de särskilda boendena har ökat under hösten.',
      'aldre',
    ],
    [
      'staff: split shifts',
      'Delade turer ska tas bort inom hemtjänsten från och med maj.',
      'Nattpatrullen ska utökas inom hemtjänsten från och med maj.',
      'aldre',
    ],
    [
      'finance: attest',
      'Internrevisionen har granskat attestrutinerna inom hemtjänsten.',
      'Internrevisionen har granskat rutinerna inom hemtjänsten.',
      'aldre',
    ],
    [
      'procurement: the tender documents',
      'Förfrågningsunderlaget för skolskjutsar i norra kommundelen skickas ut i maj.',
      'Skolskjutsar i norra kommundelen införs i maj.',
      'utbildning',
    ],
  ])('%s', (_kind, text, withoutCue, area) => {
    expect(areasOf(text)).not.toContain(area);
    expect(areasOf(withoutCue)).toContain(area);
  });
});

describe('near misses: without the cue, or with more than the activity, the area counts', () => {
  it.each([
    ['a percentage is an outcome measure, not a budget', 'Andelen elever som når behörighet till gymnasiet ökade till 84 procent.', 'utbildning'],
    ['a deviation without an amount may be patient safety', 'Avvikelserna i vården av äldre har halverats sedan rutinen för läkemedel infördes.', 'aldre'],
    ['budget words without an amount may be a priority', 'Budgeten för fritidsgårdarnas lovverksamhet för unga prioriteras.', 'kultur'],
    ['two terms of the area survive an amount', 'Budgeten för skyddat boende för våldsutsatta kvinnor och deras barn ökar med 2 miljoner kronor.', 'vald'],
    ['a grant is no outcome', 'Kulturnämnden beviljar 80 000 kronor till en festival för unga hbtqi-personer.', 'hbtqi'],
    ['requirements on the supplier are how the right is met', 'Kommunen ställer krav på skäliga arbetsvillkor när städtjänster upphandlas.', 'arbetsratt'],
    [
      'a procurement sentence that names rights is about them',
      'Bolaget granskar leverantörerna för att värna arbetstagarnas rättigheter i hela kedjan.',
      'arbetsratt',
    ],
    ['general elections are demokrati', 'Valnämnden öppnar fler lokaler för förtidsröstning i ytterområdena inför valet.', 'demokrati'],
    ['an agreement with a partner is no procurement', 'Kommunen har tecknat avtal med kvinnojouren om stödsamtal.', 'jamstalldhet'],
    [
      'working conditions themselves are arbetsrätt in a staff sentence',
      'Sjukfrånvaron bland undersköterskorna i hemtjänsten har minskat efter nya scheman.',
      'arbetsratt',
    ],
    [
      'discrimination at work is the right itself, not staff conditions',
      'I medarbetarundersökningen uppger fyra procent att de har blivit diskriminerade på arbetsplatsen.',
      'antidiskriminering',
    ],
    [
      'two terms of äldre survive a staff sentence',
      'Delade turer har tagits bort i hemtjänsten, så att äldre med demenssjukdom möter färre personer.',
      'aldre',
    ],
    [
      "'utan kostnad' is the price to the user, not a cost line",
      'Barn i familjer med försörjningsstöd kan delta i lovaktiviteterna utan kostnad.',
      'jamlikhet',
    ],
  ])('%s', (_rule, text, area) => {
    expect(areasOf(text)).toContain(area);
  });

  it('only in its own sentence', () => {
    expect(areasOf('Hemtjänsten redovisar ett underskott. Fler äldre får nu välja tid för sina besök.')).toContain('aldre');
  });
});

describe('an amount of money', () => {
  it.each([
    ['6,1 miljoner kronor', true],
    ['350 tkr', true],
    ['12 mnkr', true],
    ['1 800 kronor per dag', true],
    ['fyra miljoner kronor', false],
    ['12 procent', false],
    ['miljoner kronor', false],
    ['3 miljoner besök', false],
  ])('%s: %s', (text, expected) => {
    expect(hasAmountOf(tokenize(text), [['kronor'], ['tkr'], ['mnkr'], ['miljoner', 'kronor']])).toBe(expected);
  });
});
