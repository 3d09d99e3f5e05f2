// End to end: hostile manifests through the built binary. `compare corpus/manifest.yaml` reads no
// file the manifest points to outside its folder; a manifest that is an alias bomb is one line
// naming it, and the folder's documents are still read and compared (docs/corpora.md).
import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ALIAS_BOMB } from '../helpers/hostile-yaml.js';
import { makeTempDir } from '../helpers/temp.js';
import { writeCorpus, YEAR_1, YEAR_2 } from '../compare/corpora.js';

const compare = (...args: string[]) => runCli(['compare', ...args, '--no-spelling', '--no-cache', '--format', 'json']);

/** Two years of answers, and beside them a document a manifest may try to pull in: it would add a committee. */
function years(): { year1: string; year2: string } {
  const root = makeTempDir('mrkoll-manifest-e2e-');
  writeFileSync(path.join(root, 'hemlig.txt'), 'Grundskolenämnden arbetar med barnets bästa.\n');
  return { year1: writeCorpus(root, 2023, YEAR_1), year2: writeCorpus(root, 2024, YEAR_2) };
}

describe('hostile manifests (built binary)', () => {
  test('compare reads no file a manifest lists outside its folder, and says so in one line', () => {
    const { year1, year2 } = years();
    appendFileSync(path.join(year1, 'manifest.yaml'), '  - file: ../hemlig.txt\n    author: malmo/grundskolenamnden\n');
    const { status, stdout, stderr } = compare(path.join(year1, 'manifest.yaml'), year2);
    expect(stderr).toMatch(
      /^mrkoll: \S*manifest\.yaml: rad \d+, kolumn 11: documents\[4\]\.file: "\.\.\/hemlig\.txt" pekar utanför manifestets katalog; posten används inte\n$/,
    );
    expect(status).toBe(1);
    // Grundskolenämnden answers only in 2024: had hemlig.txt been read, it would not have appeared.
    expect(JSON.parse(stdout).appeared).toEqual(['malmo/grundskolenamnden']);
  });

  test('an alias bomb in a corpus folder’s manifest is one line, and its documents are still compared', () => {
    const { year1, year2 } = years();
    writeFileSync(path.join(year2, 'manifest.yaml'), ALIAS_BOMB);
    const { status, stdout, stderr } = compare(year1, year2);
    expect(stderr).toBe(
      `mrkoll: ${path.join(year2, 'manifest.yaml')}: rad 2, kolumn 8: YAML-fel: alias (*namn) expanderar till för många värden (högst 100): filen läses inte\n`,
    );
    expect(status).toBe(1);
    expect(JSON.parse(stdout).corpora).toHaveLength(2);
  });

  test('an alias bomb in a manifest given as the corpus ends the run with one line naming it (exit 2)', () => {
    const { year1, year2 } = years();
    writeFileSync(path.join(year2, 'manifest.yaml'), ALIAS_BOMB);
    const { status, stdout, stderr } = compare(path.join(year2, 'manifest.yaml'), year1);
    expect(stderr).toMatch(/^mrkoll: \S*manifest\.yaml:2:8: YAML-fel: alias .*\n$/);
    expect(stderr).not.toMatch(/ReferenceError|\n\s+at /);
    expect(status).toBe(2);
    expect(stdout).toBe('');
  });
});
