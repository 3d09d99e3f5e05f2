// Getting a file's bytes off the disk, with a Swedish reason for every way that can fail. The file
// is only ever opened read-only, by the bytes of its name when it is not UTF-8 (file-names.ts).
import { constants, type Stats } from 'node:fs';
import { lstat, open, stat } from 'node:fs/promises';
import { InputError } from './errors.js';
import { fsPath } from './file-names.js';

/** Stats `path` (following links) and refuses anything that is not a regular file. */
export async function statInput(path: string): Promise<Stats> {
  let stats: Stats;
  try {
    stats = await stat(fsPath(path));
  } catch (error) {
    throw new InputError(path, await describeFsError(path, error));
  }
  assertRegularFile(path, stats);
  return stats;
}

/**
 * Reads the whole file. Opened non-blocking so that, should the path have become a FIFO since it
 * was stat'ed, the open still returns at once; fstat on the open handle then refuses it.
 */
export async function readInput(path: string): Promise<Buffer> {
  try {
    const handle = await open(fsPath(path), constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      assertRegularFile(path, await handle.stat());
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(path, await describeFsError(path, error));
  }
}

function assertRegularFile(path: string, stats: Stats): void {
  if (stats.isFile()) return;
  const what = stats.isDirectory()
    ? 'en katalog'
    : stats.isFIFO()
      ? 'en namngiven pipe (FIFO)'
      : stats.isSocket()
        ? 'en socket'
        : stats.isCharacterDevice() || stats.isBlockDevice()
          ? 'en enhetsfil'
          : 'något annat';
  throw new InputError(path, `är ${what}, inte en vanlig fil`);
}

async function describeFsError(path: string, error: unknown): Promise<string> {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return (await isSymlink(path)) ? 'symbolisk länk till en fil som inte finns' : 'filen finns inte';
    case 'EACCES':
    case 'EPERM':
      return 'åtkomst nekad (behörighet saknas för att läsa filen)';
    case 'ELOOP':
      return 'symboliska länkar i en slinga';
    case 'ENAMETOOLONG':
      return 'sökvägen är för lång';
    case 'ENXIO':
      return 'är en socket eller enhet, inte en vanlig fil';
    default:
      return `filen kan inte läsas (${code ?? (error as Error)?.message ?? 'okänt fel'})`;
  }
}

async function isSymlink(path: string): Promise<boolean> {
  try {
    return (await lstat(fsPath(path))).isSymbolicLink();
  } catch {
    return false;
  }
}
