// File names from old file shares (Latin-1, not UTF-8) are read like any other and shown readably;
// control characters in names and reasons never reach the terminal raw.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectInputs } from '../../src/corpus/inputs.js';
import { extractDocuments } from '../../src/corpus/extract.js';
import { SUPPORTED_EXTENSIONS, ingestFile } from '../../src/ingest/index.js';
import { forTerminal } from '../../src/util/terminal.js';
import { tempDir } from '../helpers/ingest.js';

const latin1 = (text: string) => Buffer.from(text, 'latin1');
let dir: string;

beforeAll(async () => {
  dir = await tempDir();
  // "nämnd.txt" and "Östra förvaltning/svar.txt" as a Windows share writes them: one byte per letter.
  writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), latin1('nämnd.txt')]), 'Kulturnämnden ska arbeta med barnets bästa.\n');
  mkdirSync(Buffer.concat([Buffer.from(`${dir}/`), latin1('Östra förvaltning')]));
  writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), latin1('Östra förvaltning/svar.txt')]), 'Förvaltningen svarar.\n');
  writeFileSync(path.join(dir, 'ok.txt'), 'Ett vanligt dokument.\n');
});

describe('file names that are not UTF-8', () => {
  it('are listed under a readable name and read, in a folder of such a name too', async () => {
    const { files, failures } = collectInputs([dir], SUPPORTED_EXTENSIONS);
    expect(failures).toEqual([]);
    expect(files.map((f) => path.relative(dir, f))).toEqual(['nämnd.txt', 'ok.txt', path.join('Östra förvaltning', 'svar.txt')]);
    const { documents, failures: unread } = await extractDocuments([dir], { cache: false });
    expect(unread).toEqual([]);
    expect(documents.map((d) => d.passages[0]?.text)).toEqual([
      'Kulturnämnden ska arbeta med barnets bästa.',
      'Ett vanligt dokument.',
      'Förvaltningen svarar.',
    ]);
  });

  it('are found again when the shell handed one over decoded as UTF-8 (odd bytes as U+FFFD)', async () => {
    const asNodeSeesIt = path.join(dir, latin1('nämnd.txt').toString('utf8'));
    expect(asNodeSeesIt).toContain('\uFFFD');
    const { files, failures } = collectInputs([asNodeSeesIt], SUPPORTED_EXTENSIONS);
    expect(failures).toEqual([]);
    expect(files).toEqual([path.join(dir, 'nämnd.txt')]);
    expect((await ingestFile(files[0])).lines).toEqual(['Kulturnämnden ska arbeta med barnets bästa.']);
  });

  it('a real UTF-8 "nämnd.txt" beside the Latin-1 one keeps its name; the other is shown with its byte escaped', async () => {
    const both = await tempDir();
    writeFileSync(Buffer.concat([Buffer.from(`${both}/`), latin1('nämnd.txt')]), 'latin-1\n');
    writeFileSync(path.join(both, 'nämnd.txt'), 'utf-8\n');
    expect(readdirSync(both)).toHaveLength(2);
    const { files } = collectInputs([both], SUPPORTED_EXTENSIONS);
    const texts = await Promise.all(files.map(async (f) => [path.basename(f), (await ingestFile(f)).lines![0]]));
    expect(Object.fromEntries(texts)).toEqual({ 'nämnd.txt': 'utf-8', 'n\\xe4mnd.txt': 'latin-1' });
  });
});

describe('forTerminal', () => {
  it.each([
    ['rad\nbryt.txt', 'rad\\nbryt.txt'],
    ['\x1b[31mröd\x1b[0m', '\\x1b[31mröd\\x1b[0m'],
    ['flik\tretur\r', 'flik\\tretur\\r'],
    ['C1\x9bstyrtecken', 'C1\\x9bstyrtecken'],
    ['fil\u202Etxt.exe', 'fil\\u202etxt.exe'],
    ['nämnd – Östra förvaltningen', 'nämnd – Östra förvaltningen'],
  ])('%j → %j', (raw, shown) => {
    expect(forTerminal(raw)).toBe(shown);
  });
});
