// What the built binary does with an unlucky or hostile --out, a broken pipe and a full disk: one
// Swedish line, the documented exit code, no stack trace, and never an input changed.
import { makeTempDir } from '../helpers/temp.js';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/cli.js';

const MEMO = 'Kulturnämnden arbetar med barnets bästa och mänskliga rättigheter.\n\nVi följer upp arbetet med uppföljning.\n';

/** A fresh folder with one memo in it. */
function corpus(): { dir: string; memo: string } {
  const dir = makeTempDir('mrkoll-out-');
  const memo = path.join(dir, 'memo.txt');
  writeFileSync(memo, MEMO);
  return { dir, memo };
}

/** One line on stderr, no stack trace, no minified source. */
function oneLine(stderr: string): string {
  expect(stderr).not.toMatch(/\n\s+at |node:internal|Error:/);
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0];
}

describe('--out is never an input', () => {
  it.each([
    ['the same name', (memo: string) => memo],
    ['another spelling of it', (memo: string) => path.join(path.dirname(memo), '.', path.basename(memo))],
    ['a symbolic link to it', (memo: string) => (symlinkSync(memo, `${memo}.lnk.txt`), `${memo}.lnk.txt`)],
    ['a hard link to it', (memo: string) => (linkSync(memo, `${memo}.hard.md`), `${memo}.hard.md`)],
  ])('analyze and extract refuse --out that is the input by %s: exit 2, the memo unchanged', (_, outFor) => {
    const { dir, memo } = corpus();
    const out = outFor(memo);
    for (const command of ['analyze', 'extract']) {
      const run = runCli([command, memo, '--out', out, '--no-cache']);
      expect(run.status).toBe(2);
      expect(oneLine(run.stderr)).toBe(`mrkoll: --out ${out} är indatafilen ${memo}; välj en annan utdatafil (indata skrivs aldrig över)`);
      expect(readFileSync(memo, 'utf8')).toBe(MEMO);
    }
    // A directory read whole: the memo is one of its inputs too.
    const run = runCli(['extract', dir, '--out', memo, '--format', 'md', '--no-cache']);
    expect(run.status).toBe(2);
    expect(readFileSync(memo, 'utf8')).toBe(MEMO);
  });

  it('refuses --out onto the --expected list', () => {
    const { dir, memo } = corpus();
    const list = path.join(dir, 'forvantade.txt');
    writeFileSync(list, 'kulturnamnden\n');
    const run = runCli(['analyze', memo, '--expected', list, '--out', list, '--no-cache']);
    expect(run.status).toBe(2);
    expect(readFileSync(list, 'utf8')).toBe('kulturnamnden\n');
  });

  it('refuses an extension no format of the command writes (a report in a .docx)', () => {
    const { dir, memo } = corpus();
    const out = path.join(dir, 'rapport.docx');
    const run = runCli(['analyze', memo, '--out', out]);
    expect(run.status).toBe(2);
    expect(oneLine(run.stderr)).toBe(
      `mrkoll: --out ${out}: kommandot skriver inga .docx-filer (välj .txt, .json, .md, .markdown, .html, .htm, .csv eller ingen filändelse)`,
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe('--out onto links and devices', () => {
  it('writes through a symbolic link, which stays a link', () => {
    const { dir, memo } = corpus();
    const target = path.join(dir, 'ut', 'rapport.md');
    const link = path.join(dir, 'senaste.md');
    symlinkSync(path.join('ut', 'rapport.md'), link); // dangling until the report is written
    const run = runCli(['analyze', memo, '--out', link, '--no-cache']);
    expect(run.status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toContain('# Mänskliga rättigheter: täckning och luckor');
  });

  it('writes into /dev/null and leaves it a device', () => {
    const { memo } = corpus();
    const run = runCli(['analyze', memo, '--out', '/dev/null', '--no-cache']);
    expect(run.status).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});

describe('write errors: one line naming the file and the reason, exit 3', () => {
  it('a full disk (/dev/full)', () => {
    const { memo } = corpus();
    const run = runCli(['extract', memo, '--out', '/dev/full', '--no-cache']);
    expect(run.status).toBe(3);
    expect(oneLine(run.stderr)).toBe('mrkoll: /dev/full: kan inte skrivas (disken är full, ENOSPC)');
  });

  it('--out onto a folder, which is left as it was', () => {
    const { dir, memo } = corpus();
    const folder = path.join(dir, 'rapporter');
    mkdirSync(folder);
    const run = runCli(['analyze', memo, '--out', folder, '--no-cache']);
    expect(run.status).toBe(3);
    expect(oneLine(run.stderr)).toBe(`mrkoll: ${folder}: kan inte skrivas (det är en katalog, EISDIR)`);
    expect(readdirSync(folder)).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a folder that cannot be created (/proc)', () => {
    const { memo } = corpus();
    const run = runCli(['extract', memo, '--out', '/proc/mrkoll/rapport.txt', '--no-cache']);
    expect(run.status).toBe(3);
    expect(oneLine(run.stderr)).toMatch(/^mrkoll: \/proc\/mrkoll\/rapport\.txt: kan inte skrivas \(.+\)$/);
  });

  it('standard out on a full disk', () => {
    const { memo } = corpus();
    const full = openSync('/dev/full', 'w');
    const run = spawnSync(process.execPath, [BIN, 'extract', memo, '--format', 'json', '--no-cache'], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
    closeSync(full);
    expect(run.status).toBe(3);
    expect(oneLine(run.stderr)).toBe('mrkoll: standard ut kan inte skrivas (disken är full, ENOSPC)');
  });
});

describe('a reader that stops early (| head)', () => {
  it.each([
    ['analyze', '--format', 'json'],
    ['names', '--format', 'text'],
    ['extract', '--format', 'json'],
  ])('%s %s %s | head -1: the first line, exit 0, nothing on stderr', (...args) => {
    const script = `"${process.execPath}" "${BIN}" ${args.join(' ')} corpora/seeds --no-cache --no-progress | head -1; echo "status=\${PIPESTATUS[0]}" >&2`;
    const run = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).toBe('status=0\n');
  });
});

describe('reports in the corpus are not read back', () => {
  it('a report written into the corpus, and one in an output folder inside it, are left out with one line', () => {
    const { dir, memo } = corpus();
    const before = JSON.parse(runCli(['extract', dir, '--format', 'json', '--no-cache']).stdout);
    expect(runCli(['analyze', dir, '--out', path.join(dir, 'rapport.md'), '--no-cache']).status).toBe(0);
    expect(runCli(['analyze', dir, '--out', path.join(dir, 'rapporter', 'rapport.html'), '--no-cache']).status).toBe(0);
    expect(runCli(['extract', dir, '--out', path.join(dir, 'rapporter', 'text.txt'), '--no-cache']).status).toBe(0);
    // The same command again: the report it replaces is not an input.
    const again = runCli(['analyze', dir, '--out', path.join(dir, 'rapport.md'), '--no-cache']);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/^mrkoll: hoppar över 3 rapporter som mrkoll har skrivit: .*\nmrkoll: skrev /);
    const after = runCli(['extract', dir, '--format', 'json', '--no-cache']);
    expect(after.status).toBe(0);
    expect(oneLine(after.stderr)).toBe(
      `mrkoll: hoppar över 3 rapporter som mrkoll har skrivit: ${path.join(dir, 'rapport.md')}, ${path.join(dir, 'rapporter', 'rapport.html')} och ${path.join(dir, 'rapporter', 'text.txt')}`,
    );
    expect(JSON.parse(after.stdout).documents.map((d: { path: string }) => d.path)).toEqual(before.documents.map((d: { path: string }) => d.path));
    expect(readFileSync(memo, 'utf8')).toBe(MEMO);
  });

  it('nor the file the shell sends standard out to', () => {
    const { dir } = corpus();
    const report = path.join(dir, 'rapport.txt');
    const out = openSync(report, 'w');
    const run = spawnSync(process.execPath, [BIN, 'analyze', dir, '--no-cache'], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
    closeSync(out);
    expect(run.status).toBe(0);
    expect(oneLine(run.stderr)).toBe(`mrkoll: hoppar över ${report}: standard ut skrivs dit`);
    expect(readFileSync(report, 'utf8')).toMatch(/^Skapad av mrkoll \S+\n\nTäckning per förvaltning/);
  });
});

describe('usage', () => {
  it('mrkoll with no command: help on stderr, exit 2', () => {
    const run = runCli([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Användning: mrkoll \[flaggor\] \[kommando\]/);
  });

  it.each(['analyze', 'names', 'review', 'tag', 'compare', 'search', 'kwic', 'extract', 'lexicon', 'lexicon stats', 'registry', 'registry init'])(
    '%s --help is Swedish',
    (command) => {
      const run = runCli([...command.split(' '), '--help']);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^Användning: mrkoll /);
      expect(run.stdout).not.toMatch(/Usage|Options|Arguments|Commands|\[options\]|\(default|\(choices/);
    },
  );
});
