// `mrkoll analyze` end to end with the built binary, on the bundled corpora.
import { makeTempDir } from '../helpers/temp.js';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const tmp = makeTempDir('mrkoll-analyze-');

describe('mrkoll analyze', () => {
  let json: any;
  let passages: Map<string, string>;

  beforeAll(() => {
    const run = runCli(['analyze', 'corpora/seeds', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    json = JSON.parse(run.stdout);
    const extracted = JSON.parse(runCli(['extract', 'corpora/seeds', '--format', 'json']).stdout);
    passages = new Map(extracted.documents.flatMap((d: any) => d.passages.map((p: any) => [`${d.path}#${p.id}`, p.text])));
  });

  it('prints the JSON contract, by mention by default', () => {
    expect(json.schemaVersion).toBe(2);
    expect(json.view).toBe('mention');
    expect(json.administrations.length).toBeGreaterThan(20);
    const kinds = new Set(json.gaps.map((g: any) => g.kind));
    expect([...kinds].every((k) => ['absent-administration', 'rare-tag', 'missing-tag', 'question', 'depth', 'scope'].includes(k as string))).toBe(true);
  });

  it('names P4 among the least covered principles', () => {
    const principles = json.ranking.filter((c: any) => /^P\d$/.test(c.tag));
    expect(principles[0].tag).toBe('P4');
    expect(json.gaps.some((g: any) => g.kind === 'rare-tag' && g.tag === 'P4')).toBe(true);
  });

  it('lists the companies on the memo’s distribution list that the rapport never mentions', () => {
    const absent = json.gaps.filter((g: any) => g.kind === 'absent-administration').map((g: any) => g.administrationName);
    expect(absent).toEqual(expect.arrayContaining(['Malmö Kommuns Parkering AB', 'Malmö Leasing AB', 'Minc Sverige AB', 'Parkeringsövervakning Malmö AB']));
    expect(absent).not.toContain('Kulturnämnden');
  });

  it('quotes real passages in every cell and gap', () => {
    let n = 0;
    const check = (e: any) => {
      expect(passages.get(`${e.document}#${e.passage}`)).toContain(e.quote);
      n++;
    };
    for (const a of json.administrations) for (const c of Object.values(a.cells) as any[]) [...c.evidence, ...c.notCounted].forEach(check);
    for (const g of json.gaps) g.evidence.forEach(check);
    expect(n).toBeGreaterThan(300);
  });

  it('skips the variant memo and says so, unless asked to include it', () => {
    expect(json.corpus.skippedVariants.map((s: any) => path.basename(s.path))).toEqual(['malmo-tjansteskrivelse-stk-2023-138-b.txt']);
    const all = JSON.parse(runCli(['analyze', 'corpora/seeds', '--format', 'json', '--include-variants']).stdout);
    expect(all.corpus.skippedVariants).toEqual([]);
    expect(all.corpus.documents).toHaveLength(5);
  });

  it('credits the document’s author by author', () => {
    const run = JSON.parse(runCli(['analyze', 'corpora/seeds', '--by', 'author', '--format', 'json']).stdout);
    expect(run.view).toBe('author');
    const ks = run.administrations.find((a: any) => a.id === 'malmo/kommunstyrelsen');
    expect(ks.documents.some((d: string) => d.includes('rapport'))).toBe(true);
    expect(run.gaps.find((g: any) => g.administration === 'malmo/kulturnamnden').message).toContain('har inget eget dokument');
  });

  it('takes the expected administrations from a list', () => {
    const list = path.join(tmp, 'forvantade.txt');
    writeFileSync(list, '# svarande\nmalmo/kulturnamnden\nValnämnden\nMånskensnämnden\n');
    const run = runCli(['analyze', 'corpora/seeds', '--expected', list, '--format', 'json']);
    expect(run.stderr).toContain('"Månskensnämnden" finns inte i något register');
    const out = JSON.parse(run.stdout);
    expect(out.expected.ids).toEqual(['malmo/kulturnamnden', 'malmo/valnamnden', 'malmo/manskensnamnden']);
    expect(out.gaps.filter((g: any) => g.kind === 'absent-administration').map((g: any) => g.administration)).toEqual(
      expect.arrayContaining(['malmo/manskensnamnden']),
    );
  });

  it('prints a summary table in the terminal, without a progress bar when not a terminal', () => {
    const run = runCli(['analyze', 'corpora/seeds']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Principer: antal stycken (andel av förvaltningens text)');
    expect(run.stdout).toMatch(/Kulturnämnden +1\s?909/);
    expect(run.stdout).toContain('Luckor (');
    expect(run.stderr).toBe('');
  });

  it.each([
    ['rapport.html', /^<!doctype html>/],
    // A Markdown report in a file is marked as mrkoll's (a comment that does not show), so it is not read back.
    ['rapport.md', /^<!-- Skapad av mrkoll \S+ -->\n\n# Mänskliga rättigheter: täckning och luckor/],
    ['matris.csv', /^id,namn,registrerad,forvantad,ord,stycken,P1_stycken/],
    ['rapport.json', /^\{\n {2}"schemaVersion": 2/],
  ])('writes %s in the format of its extension', (name, start) => {
    const out = path.join(tmp, 'ut', name);
    const run = runCli(['analyze', 'corpora/seeds', '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(`mrkoll: skrev ${out}\n`);
    expect(readFileSync(out, 'utf8')).toMatch(start);
  });

  it('reads the DOCX and PDF fixtures, counting each document once', () => {
    const out = JSON.parse(runCli(['analyze', 'corpora/fixtures', '--format', 'json']).stdout);
    expect(out.corpus.documents).toHaveLength(3);
    expect(out.corpus.skippedVariants).toHaveLength(3);
  });

  it('fails clearly on a broken rules file and an unknown format', () => {
    const rules = path.join(tmp, 'regler.yaml');
    const text = readFileSync('rules/analysis.yaml', 'utf8').replace('silentWords: 60', 'silentWords: många');
    writeFileSync(rules, text);
    const before = text.slice(0, text.indexOf('många')).split('\n');
    const bad = runCli(['analyze', 'corpora/seeds', '--rules', rules]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(`mrkoll: ${rules}:${before.length}:${before.at(-1)!.length + 1}: thresholds.silentWords: ska vara ett heltal\n`);
    const format = runCli(['analyze', 'corpora/seeds', '--format', 'pdf']);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('okänt format "pdf"');
    expect(existsSync(path.join(tmp, 'none'))).toBe(false);
  });

  it('reports a file it cannot read and goes on (exit 1)', () => {
    const run = runCli([
      'analyze',
      'corpora/seeds/manifest.yaml',
      'corpora/seeds/stockholm-remissvar-servicenamnden-2025.txt',
      'finns-inte.pdf',
      '--format',
      'json',
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^mrkoll: finns-inte\.pdf: /m);
    expect(JSON.parse(run.stdout).corpus.documents).toHaveLength(1);
  });
});
