// Plain baselines measured in the same run, on the same machine and input: GNU grep's fixed-string
// matcher (Aho–Corasick / Commentz-Walter) over the segmented text with the lexicon's literal
// terms, and poppler's pdftotext over the PDFs. Either is left out where the tool is missing.
import { spawnSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import type { Lexicons } from '../types.js';
import { MB, rate } from './measure/spec.js';

export interface GrepBaseline {
  command: string;
  textMb: number;
  terms: number;
  matches: number;
  wallMs: number;
  mbPerS: number;
}

export interface PdftotextBaseline {
  files: number;
  pages: number;
  wallMs: number;
  pagesPerS: number;
}

export function toolVersion(command: string, args: string[] = ['--version']): string | null {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  // pdftotext prints its version on stderr.
  return (
    `${result.stdout}${result.stderr}`
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? null
  );
}

/** Every literal term the tagger and attribution look for, lower-cased, one a line. */
export function lexiconTerms(lexicons: Lexicons): string[] {
  const terms = new Set<string>();
  const add = (text: string) => terms.add(text.trim().toLocaleLowerCase('sv'));
  for (const framework of lexicons.frameworks) {
    for (const category of framework.categories) for (const term of category.terms) add(term.text);
  }
  for (const registry of lexicons.registries) {
    for (const a of registry.administrations) [a.name, ...a.aliases, ...a.misspellings].forEach(add);
    for (const g of registry.groups) [g.name, ...g.aliases].forEach(add);
  }
  terms.delete('');
  return [...terms].sort();
}

/**
 * `grep -F -o -i -f terms.txt text | wc -l`, timed in two locales. In C, grep matches bytes with
 * its Aho–Corasick (kwset) matcher: the fast reference, though -i then folds ASCII only. In
 * C.UTF-8, -i folds Å, Ä, Ö too, and grep gives up kwset for a slower regex matcher.
 */
export function grepBaselines(lexicons: Lexicons, textFile: string, termsFile: string): GrepBaseline[] {
  if (toolVersion('grep') === null) return [];
  const terms = lexiconTerms(lexicons);
  writeFileSync(termsFile, `${terms.join('\n')}\n`);
  const textMb = statSync(textFile).size / MB;
  const baselines: GrepBaseline[] = [];
  for (const locale of ['C', 'C.UTF-8']) {
    const started = performance.now();
    const result = spawnSync('sh', ['-c', `grep -F -o -i -f '${termsFile}' '${textFile}' | wc -l`], {
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: locale },
    });
    const wallMs = Math.round(performance.now() - started);
    if (result.status !== 0) continue;
    baselines.push({
      command: `LC_ALL=${locale} grep -F -o -i -f terms.txt text.txt | wc -l`,
      textMb: Math.round(textMb * 1000) / 1000,
      terms: terms.length,
      matches: Number(result.stdout.trim()),
      wallMs,
      mbPerS: rate(textMb, wallMs),
    });
  }
  return baselines;
}

/** `pdftotext file.pdf -` over each PDF in turn, as the PDF ingest stage reads them. */
export function pdftotextBaseline(files: string[], pages: number): PdftotextBaseline | null {
  if (toolVersion('pdftotext', ['-v']) === null) return null;
  const started = performance.now();
  for (const file of files) {
    const result = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
    if (result.status !== 0) return null;
  }
  const wallMs = Math.round(performance.now() - started);
  return { files: files.length, pages, wallMs, pagesPerS: rate(pages, wallMs) };
}
