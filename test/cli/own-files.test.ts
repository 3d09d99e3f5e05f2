// The run's own files among its inputs: mrkoll's reports are recognised by their marker and left
// out with one line; --out may be no input by any name.
import { linkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readsAsOwnReport, screenInputs } from '../../src/cli/own-files.js';
import { generatorMeta, isOwnReport, markReport } from '../../src/report/format/signature.js';
import { makeTempDir } from '../helpers/temp.js';
import { execFileSync } from 'node:child_process';

afterEach(() => vi.restoreAllMocks());

describe('the marker', () => {
  it.each(['text', 'stylish', 'md'])('a %s report bound for a file begins with it, and is recognised', (format) => {
    const marked = markReport(format, 'Täckning per förvaltning\n', '9.9.9');
    expect(marked).toMatch(/^(<!-- )?Skapad av mrkoll 9\.9\.9( -->)?\n\nTäckning/);
    expect(isOwnReport(marked)).toBe(true);
    expect(isOwnReport(`\uFEFF${marked}`)).toBe(true);
  });

  it('HTML carries a generator meta', () => {
    expect(isOwnReport(`<!doctype html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n${generatorMeta('1.0')}\n<title>x</title>`)).toBe(true);
  });

  it('JSON and CSV get none (they are never read as documents); documents are not reports', () => {
    expect(markReport('json', '{}', '1')).toBe('{}');
    expect(markReport('csv', 'a,b\r\n', '1')).toBe('a,b\r\n');
    expect(isOwnReport('Tjänsteskrivelse\n\nSkapad av mrkoll 1.0 står det här, inte först.')).toBe(false);
    expect(isOwnReport('<html><head><meta name="generator" content="Microsoft Word 15">')).toBe(false);
  });
});

describe('screenInputs', () => {
  function capture(): () => string {
    let stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
    return () => stderr;
  }

  it('leaves out reports with one line, keeps documents, and never opens a FIFO', () => {
    const dir = makeTempDir('mrkoll-own-');
    const memo = path.join(dir, 'memo.txt');
    const report = path.join(dir, 'rapport.md');
    const page = path.join(dir, 'rapport.html');
    const fifo = path.join(dir, 'rör.txt');
    writeFileSync(memo, 'Kulturnämnden arbetar.');
    writeFileSync(report, markReport('md', '# Rapport', '1'));
    writeFileSync(page, `<!doctype html><html><head><meta charset="utf-8">${generatorMeta('1')}`);
    mkfifo(fifo);
    const stderr = capture();
    expect(screenInputs([memo, report, page, fifo], undefined)).toEqual([memo, fifo]);
    expect(stderr()).toBe(`mrkoll: hoppar över 2 rapporter som mrkoll har skrivit: ${report} och ${page}\n`);
    expect(readsAsOwnReport(fifo)).toBe(false);
  });

  it('an --out that is a report is left out (run twice, it is replaced); one that is a document ends the run', () => {
    const dir = makeTempDir('mrkoll-own-');
    const memo = path.join(dir, 'memo.txt');
    const report = path.join(dir, 'rapport.txt');
    writeFileSync(memo, 'Kulturnämnden arbetar.');
    writeFileSync(report, markReport('text', 'Täckning', '1'));
    capture();
    expect(screenInputs([memo, report], report)).toEqual([memo]);
    const hard = path.join(dir, 'samma.txt');
    linkSync(memo, hard);
    vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${code}`);
    });
    expect(() => screenInputs([memo], hard)).toThrow('exit 2');
  });
});

function mkfifo(file: string): void {
  // Node has no mkfifo; the system's is on every machine the tests run on.
  execFileSync('mkfifo', [file]);
}
