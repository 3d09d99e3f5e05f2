// The list of outside bodies names each one as a heading would: not in the genitive, capitalised.
import { describe, expect, it } from 'vitest';
import { externalBodies } from '../../src/analyze/index.js';
import type { TaggedDocument } from '../../src/types.js';

function doc(path: string, names: [id: string, name: string][]): TaggedDocument {
  const mentions = names.map(([id, name]) => ({ id, name, external: true, kind: 'myndighet' }));
  return { path, passages: [{ mentions }] } as unknown as TaggedDocument;
}

describe('externalBodies', () => {
  it.each([
    ['external/regeringen', ['regeringens'], 'Regeringen'],
    ['external/polismyndigheten', ['Polismyndighetens'], 'Polismyndigheten'],
    ['external/polismyndigheten', ['Polismyndighetens', 'Polismyndigheten'], 'Polismyndigheten'],
    ['external/migrationsverket', ['migrationsverket'], 'Migrationsverket'],
    // A name that ends in s of its own keeps it: the ID ends in s too.
    ['external/region-vastmanlands-lans', ['Region Västmanlands läns'], 'Region Västmanlands läns'],
    ['external/goteborg', ['Göteborgs Stad'], 'Göteborgs Stad'],
  ])('%s written %j is listed as %s', (id, names, expected) => {
    const [body] = externalBodies([
      doc(
        'a.txt',
        names.map((n) => [id, n]),
      ),
    ]);
    expect(body.name).toBe(expected);
  });
});
