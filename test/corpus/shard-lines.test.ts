// One line of a tag shard, written and read back; bad lines are refused with a reason in Swedish.
import { describe, expect, it } from 'vitest';
import { documentLine, failureLine, parseShardLine } from '../../src/corpus/shard-lines.js';
import type { TagResult } from '../../src/tag/index.js';
import { doc } from '../helpers/tagged.js';

function tagged(): TagResult {
  const d = doc({
    path: 'a.txt',
    author: 'malmo/kulturnamnden',
    passages: [
      { text: 'Kulturnämnden arbetar med barnets rättigheter.', tags: [{ id: 'barnratt', term: 'barnets rättigheter' }], mentions: ['malmo/kulturnamnden'] },
    ],
  });
  return { ...d, city: 'malmo', frameworks: ['rattighetsomraden'] };
}

describe('tag shard lines', () => {
  it('gives back the document it was written from, passage texts as slices of the text', () => {
    const original = tagged();
    const line = documentLine(original);
    expect(line.split('Kulturnämnden arbetar').length - 1).toBe(1);
    const read = parseShardLine(line);
    expect(read).toStrictEqual({ document: original });
  });

  it('gives back a failure', () => {
    expect(parseShardLine(failureLine({ path: 'b.pdf', reason: 'filen är skadad' }))).toStrictEqual({ failure: { path: 'b.pdf', reason: 'filen är skadad' } });
  });

  it('refuses what is not a line of its schema and version, saying why', () => {
    const line = JSON.parse(documentLine(tagged()));
    const problem = (value: unknown) => (parseShardLine(typeof value === 'string' ? value : JSON.stringify(value)) as { problem?: string }).problem;
    expect(problem('{"schema": "mrkoll-tags", ')).toBe('raden är inte giltig JSON');
    expect(problem([1, 2])).toBe('raden är inte en rad från mrkoll tag --format jsonl (schema mrkoll-tags saknas)');
    expect(problem({ ...line, schemaVersion: 2 })).toBe('schemaversion är 2; den här versionen av mrkoll läser version 1');
    expect(problem({ ...line, schemaVersion: undefined })).toBe('schemaversion saknas; den här versionen av mrkoll läser version 1');
    expect(problem({ ...line, schemaVersion: 'x'.repeat(10_000) })).toBe('schemaversion är inte ett heltal; den här versionen av mrkoll läser version 1');
    expect(problem({ schema: 'mrkoll-tags', schemaVersion: 1 })).toBe('raden ska ha antingen "document" eller "failure"');
    const noWords = structuredClone(line);
    delete noWords.document.passages[0].words;
    expect(problem(noWords)).toBe('raden har fel form: document.passages[0]: fältet "words" saknas');
    const badKind = structuredClone(line);
    badKind.document.passages[0].tags[0].kind = 'x';
    expect(problem(badKind)).toMatch(/^raden har fel form: document\.passages\[0\]\.tags\[0\]\.kind: ska vara ett av: principle, area$/);
    const beyond = structuredClone(line);
    beyond.document.passages[0].end = 10_000;
    expect(problem(beyond)).toBe('stycket p0001 har förskjutningar utanför texten');
  });
});
