// Who decides a document's city: its manifest entry, else --city, else the document itself, else
// nobody ("okänd kommun"); never a fallback city.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../src/corpus/extract.js';
import { makeTempDir } from '../helpers/temp.js';

const LUND_MEMO = 'Lunds kommun\nKommunstyrelsen\n\nTJÄNSTESKRIVELSE\n\nFörvaltningen föreslår att nämnden antar planen för arbetet.\n';
const NOBODYS = 'Förvaltningen föreslår att nämnden antar planen för arbetet.\n\nArbetet sker i samverkan med Göteborgs stad.\n';

function corpus(manifest: string | null): string {
  const dir = makeTempDir('mrkoll-city-');
  writeFileSync(path.join(dir, 'lund.txt'), LUND_MEMO);
  writeFileSync(path.join(dir, 'ingen.txt'), NOBODYS);
  if (manifest !== null) writeFileSync(path.join(dir, 'manifest.yaml'), manifest);
  return dir;
}

const cities = async (dir: string, city?: string) => {
  const { documents } = await extractDocuments([dir], { cache: false, city });
  return Object.fromEntries(documents.map((d) => [path.basename(d.path), d.metadata.city]));
};

describe('the city of a document', () => {
  it('is what it says it is, or nobody’s: no fallback city', async () => {
    expect(await cities(corpus(null))).toEqual({ 'lund.txt': 'lund', 'ingen.txt': null });
  });

  it('is --city, over what the document says', async () => {
    expect(await cities(corpus(null), 'umea')).toEqual({ 'lund.txt': 'umea', 'ingen.txt': 'umea' });
  });

  it('is the manifest’s, over --city and the document', async () => {
    const manifest = 'corpus: test\ndocuments:\n  - file: lund.txt\n    city: region-skane\n';
    expect(await cities(corpus(manifest), 'umea')).toEqual({ 'lund.txt': 'region-skane', 'ingen.txt': 'umea' });
    expect(await cities(corpus(manifest))).toEqual({ 'lund.txt': 'region-skane', 'ingen.txt': null });
  });
});
