// `mrkoll tag --format json` is written a document at a time: the same text as the one string.
import { describe, expect, it } from 'vitest';
import { TagJsonWriter, tagToJson } from '../../src/report/tag/index.js';
import type { InputFailure, TaggedDocument } from '../../src/types.js';
import { doc } from '../helpers/tagged.js';

function written(docs: TaggedDocument[], failures: InputFailure[]): string {
  const out: string[] = [];
  const writer = new TagJsonWriter((t) => out.push(t));
  for (const d of docs) writer.document(d);
  writer.end(failures);
  return out.join('');
}

describe('TagJsonWriter', () => {
  const docs = [
    doc({ path: 'a.txt', passages: [{ text: 'Kulturnämnden arbetar med "barnets rättigheter".', tags: ['barnratt'], mentions: ['malmo/kulturnamnden'] }] }),
    doc({ path: 'b.txt', passages: ['Rubrik', { text: 'Inget här.\nNy rad.' }] }),
  ];
  const failures = [{ path: 'c.pdf', reason: 'krypterad PDF (lösenordsskyddad)' }];

  it.each([
    ['no document', [], []],
    ['one document', docs.slice(0, 1), []],
    ['two documents and a failure', docs, failures],
    ['a failure only', [], failures],
  ])('writes what JSON.stringify writes: %s', (_, documents, failed) => {
    expect(written(documents as TaggedDocument[], failed as InputFailure[])).toBe(
      `${JSON.stringify(tagToJson(documents as TaggedDocument[], failed as InputFailure[]), null, 2)}\n`,
    );
  });

  it('writes nothing before the first document', () => {
    const out: string[] = [];
    new TagJsonWriter((t) => out.push(t));
    expect(out).toStrictEqual([]);
  });
});
