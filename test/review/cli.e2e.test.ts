// End to end: the built binary (`npm run build`, then `node dist/bundle/mrkoll.js review …`) on the
// clean memo, the planted draft, a directory, a glob and a file that does not exist, with exit
// statuses 0, 1 and 2.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { FIXTURE_DOCX, PLANTED, SEED_A, SEED_B } from './helpers.js';
import { escapeRegExp } from '../../src/util/regexp.js';

const dir = mkdtempSync(path.join(tmpdir(), 'mrkoll-review-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const review = (...args: string[]) => runCli(['review', ...args]);

describe('mrkoll review', () => {
  test('the clean memo: exit 0, warnings allowed', () => {
    const run = review(SEED_A);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/⚠ \d+ anmärkningar \(0 fel, /);
  });

  test('the planted draft: exit 1, stylish lines with file:line:col and rule id', () => {
    const run = review(path.relative(ROOT, PLANTED));
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toMatch(
      /^test\/review\/fixtures\/utkast-med-fel\.txt:48:1 +fel {6}"Trafiknämnden" finns inte i registret över Malmö stads nämnder, förvaltningar och bolag {2}recipient-registry\n +» Trafiknämnden$/m,
    );
    expect(run.stdout).toMatch(/✖ \d+ anmärkningar \(6 fel, /);
  });

  test('--format json prints the documented contract', () => {
    const run = review('--format', 'json', PLANTED);
    expect(run.status, run.stderr).toBe(1);
    const json = JSON.parse(run.stdout) as { schemaVersion: number; findings: Array<Record<string, unknown>> };
    expect(json.schemaVersion).toBe(2);
    expect(json.findings).toContainEqual({
      file: PLANTED,
      ruleId: 'required-sections',
      severity: 'error',
      message: 'Avsnittet "Ansvariga" saknas (godtagna rubriker: Ansvariga, Ansvarig, Ansvariga tjänstepersoner, Underskrifter)',
      line: 407,
      column: 40,
      endLine: 407,
      endColumn: 40,
      place: 'file',
      page: null,
      section: ['Avslutande slutsatser'],
      excerpt: '',
    });
    const keys = ['column', 'endColumn', 'endLine', 'excerpt', 'file', 'line', 'message', 'page', 'place', 'ruleId', 'section', 'severity'];
    for (const f of json.findings) expect(Object.keys(f).sort()).toEqual(keys);
  });

  test('--format sarif and md; --out by extension', () => {
    const sarif = JSON.parse(review('--format', 'sarif', FIXTURE_DOCX).stdout) as { version: string; runs: Array<{ results: unknown[] }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
    const md = review('--format', 'md', FIXTURE_DOCX);
    expect(md.stdout, md.stderr).toContain('| Plats | Allvar | Meddelande | Regel | Utdrag |');
    expect(md.stdout).toMatch(/^\| stycke \d+:\d+ \| /m);
    const out = path.join(dir, 'granskning.sarif');
    expect(review('--out', out, SEED_A).status).toBe(0);
  });

  test('--corpus: a draft is held to how the corpus writes its organs, at the line and column, in every format', () => {
    // A Växjö draft (no registry: the names come from corpora/vaxjo) with a slip in a committee's name and in a head noun.
    const draft = path.join(dir, 'vaxjo-utkast.txt');
    writeFileSync(
      draft,
      'Tjänsteskrivelse\nVäxjö kommun\n\nBidrag till föreningslivet 2026\n\nSammanfattning\n' +
        'Ärendet har beretts av Nämnden för Kultur & Fritd. Förvaltningen för Kultur & Fritid har skrivit underlaget.\n\n' +
        'Ärendet\nKommunstyrelssen har gett uppdraget.\n',
    );
    const corpus = path.join(ROOT, 'corpora/vaxjo');
    const without = review(draft, '--city', 'vaxjo', '--format', 'json');
    expect((JSON.parse(without.stdout) as { findings: Array<{ ruleId: string }> }).findings.filter((f) => f.ruleId === 'corpus-names')).toEqual([]);

    const json = review(draft, '--city', 'vaxjo', '--format', 'json', '--corpus', corpus);
    expect(json.stderr).toBe('');
    const findings = (
      JSON.parse(json.stdout) as { findings: Array<{ ruleId: string; line: number; column: number; excerpt: string; message: string }> }
    ).findings
      .filter((f) => f.ruleId === 'corpus-names')
      .map((f) => `${f.line}:${f.column} ${f.excerpt}: ${f.message}`);
    expect(findings).toEqual([
      '7:24 Nämnden för Kultur & Fritd: "Nämnden för Kultur & Fritd" är inget namn i korpusen eller registret men liknar "Nämnden för Kultur & Fritid" och inget annat organ (möjligen fel namn eller stavfel)',
      expect.stringMatching(/^10:1 Kommunstyrelssen: "Kommunstyrelssen" skrivs "Kommunstyrelsen" i korpusen \(\d+ gånger; stavfel i namnet\)$/),
    ]);

    const stylish = review(draft, '--city', 'vaxjo', '--corpus', corpus);
    expect(stylish.stdout).toMatch(
      new RegExp(`^${escapeRegExp(draft)}:10:1 +varning +"Kommunstyrelssen" skrivs "Kommunstyrelsen" i korpusen .* corpus-names$`, 'm'),
    );
    const sarif = JSON.parse(review(draft, '--city', 'vaxjo', '--format', 'sarif', '--corpus', corpus).stdout) as {
      runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { region: { startLine: number; startColumn: number } } }> }> }>;
    };
    const regions = sarif.runs[0].results.filter((r) => r.ruleId === 'corpus-names').map((r) => r.locations[0].physicalLocation.region);
    expect(regions.map((r) => `${r.startLine}:${r.startColumn}`)).toEqual(['7:24', '10:1']);
  });

  test('a file that cannot be read: exit 2, one line on stderr', () => {
    const run = review(path.join(dir, 'finns-inte.docx'));
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^mrkoll: .*finns-inte\.docx: /);
  });

  test('takes directories and globs like every other command, one review per file', () => {
    const drafts = mkdtempSync(path.join(dir, 'utkast-'));
    copyFileSync(SEED_A, path.join(drafts, 'stk-a.txt'));
    copyFileSync(SEED_B, path.join(drafts, 'stk-b.txt'));
    type Json = { findings: Array<{ file: string }> };
    // A glob's matches come back relative to the working directory, as for every command.
    const files = (json: Json) => [...new Set(json.findings.map((f) => path.resolve(ROOT, f.file)))];
    const withoutFile = (json: Json, name: string) => json.findings.filter((f) => f.file.endsWith(name)).map((f) => ({ ...f, file: name }));
    const directory = review('--format', 'json', drafts);
    expect(directory.status, directory.stderr).toBe(0);
    const all = JSON.parse(directory.stdout) as Json;
    expect(files(all)).toEqual([path.join(drafts, 'stk-a.txt'), path.join(drafts, 'stk-b.txt')]);
    const glob = review('--format', 'json', path.join(drafts, '*-b.txt'));
    expect(glob.status, glob.stderr).toBe(0);
    const one = JSON.parse(glob.stdout) as Json;
    expect(files(one)).toEqual([path.join(drafts, 'stk-b.txt')]);
    expect(withoutFile(one, 'stk-b.txt')).toEqual(withoutFile(all, 'stk-b.txt'));
    expect(one.findings.length).toBeGreaterThan(0);
  });

  test('a directory with nothing to review, or a glob that matches nothing: exit 2, one line on stderr', () => {
    const empty = mkdtempSync(path.join(dir, 'tom-'));
    for (const run of [review(empty), review(path.join(empty, '*.docx'))]) {
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  test('one unreadable file among readable ones: the others are reviewed, exit 2', () => {
    const run = review(SEED_A, path.join(dir, 'finns-inte.docx'));
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/⚠ \d+ anmärkningar \(0 fel, /);
    expect(run.stderr).toMatch(/^mrkoll: .*finns-inte\.docx: /);
  });

  test('--list-rules, with the review profiles', () => {
    const run = review('--list-rules');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^required-sections +fel +required-sections$/m);
    expect(run.stdout).toMatch(/^generic +Allmän svensk tjänsteskrivelse\n +tjänsteskrivelse: Förslag till beslut \(fel\), /m);
  });

  test('a memo from a city without a template of its own: no errors; --profile malmo holds it to Malmö’s; an unknown profile stops', () => {
    const memo = path.join(ROOT, 'corpora/vaxjo/tjansteskrivelse-valdeltagande-2026.md');
    const generic = review(memo);
    expect(generic.status, generic.stdout).toBe(0);
    const malmo = review('--profile', 'malmo', memo);
    expect(malmo.status).toBe(1);
    expect(malmo.stdout).toMatch(/fel +Avsnittet "Beslutsplanering" saknas/);
    const unknown = review('--profile', 'lund', memo);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('okänd granskningsprofil "lund" (välj generic, malmo, stockholm)');
  });

  test('--rules: a user rule turns a phrase into an error; a broken rule file stops the run', () => {
    const own = mkdtempSync(path.join(dir, 'regler-'));
    writeFileSync(
      path.join(own, 'ingen-enlighet.yaml'),
      "id: ingen-enlighet\nkind: existence\nseverity: error\nmessage: Skriv enligt\ndescription: d\ntokens: ['i enlighet med']\n",
    );
    const run = review('--rules', own, SEED_A);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toContain('fel      Skriv enligt  ingen-enlighet');
    writeFileSync(path.join(own, 'trasig.yaml'), 'id: trasig\nkind: existence\nseverity: kanske\nmessage: m\ndescription: d\ntokens: [x]\n');
    const broken = review('--rules', own, SEED_A);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('trasig.yaml:3:11: severity: ska vara ett av: error, warning, info, off');
  });

  test('--rules: a pattern that backtracks catastrophically is refused at load, one line at its place (exit 2)', () => {
    const own = mkdtempSync(path.join(dir, 'regler-'));
    const file = path.join(own, 'katastrof.yaml');
    writeFileSync(file, "id: katastrof\nkind: existence\nseverity: info\nmessage: m\ndescription: d\ntokens:\n  - '(\\p{L}+\\s?)+!'\n");
    const started = Date.now();
    const run = review('--rules', own, SEED_A);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      new RegExp(`^mrkoll: regelfilerna innehåller fel:\n${escapeRegExp(file)}:7:5: tokens\\[0\\]: mönstret kan ta exponentiell tid[^\n]*\n$`),
    );
  });

  test('--rules: a rule that runs past its time budget on a file is stopped there, one line naming both; the rest is reviewed (exit 2)', () => {
    const own = mkdtempSync(path.join(dir, 'regler-'));
    // Polynomial, not exponential: the check at load lets it through; on a 400-letter word it would run for hours.
    const slow = String.raw`\p{L}*\p{L}*\p{L}*\p{L}*\p{L}*\p{L}*\p{L}*1`;
    writeFileSync(path.join(own, 'seg.yaml'), `id: seg\nkind: existence\nseverity: info\nmessage: m\ndescription: d\ntokens: ['${slow}']\n`);
    const memo = path.join(dir, 'lang-ord.txt');
    writeFileSync(memo, `${readFileSync(SEED_A, 'utf8')}\n${'a'.repeat(400)}\n`);
    const run = review('--rules', own, '--format', 'json', memo);
    expect(run.stderr).toMatch(
      new RegExp(
        `^mrkoll: ${escapeRegExp(memo)}: regeln "seg" avbröts efter \\d+(,\\d)? s \\(tidsgränsen per regel och fil\\); övriga regler granskade filen\n$`,
      ),
    );
    expect(run.status).toBe(2);
    const ruleIds = new Set((JSON.parse(run.stdout) as { findings: Array<{ ruleId: string }> }).findings.map((f) => f.ruleId));
    expect(ruleIds.has('sentence-length') || ruleIds.has('lix')).toBe(true);
  });
});
