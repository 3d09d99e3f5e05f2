// The one reading path (src/corpus/read.ts): the documents every command reads are the ones the
// sequential pipeline gives, tagged or not, and renderings of one document can be set aside.
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp.js';
import { administrationNames, readDocuments, readTaggedDocuments } from '../../src/corpus/read.js';
import { authorOf } from '../../src/corpus/credit.js';
import { extractDocuments } from '../../src/corpus/extract.js';
import { loadLexicons } from '../../src/lexicon/load.js';
import { buildContext, tagDocument } from '../../src/tag/index.js';

const SEEDS = 'corpora/seeds';

describe('readDocuments and readTaggedDocuments', { timeout: 60_000 }, () => {
  it('give what extractDocuments gives, with the manifest applied, in the same order', async () => {
    const expected = await extractDocuments([SEEDS, 'finns-inte.txt'], { cache: false });
    const read = await readDocuments([SEEDS, 'finns-inte.txt'], { cache: false, workers: 1 });
    expect(read.documents).toStrictEqual(expected.documents);
    expect(read.failures).toStrictEqual(expected.failures);
    expect(read.failures).toEqual([{ path: 'finns-inte.txt', reason: expect.any(String) }]);
    // Untagged: no tags or mentions added on the way.
    expect(read.documents[0].passages[0]).not.toHaveProperty('tags');
    expect(read.documents.some((d) => d.metadata.variantOf)).toBe(true);
  });

  it('tag with the lexicons as tagDocument does, the author override included', async () => {
    const lexicons = loadLexicons();
    const context = buildContext(lexicons);
    const { documents } = await extractDocuments([SEEDS], { cache: false });
    const tag = { author: 'malmo/kulturnamnden' };
    const read = await readTaggedDocuments([SEEDS], { cache: false, workers: 1, lexicons, tag, compiled: context });
    expect(read.documents).toStrictEqual(documents.map((d) => tagDocument(d, context, tag)));
  });

  it('name every author, one no manifest knows by its file, never by a bare ID', async () => {
    // Without the seeds' manifest the report has no author: it is credited to `okand/<file>`.
    const dir = makeTempDir('read-names-');
    copyFileSync(path.join(SEEDS, 'malmo-rapport-systematiskt-arbete-mr-2023.txt'), path.join(dir, 'rapport-2023.txt'));
    const lexicons = loadLexicons();
    const context = buildContext(lexicons);
    const tagged = (await extractDocuments([SEEDS, dir], { cache: false })).documents.map((d) => tagDocument(d, context));
    const names = administrationNames(tagged, lexicons);
    const report = tagged.find((d) => d.path.endsWith('rapport-2023.txt'))!;
    expect(authorOf(report)).toBe('okand/rapport-2023');
    expect(names.get('okand/rapport-2023')).toBe('rapport-2023.txt (okänd avsändare)');
    for (const doc of tagged) expect(names.get(authorOf(doc))).not.toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
  });
});
