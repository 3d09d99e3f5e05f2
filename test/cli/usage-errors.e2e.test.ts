// Commander's usage errors reach the analyst in Swedish, with exit code 2.
import { describe, expect, it } from 'vitest';
import { translateUsageError } from '../../src/cli/usage-errors.js';
import { runCli } from '../helpers/cli.js';

describe('translateUsageError', () => {
  it.each([
    ["error: unknown option '--fromat'\n(Did you mean --format?)", "fel: okänd flagga '--fromat'\n(Menade du --format?)"],
    ["error: unknown option '--x'", "fel: okänd flagga '--x'"],
    ["error: unknown command 'analyse'\n(Did you mean analyze?)", "fel: okänt kommando 'analyse'\n(Menade du analyze?)"],
    ["error: unknown command 'x'\n(Did you mean one of tag, kwic?)", "fel: okänt kommando 'x'\n(Menade du någon av tag, kwic?)"],
    ["error: missing required argument 'filer'", "fel: argumentet 'filer' saknas"],
    ["error: option '--out <fil>' argument missing", "fel: flaggan '--out <fil>' behöver ett värde"],
    ["error: required option '--city <stad>' not specified", "fel: flaggan '--city <stad>' krävs"],
    [
      "error: option '--sort <ordning>' argument 'up' is invalid. Allowed choices are left, right, doc.",
      "fel: flaggan '--sort <ordning>' kan inte ha värdet 'up'. Giltiga värden: left, right, doc.",
    ],
    ["error: option '--width <n>' argument '-3' is invalid. ska vara ett heltal", "fel: flaggan '--width <n>' kan inte ha värdet '-3'. ska vara ett heltal"],
    ["error: command-argument value 'x' is invalid for argument 'n'. fel", "fel: 'x' är inget giltigt värde för argumentet 'n'. fel"],
    ["error: too many arguments for 'kwic'. Expected 2 arguments but got 3.", "fel: för många argument till 'kwic': högst 2, men 3 gavs."],
    ['error: too many arguments. Expected 1 argument but got 2.', 'fel: för många argument: högst 1, men 2 gavs.'],
    ["error: option '--a' cannot be used with option '--b'", "fel: flaggan '--a' kan inte användas tillsammans med flaggan '--b'"],
    ['something commander says one day', 'something commander says one day'],
  ])('%j', (english, swedish) => {
    expect(translateUsageError(english)).toBe(swedish);
  });
});

describe('the binary', () => {
  it('reports an unknown option in Swedish and exits 2', () => {
    const result = runCli(['tag', '--fromat', 'json', 'corpora/seeds']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("fel: okänd flagga '--fromat'");
    expect(result.stderr).toContain('(Menade du --format?)');
    expect(result.stderr).not.toMatch(/error:|Did you mean/);
  });

  it('reports a value outside the choices in Swedish', () => {
    const result = runCli(['kwic', '--sort', 'up', 'barn', 'corpora/seeds']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("fel: flaggan '--sort <ordning>' kan inte ha värdet 'up'. Giltiga värden: left, right, doc.");
  });
});

describe('filters and files that name nothing', () => {
  it('search --tag P9: the tag is unknown, exit 2, before any file is read', () => {
    const result = runCli(['search', 'barn', 'finns-inte/', '--tag', 'P9', '--no-cache']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^mrkoll: okänd tagg "P9" \(lexikonen har P1, P2, P3, P4, barnratt, .*\)\n$/);
  });

  it('search --tag p4 (any case) is a known tag', () => {
    expect(runCli(['search', 'barn', 'corpora/seeds', '--tag', 'p4', '--no-cache']).status).toBe(0);
  });

  it('search --admin finnsinte: a warning that it names no administration, and the search runs', () => {
    const result = runCli(['search', 'barn', 'corpora/seeds', '--admin', 'finnsinte', '--no-cache']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      'mrkoll: varning: --admin finnsinte: ingen förvaltning med det id:t i registren eller dokumenten; filtret släpper inte igenom något\n',
    );
    expect(runCli(['search', 'barn', 'corpora/seeds', '--admin', 'kulturnamnden', '--no-cache']).stderr).toBe('');
  });

  it('analyze --rules <folder>: one line naming it, exit 2', () => {
    const result = runCli(['analyze', 'corpora/seeds', '--rules', 'rules', '--no-cache']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^mrkoll: rules(:1:1)?: [^\n]+\n$/);
  });

  it('lexicon list and stats JSON carry schemaVersion', () => {
    expect(JSON.parse(runCli(['lexicon', 'list', '--format', 'json']).stdout).schemaVersion).toBe(1);
    const stats = runCli(['lexicon', 'stats', 'corpora/seeds/malmo-tjansteskrivelse-stk-2023-138-a.txt', '--format', 'json', '--no-cache']);
    expect(JSON.parse(stats.stdout).schemaVersion).toBe(1);
  });
});
