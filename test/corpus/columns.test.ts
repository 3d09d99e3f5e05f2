// The columns that carry sentences, tags and mentions between threads give back the same objects,
// keys in the same order (JSON output is compared byte for byte elsewhere).
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { decodeColumns, encodeColumns } from '../../src/corpus/pool/columns.js';
import type { TaggedPassage } from '../../src/types.js';

function passages(): TaggedPassage[] {
  return [
    {
      id: 'p0001',
      kind: 'heading',
      sectionPath: [],
      page: 1,
      line: null,
      start: 0,
      end: 14,
      text: 'Kulturnämnden',
      sentences: [{ start: 0, end: 14 }],
      level: 1,
      tags: [],
      mentions: [{ id: 'malmo/kulturnamnden', name: 'Kulturnämnden', registered: true, start: 0, end: 13, via: 'explicit' }],
      boilerplate: null,
      words: 1,
    },
    {
      id: 'p0002',
      kind: 'paragraph',
      sectionPath: ['Kulturnämnden'],
      page: 1,
      line: null,
      start: 15,
      end: 120,
      text: 'Nämnden har inte arbetat med barnrätt. Kultur- och fritidsnämnden …',
      sentences: [
        { start: 15, end: 53 },
        { start: 54, end: 120 },
      ],
      tags: [
        {
          id: 'barnratt',
          kind: 'area',
          negated: true,
          boilerplate: false,
          evidence: [{ term: 'barnrätt', start: 29, end: 37, text: 'barnrätt', negated: true }],
        },
        {
          id: 'P1',
          kind: 'principle',
          negated: false,
          boilerplate: true,
          evidence: [
            { term: 'arbete', start: 17, end: 24, text: 'arbetat', negated: false },
            { term: 'rättighet', start: 40, end: 49, text: 'rättighet', negated: false },
          ],
        },
      ],
      mentions: [
        { id: 'malmo/kulturnamnden', name: 'Nämnden', registered: true, start: 0, end: 7, via: 'anaphor' },
        {
          id: 'malmo/fritidsnamnden',
          name: 'Kultur- och fritidsnämnden',
          registered: true,
          start: 39,
          end: 65,
          via: 'coordination',
          variant: 'misspelling',
        } as TaggedPassage['mentions'][number],
        { id: 'unregistered/x', name: 'X', registered: false, start: 0, end: 0, via: 'heading' },
      ],
      boilerplate: 'barn-paverkas-inte',
      words: 12,
    },
    {
      id: 'p0003',
      kind: 'list-item',
      sectionPath: ['Kulturnämnden'],
      page: 2,
      line: null,
      start: 121,
      end: 121,
      text: '',
      sentences: [],
      level: 0,
      tags: [],
      mentions: [],
      boilerplate: null,
      words: 0,
    },
  ];
}

describe('encodeColumns / decodeColumns', () => {
  it('give back the same passages, keys in the same order, across a structured clone', () => {
    const original = passages();
    const sent = passages();
    const columns = deserialize(serialize(encodeColumns(sent)));
    expect(columns.numbers).toBeInstanceOf(Int32Array);
    const arrived = deserialize(serialize(sent)) as TaggedPassage[];
    for (const p of arrived) expect([p.sentences, p.tags, p.mentions]).toEqual([[], [], []]);
    decodeColumns(arrived, columns);
    expect(arrived).toEqual(original);
    expect(JSON.stringify(arrived)).toBe(JSON.stringify(original));
  });

  it('keep each distinct string once', () => {
    const { strings } = encodeColumns(passages());
    expect(new Set(strings).size).toBe(strings.length);
    expect(strings.filter((s) => s === 'malmo/kulturnamnden')).toHaveLength(1);
  });

  it('grow past their first buffer', () => {
    const many = Array.from({ length: 3000 }, () => passages()[1]);
    const sent = structuredClone(many);
    const columns = encodeColumns(sent);
    expect(columns.numbers.length).toBeGreaterThan(4096);
    decodeColumns(sent, columns);
    expect(sent).toEqual(many);
  });
});
