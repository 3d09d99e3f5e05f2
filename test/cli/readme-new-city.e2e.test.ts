// README "Ny kommun": the three commands as written there, run with the built binary on a copy of
// the Växjö corpus (corpora/vaxjo/) standing in for a user's own documents: a draft registry, the
// check the README tells the user to run after editing, and the report with the user's registry.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkLexicons } from '../../src/lexicon/load.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/temp.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Ny kommun'), readme.indexOf('\n## ', readme.indexOf('## Ny kommun') + 1));
const block = /```sh\n([\s\S]*?)```/.exec(section)![1];
/** The block's lines, each command's words (none of them is quoted). */
const commands = block
  .trim()
  .split('\n')
  .map((line) => line.trim().split(/\s+/));
/** The command the README's step 2 tells the user to check the edited draft with. */
const check = /`npx mrkoll (lexicon check [^`]+)`/.exec(section)![1].split(/\s+/);

const cwd = makeTempDir('mrkoll-new-city-');
cpSync(path.join(ROOT, 'corpora/vaxjo'), path.join(cwd, 'protokoll'), { recursive: true });
const env = { XDG_CACHE_HOME: path.join(cwd, 'cache') };
const mrkoll = (words: string[]) => {
  expect(words.slice(0, 2)).toEqual(['npx', 'mrkoll']);
  return runCli(words.slice(2), { cwd, env });
};

/** Whether a --lexicons folder may hold just a registry (layered over the bundled lexicons). */
function layering(): boolean {
  const dir = makeTempDir('mrkoll-layer-');
  cpSync(path.join(ROOT, 'lexicons/registries/stockholm.yaml'), path.join(dir, 'registries', 'stockholm.yaml'));
  return checkLexicons(dir).length === 0;
}

describe('README: Ny kommun', () => {
  it('is three commands: registry init, an edit, analyze with the folder', () => {
    expect(commands.map((words) => words.slice(0, 3).join(' '))).toEqual([
      'npx mrkoll registry',
      '$EDITOR egna-lexikon/registries/vaxjo.yaml',
      'npx mrkoll analyze',
    ]);
  });

  it('drafts the registry where step 3 reads it', () => {
    const run = mrkoll(commands[0]);
    expect(run.stderr).toContain('mrkoll: skrev egna-lexikon/registries/vaxjo.yaml');
    expect(run.status).toBe(0);
    const draft = parse(readFileSync(path.join(cwd, commands[1][1]), 'utf8'));
    expect(draft.city).toBe('vaxjo');
    expect(draft.administrations.some((a: any) => a.id === 'vaxjo/namnden-for-barn-och-utbildning')).toBe(true);
  });

  it.skipIf(!layering())('checks the folder and writes a report with the registry’s names', () => {
    const checked = runCli(check, { cwd, env });
    expect(checked.status).toBe(0);
    const run = mrkoll(commands[2]);
    expect(run.status).toBe(0);
    const html = readFileSync(path.join(cwd, 'rapport.html'), 'utf8');
    expect(html).toContain('vaxjo/namnden-for-arbete-och-valfard');
    expect(html).not.toContain('malmo/');
  });

  it('leaves the documents as they were', () => {
    expect(existsSync(path.join(cwd, 'protokoll', 'protokoll-arbete-valfard-2025-02-19.txt'))).toBe(true);
    expect(readFileSync(path.join(cwd, 'protokoll', 'protokoll-arbete-valfard-2025-02-19.txt'), 'utf8')).toBe(
      readFileSync(path.join(ROOT, 'corpora/vaxjo/protokoll-arbete-valfard-2025-02-19.txt'), 'utf8'),
    );
  });
});
