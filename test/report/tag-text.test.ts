// `mrkoll tag`'s text names what it found: category codes with their short labels, framework
// titles, registered administration names; no ID reaches the reader.
import { describe, expect, it } from 'vitest';
import { tagToText } from '../../src/report/tag/index.js';
import { tagLabels } from '../../src/report/tag/labels.js';
import { doc, lexicons, type MentionSpec } from '../helpers/tagged.js';

const labels = tagLabels(lexicons());

function textOf(mentions: MentionSpec[], passage = 'Kulturnämnden och KSAU samt stadens nämnder arbetar med barnets bästa.'): string {
  const d = doc({
    path: 'a.txt',
    author: 'malmo/kulturnamnden',
    passages: [
      {
        text: passage,
        tags: [
          { id: 'barnratt', term: 'barnets bästa' },
          { id: 'P1', term: 'arbetar', negated: true },
        ],
        mentions,
      },
    ],
  });
  return tagToText([Object.assign(d, { frameworks: ['malmo-mr-policy', 'rattighetsomraden'] })], { color: false, labels });
}

describe('tagLabels', () => {
  it.each([
    ['P1', 'P1 Malmöbon i centrum'],
    ['barnratt', 'Barnets rättigheter'],
    ['okand-kategori', 'okand-kategori'],
  ])('category %s → %s', (id, label) => expect(labels.category(id)).toBe(label));

  it('names frameworks by title and registered administrations by name', () => {
    expect(labels.framework('rattighetsomraden')).toBe('Rättighetsområden');
    expect(labels.administration('malmo/kulturnamnden')).toBe('Kulturnämnden');
    expect(labels.administration('malmo/ingen-sadan')).toBeUndefined();
  });
});

describe('tagToText', () => {
  it('writes the author, frameworks and tags by name', () => {
    const text = textOf([{ id: 'malmo/kulturnamnden', name: 'Kulturnämnden' }]);
    expect(text).toContain('författare: Kulturnämnden');
    expect(text).toContain('ramverk: Policy för mänskliga rättigheter; Rättighetsområden');
    expect(text).toContain('taggar: Barnets rättigheter (barnets bästa) · ej: P1 Malmöbon i centrum (arbetar)');
    expect(text).not.toMatch(/malmo\/|barnratt|rattighetsomraden/);
  });

  it.each<[string, MentionSpec[], string]>([
    ['a name as registered has no arrow', [{ id: 'malmo/kulturnamnden', name: 'Kulturnämnden' }], 'nämner: Kulturnämnden\n'],
    [
      'an anaphor points to what it stands for',
      [{ id: 'malmo/kommunstyrelsen', name: 'stadens', via: 'anaphor' }],
      'nämner: stadens → Kommunstyrelsen (syftning)\n',
    ],
    ['an abbreviation points to the name', [{ id: 'malmo/kommunstyrelsen', name: 'KSAU' }], 'nämner: KSAU → Kommunstyrelsen\n'],
    [
      'a group noun lists its members',
      [
        { id: 'malmo/kulturnamnden', name: 'stadens nämnder', via: 'group' },
        { id: 'malmo/fritidsnamnden', name: 'stadens nämnder', via: 'group' },
      ],
      'nämner: stadens nämnder → Kulturnämnden, Fritidsnämnden (grupp)\n',
    ],
    ['an unregistered name is shown as written', [{ id: 'unregistered/x', name: 'KSAU' }], 'nämner: KSAU (ej i registret)\n'],
  ])('%s', (_, mentions, line) => expect(textOf(mentions)).toContain(line));

  it('names an organ no registry holds, where an anaphor stands for it, as the document writes it', () => {
    const d = doc({
      path: 'lund.txt',
      passages: [
        { text: 'Kultur- och fritidsnämnden godkänner planen.', mentions: [{ id: 'unregistered/kfn', name: 'Kultur- och fritidsnämnden' }] },
        { text: 'Nämnden följer upp planen.', mentions: [{ id: 'unregistered/kfn', name: 'Nämnden', via: 'anaphor' }] },
      ],
    });
    const text = tagToText([d], { color: false, labels });
    expect(text).toContain('nämner: Kultur- och fritidsnämnden (ej i registret)\n');
    expect(text).toContain('nämner: Nämnden → Kultur- och fritidsnämnden (syftning, ej i registret)\n');
  });

  it('drops the arrow for a genitive of the registered name', () => {
    const text = textOf([{ id: 'malmo/kulturnamnden', name: 'Kulturnämndens' }], 'Kulturnämndens personal arbetar med barnets bästa.');
    expect(text).toContain('nämner: Kulturnämndens\n');
  });
});
