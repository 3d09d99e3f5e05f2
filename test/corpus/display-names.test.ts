// An organ without a registry entry is shown by its name, not by the anaphor or the genitive that
// happened to be written most often ("Förvaltningen" for Förvaltningen för Vård & Omsorg).
import { describe, expect, it } from 'vitest';
import { describeAdministrations } from '../../src/corpus/administration-names.js';
import { doc } from '../helpers/tagged.js';

const ID = 'vaxjo/forvaltningen-for-vard-och-omsorg';

function nameOf(passages: Parameters<typeof doc>[0]['passages']): string {
  const docs = [doc({ path: 'protokoll.txt', city: 'vaxjo', passages })];
  return describeAdministrations([ID], docs, new Map()).get(ID)!.name;
}

describe('the name an unregistered organ is shown by', () => {
  it('is never an anaphor, however often it is written', () => {
    const anaphor = { text: 'Förvaltningen föreslår detta.', mentions: [{ id: ID, name: 'Förvaltningen', via: 'anaphor' as const }] };
    const named = { text: 'Förvaltningen för vård och omsorg har utrett frågan.', mentions: [{ id: ID, name: 'Förvaltningen för vård och omsorg' }] };
    expect(nameOf([anaphor, anaphor, anaphor, named])).toBe('Förvaltningen för vård och omsorg');
  });

  it('is the form the ID was made from, capitalised and not in the genitive', () => {
    const genitive = { text: 'Förvaltningen för Vård & Omsorgs förslag.', mentions: [{ id: ID, name: 'Förvaltningen för Vård & Omsorgs' }] };
    const lower = { text: 'Det gäller förvaltningen för vård & omsorg.', mentions: [{ id: ID, name: 'förvaltningen för vård & omsorg' }] };
    const proper = { text: 'Förvaltningen för Vård & Omsorg redovisar.', mentions: [{ id: ID, name: 'Förvaltningen för Vård & Omsorg' }] };
    expect(nameOf([genitive, genitive, genitive, lower, lower, proper])).toBe('Förvaltningen för Vård & Omsorg');
    expect(nameOf([genitive, lower, lower])).toBe('Förvaltningen för vård & omsorg');
  });
});
