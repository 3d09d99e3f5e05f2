// Hostile YAML in a data file (a user's lexicon, rule file or corpus manifest): alias bombs, deep
// nesting, huge files, FIFOs and folders in place of files all become problems at file:line:col,
// never an exception, a hang or a stack overflow.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { LexiconError, parseYaml, readYaml, YAML_LIMITS } from '../../src/data-files/problems.js';
import { loadAnalysisRules, RulesError } from '../../src/analyze/rules.js';
import { loadLanguageData } from '../../src/language/data.js';
import { loadLexicons } from '../../src/lexicon/load.js';
import { loadMunicipalities } from '../../src/lexicon/municipalities.js';
import { ALIAS_BOMB } from '../helpers/hostile-yaml.js';
import { makeTempDir } from '../helpers/temp.js';

describe('parseYaml', () => {
  test('an alias bomb is one problem at its first alias, not a ReferenceError', () => {
    const { source, problems } = parseYaml(ALIAS_BOMB, 'bomb.yaml');
    expect(source.data).toBeNull();
    expect(problems).toEqual([{ file: 'bomb.yaml', line: 2, col: 8, message: expect.stringMatching(/^YAML-fel: alias .* för många värden \(högst 100\)/) }]);
  });

  test('a few aliases are fine', () => {
    const { source, problems } = parseYaml('a: &x [1, 2]\nb: *x\nc: *x\n', 'ok.yaml');
    expect(problems).toEqual([]);
    expect(source.data).toEqual({ a: [1, 2], b: [1, 2], c: [1, 2] });
  });

  test('100,000 nested brackets are one problem where the nesting passes the limit', () => {
    const started = performance.now();
    const { problems } = parseYaml('['.repeat(100_000), 'deep.yaml');
    expect(problems).toEqual([{ file: 'deep.yaml', line: 1, col: YAML_LIMITS.maxDepth + 1, message: 'YAML-fel: för djupt nästlad (fler än 500 nivåer)' }]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test('closing brackets in quoted strings cannot hide nesting from the check', () => {
    const { problems } = parseYaml(`a: 1\nb: ${'["]", '.repeat(5000)}`, 'deep.yaml');
    expect(problems).toEqual([{ file: 'deep.yaml', line: 2, col: 4 + 6 * YAML_LIMITS.maxDepth, message: 'YAML-fel: för djupt nästlad (fler än 500 nivåer)' }]);
  });

  test('many brackets side by side are no nesting', () => {
    const { source, problems } = parseYaml(Array.from({ length: 2000 }, (_, i) => `k${i}: [a, {b: [c]}]`).join('\n'), 'wide.yaml');
    expect(problems).toEqual([]);
    expect((source.data as Record<string, unknown>).k1999).toEqual(['a', { b: ['c'] }]);
  });

  test('a compact nested list on one line counts as nesting', () => {
    const { problems } = parseYaml(`ok: 1\n${'- '.repeat(5_000)}x\n`, 'deep.yaml');
    expect(problems).toEqual([{ file: 'deep.yaml', line: 2, col: 1, message: 'YAML-fel: för djupt nästlad (fler än 500 nivåer)' }]);
  });

  test('nesting by indentation, which the bracket count does not see, does not overflow the stack', () => {
    // 1,400 levels of indentation (just under the size limit): deeper than the parser's stack
    // reaches in a plain process; it catches its own overflow, and nothing of it escapes here.
    const text = 'a:\n' + Array.from({ length: 1400 }, (_, i) => `${' '.repeat(i + 1)}a:`).join('\n');
    expect(text.length).toBeLessThan(YAML_LIMITS.maxBytes);
    const { source, problems } = parseYaml(text, 'deep.yaml');
    if (problems.length > 0) expect(source.data).toBeNull();
    for (const p of problems) expect(p.message).toMatch(/^YAML-fel: /);
  });

  test('a text larger than the limit is refused before parsing', () => {
    const { problems } = parseYaml(`a: "${'x'.repeat(YAML_LIMITS.maxBytes)}"\n`, 'big.yaml');
    expect(problems).toEqual([{ file: 'big.yaml', line: 1, col: 1, message: 'för stor för en datafil (1,0 MB; högst 1,0 MB)' }]);
  });

  test('syntax errors are Swedish and at most 20 lines, the rest counted', () => {
    expect(parseYaml('a: 1\na: 2\n', 'dup.yaml').problems).toEqual([{ file: 'dup.yaml', line: 2, col: 1, message: 'YAML-fel: nyckeln står två gånger' }]);
    const many = parseYaml(Array.from({ length: 30 }, (_, i) => `k: ${i}`).join('\n'), 'many.yaml').problems;
    expect(many).toHaveLength(21);
    expect(many[20].message).toBe('YAML-fel: och 9 fel till');
  });
});

describe('readYaml', () => {
  const dir = makeTempDir('mrkoll-yaml-');

  test('a folder named like a YAML file is a problem, not EISDIR thrown', () => {
    mkdirSync(path.join(dir, 'mapp.yaml'));
    expect(readYaml(path.join(dir, 'mapp.yaml')).problems).toEqual([
      { file: path.join(dir, 'mapp.yaml'), line: 1, col: 1, message: 'kan inte läsas (EISDIR)' },
    ]);
  });

  test.skipIf(process.platform === 'win32')('a FIFO is refused at once instead of blocking the run', () => {
    const fifo = path.join(dir, 'fifo.yaml');
    execFileSync('mkfifo', [fifo]);
    expect(readYaml(fifo).problems).toEqual([{ file: fifo, line: 1, col: 1, message: 'kan inte läsas (ingen vanlig fil)' }]);
  });

  test('a file over the size limit is not read', () => {
    const big = path.join(dir, 'stor.yaml');
    writeFileSync(big, `# ${'x'.repeat(2 * 1024 * 1024)}\n`);
    expect(readYaml(big).problems[0].message).toBe('för stor för en datafil (2,0 MB; högst 1,0 MB)');
  });
});

describe('every loader of YAML data reports an alias bomb as a problem of its own kind', () => {
  const dir = makeTempDir('mrkoll-bombs-');
  const bomb = (name: string): string => {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, ALIAS_BOMB);
    return file;
  };
  const at = (file: string) => new RegExp(`${path.basename(file).replace('.', '\\.')}:2:8: YAML-fel: alias`);

  test('lexicons', () => {
    const file = bomb('lexikon/frameworks/bomb.yaml');
    expect(() => loadLexicons(path.join(dir, 'lexikon'))).toThrow(LexiconError);
    expect(() => loadLexicons(path.join(dir, 'lexikon'))).toThrow(at(file));
  });

  test('analysis rules', () => {
    const file = bomb('analysis.yaml');
    expect(() => loadAnalysisRules(file)).toThrow(RulesError);
    expect(() => loadAnalysisRules(file)).toThrow(at(file));
  });

  test('language data and the municipalities', () => {
    const file = bomb('swedish.yaml');
    expect(() => loadLanguageData(file)).toThrow(at(file));
    expect(() => loadMunicipalities(file)).toThrow(at(file));
  });

  test('a folder in place of the analysis rules file is a problem, not EISDIR thrown', () => {
    expect(() => loadAnalysisRules(dir)).toThrow(/kan inte läsas \(EISDIR\)/);
  });
});
