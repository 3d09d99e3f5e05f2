// Permission errors. Tests run as root, for whom chmod 000 changes nothing, so the kernel's EACCES
// is simulated at the fs boundary; the real chmod test runs only for an ordinary user.
import { chmod, writeFile } from 'node:fs/promises';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, it, vi } from 'vitest';
import { ingestFile } from '../../src/ingest/index.js';
import { expectInputError, tempDir } from '../helpers/ingest.js';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, stat: vi.fn(actual.stat), open: vi.fn(actual.open) };
});

const denied = () => Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
let dir: string;

beforeAll(async () => {
  dir = await tempDir();
});

describe('permission denied', () => {
  it('when the file cannot even be stat-ed (a directory on the way is closed)', async () => {
    const file = path.join(dir, 'hemlig.txt');
    await writeFile(file, 'text');
    vi.mocked(fs.stat).mockRejectedValueOnce(denied());
    await expectInputError(ingestFile(file), file, 'åtkomst nekad (behörighet saknas för att läsa filen)');
  });

  it('when the file is seen but cannot be opened for reading', async () => {
    const file = path.join(dir, 'last.pdf');
    await writeFile(file, '%PDF-1.7\n');
    vi.mocked(fs.open).mockRejectedValueOnce(denied());
    await expectInputError(ingestFile(file), file, 'åtkomst nekad (behörighet saknas för att läsa filen)');
  });

  it.runIf(process.getuid?.() !== 0)('when the file is chmod 000 (ordinary users only)', async () => {
    const file = path.join(dir, 'stangd.md');
    await writeFile(file, '# Rubrik');
    await chmod(file, 0o000);
    await expectInputError(ingestFile(file), file, 'åtkomst nekad (behörighet saknas för att läsa filen)');
  });
});
