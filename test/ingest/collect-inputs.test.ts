// Expanding the user's arguments: a directory that holds nothing readable must say so, or a
// batch over the wrong folder ends in "inga dokument kunde läsas" without naming it.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SUPPORTED_EXTENSIONS } from '../../src/ingest/index.js';
import { collectInputs } from '../../src/corpus/inputs.js';
import { tempDir } from '../helpers/ingest.js';

let dir: string;

beforeAll(async () => {
  dir = await tempDir();
  await mkdir(path.join(dir, 'tom'));
  await mkdir(path.join(dir, 'word97'));
  await writeFile(path.join(dir, 'word97', 'utkast.doc'), 'gammalt format');
  await mkdir(path.join(dir, 'korpus', 'under'), { recursive: true });
  await writeFile(path.join(dir, 'korpus', 'under', 'svar.txt'), 'Kulturnämnden svarar.');
});

describe('collectInputs', () => {
  it.each([
    ['an empty directory', 'tom', 0, 1],
    ['a directory of unsupported files only', 'word97', 0, 1],
    ['a directory with a document in a subdirectory', 'korpus', 1, 0],
  ])('%s', (_name, folder, fileCount, failureCount) => {
    const { files, failures } = collectInputs([path.join(dir, folder)], SUPPORTED_EXTENSIONS);
    expect(files).toHaveLength(fileCount);
    expect(failures).toHaveLength(failureCount);
    for (const failure of failures) {
      expect(failure.path).toBe(path.join(dir, folder));
      expect(failure.reason).toMatch(/^katalogen innehåller inga dokument att läsa \(\.pdf, \.docx/u);
    }
  });
});
