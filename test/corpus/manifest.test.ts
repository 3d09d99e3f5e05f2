// A corpus manifest is untrusted: it describes the files of its own folder only. Entries that
// point elsewhere (`../`, absolute, a link out of the folder, a subfolder) or name no file are left
// out with a line each, and a manifest that cannot be read at all (an alias bomb) is one line,
// the folder's documents read without it.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { manifestSchema, Manifests, ManifestError, passesSchema, readManifest } from '../../src/corpus/manifest.js';
import { extractDocuments } from '../../src/corpus/extract.js';
import { makeTempDir } from '../helpers/temp.js';
import { ALIAS_BOMB } from '../helpers/hostile-yaml.js';

const MEMO = 'Sammanfattning\n\nKulturnämnden föreslås besluta att godkänna rapporten.\n';

/** `root/corpus` with a.txt, b.txt and sub/c.txt, `root/secret/hemlig.txt` beside it, and `manifest` as its manifest. */
function corpusWith(manifest: string, link = true): { root: string; corpus: string; secret: string } {
  const root = makeTempDir('mrkoll-manifest-');
  const corpus = path.join(root, 'corpus');
  const secret = path.join(root, 'secret', 'hemlig.txt');
  mkdirSync(path.join(corpus, 'sub'), { recursive: true });
  mkdirSync(path.dirname(secret));
  writeFileSync(secret, 'Hemlig text om Kulturnämnden.\n');
  for (const name of ['a.txt', 'b.txt', 'sub/c.txt']) writeFileSync(path.join(corpus, name), MEMO);
  if (link) symlinkSync(secret, path.join(corpus, 'länk.txt'));
  writeFileSync(path.join(corpus, 'manifest.yaml'), manifest);
  return { root, corpus, secret };
}

const ENTRIES = [
  'corpus: test',
  'documents:',
  '  - file: a.txt', //              line 3: fine
  '    year: 2024',
  '  - file: ../secret/hemlig.txt', // line 5
  '  - file: /etc/passwd', //         line 6
  '  - file: sub/c.txt', //           line 7
  '  - file: saknas.txt', //          line 8
  '  - file: ./b.txt', //             line 9: fine, as b.txt
  '    year: 2023',
  '  - file: länk.txt', //            line 11
  '',
].join('\n');

describe('readManifest', () => {
  test.skipIf(process.platform === 'win32')('keeps the entries naming a file of its folder and says why each other one is left out', () => {
    const { corpus } = corpusWith(ENTRIES);
    const manifest = readManifest(corpus)!;
    expect(manifest.documents.map((d) => [d.file, d.year])).toEqual([
      ['a.txt', 2024],
      ['b.txt', 2023],
    ]);
    const file = path.join(corpus, 'manifest.yaml');
    expect(manifest.warnings.map((w) => `${w.file === file}:${w.line}:${w.col}: ${w.message}`)).toEqual([
      'true:5:11: documents[1].file: "../secret/hemlig.txt" pekar utanför manifestets katalog; posten används inte',
      'true:6:11: documents[2].file: "/etc/passwd" är en absolut sökväg; skriv filens namn i manifestets katalog; posten används inte',
      'true:7:11: documents[3].file: "sub/c.txt" ligger i underkatalogen sub: ett manifest beskriver bara filerna i sin egen katalog (lägg en manifest.yaml i sub); posten används inte',
      'true:8:11: documents[4].file: "saknas.txt" finns inte; posten används inte',
      'true:11:11: documents[6].file: "länk.txt" är en länk som pekar utanför manifestets katalog; posten används inte',
    ]);
  });

  test('an alias bomb is a ManifestError at its line, not a ReferenceError', () => {
    const { corpus } = corpusWith(ALIAS_BOMB);
    expect(() => readManifest(corpus)).toThrow(ManifestError);
    expect(() => readManifest(corpus)).toThrow(/manifest\.yaml:2:8: YAML-fel: alias/);
  });
});

describe('reading a corpus folder with its manifest', () => {
  test('reads no file outside the folder, applies the good entries and reports each bad one once', async () => {
    const { corpus } = corpusWith(ENTRIES, false);
    const { documents, failures } = await extractDocuments([corpus], { cache: false });
    expect(documents.map((d) => path.relative(corpus, d.path))).toEqual(['a.txt', 'b.txt', path.join('sub', 'c.txt')]);
    expect(documents.some((d) => d.text.includes('Hemlig'))).toBe(false);
    expect(documents.map((d) => d.metadata.year)).toEqual([2024, 2023, null]);
    const manifestLines = failures.filter((f) => f.path === path.join(corpus, 'manifest.yaml')).map((f) => f.reason);
    expect(manifestLines).toHaveLength(5);
    expect(failures).toHaveLength(5);
    expect(manifestLines[0]).toBe('rad 5, kolumn 11: documents[1].file: "../secret/hemlig.txt" pekar utanför manifestets katalog; posten används inte');
  });

  test('an alias bomb in the manifest is one line naming it, and the documents are still read', async () => {
    const { corpus } = corpusWith(ALIAS_BOMB);
    const manifests = new Manifests();
    expect(manifests.entryFor(path.join(corpus, 'a.txt'))).toBeUndefined();
    expect(manifests.problemsOnFirstUse(path.join(corpus, 'a.txt'))).toEqual([
      { path: path.join(corpus, 'manifest.yaml'), reason: expect.stringMatching(/^rad 2, kolumn 8: YAML-fel: alias/) },
    ]);
    expect(manifests.problemsOnFirstUse(path.join(corpus, 'b.txt'))).toEqual([]);
    const { documents, failures } = await extractDocuments([path.join(corpus, 'a.txt'), path.join(corpus, 'b.txt')], { cache: false });
    expect(documents).toHaveLength(2);
    expect(failures).toHaveLength(1);
  });
});

describe('the manifest check that spares loading Ajv', () => {
  const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
  const bySchema = new Ajv({ allErrors: true, strict: true, strictTypes: false }).compile(manifestSchema);

  test('says yes exactly when the schema does', () => {
    // Mostly good values, each field sometimes wrong or left out, so that both answers are common.
    const odd = fc.constantFrom<unknown>('', 'Malmö', 'x/1', 1899, 2201, 2024.5, null, true, [], {}, '2024');
    const field = (...good: unknown[]) => fc.oneof({ arbitrary: fc.constantFrom(...good), weight: 15 }, { arbitrary: odd, weight: 1 });
    const entry = fc.record(
      {
        file: field('a.txt', 'b'),
        city: field('malmo', 'a-b'),
        year: field(1900, 2024, 2200),
        type: field('årsanalys', 'other'),
        author: field('malmo/ks', 'a/b-1'),
        variantOf: field('a.txt'),
        note: field('', 'not'),
      },
      { requiredKeys: ['file'] },
    );
    const entries = fc.oneof(
      { arbitrary: fc.array(fc.oneof({ arbitrary: entry, weight: 8 }, { arbitrary: odd, weight: 1 }), { maxLength: 3 }), weight: 6 },
      { arbitrary: odd, weight: 1 },
    );
    const extra = fc.oneof({ arbitrary: fc.constant({}), weight: 8 }, { arbitrary: fc.constant({ extra: 'x' }), weight: 1 });
    const manifest = fc
      .tuple(fc.record({ corpus: field('c', 'bench-txt'), label: field('L'), documents: entries }, { requiredKeys: ['corpus', 'documents'] }), extra)
      .map(([m, more]) => ({ ...m, ...more }));
    const data = fc.oneof({ arbitrary: manifest, weight: 9 }, { arbitrary: odd, weight: 1 });
    let passed = 0;
    fc.assert(
      fc.property(data, (value) => {
        expect(passesSchema(value)).toBe(bySchema(value));
        if (bySchema(value)) passed++;
      }),
      { numRuns: 2000 },
    );
    expect(passed).toBeGreaterThan(400);
    expect(passesSchema({ corpus: 'c', documents: [{ file: 'a.txt', city: 'malmo', year: 2024, type: 'årsanalys', author: 'malmo/ks' }] })).toBe(true);
  });
});
