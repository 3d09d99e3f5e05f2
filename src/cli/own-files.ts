// The run's own files among what it reads: the --out file must never be an input (a memo replaced
// by its own report, exit 0, was the worst thing mrkoll could do), and a report mrkoll wrote into
// a corpus folder, or an output folder inside the corpus, is not read back as a document.
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { isOwnReport, SIGNATURE_BYTES } from '../report/format/signature.js';
import { EXIT, fail } from '../util/exit.js';
import { list, plural } from '../util/swedish.js';
import { forTerminal } from '../util/terminal.js';

/** The extensions of the reports that are also document formats (JSON, CSV and SARIF are not read). */
const REPORT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

/** The file behind `file` (links followed, hard links alike): device and inode, or null when it is not there. */
export function fileIdentity(file: string): string | null {
  try {
    const stats = statSync(file, { bigint: true });
    return `${stats.dev}:${stats.ino}`;
  } catch {
    return null;
  }
}

/** Standard out when the shell sent it to a regular file (`> korpus/rapport.txt`): that file's identity. */
function stdoutIdentity(): string | null {
  try {
    const stats = fstatSync(1, { bigint: true });
    return stats.isFile() ? `${stats.dev}:${stats.ino}` : null;
  } catch {
    return null;
  }
}

/** Ends the run (exit 2) when `out` is the same file as one of `inputs`, by any name. */
export function refuseOutOnto(out: string | undefined, inputs: readonly string[]): void {
  const target = out ? fileIdentity(out) : null;
  if (target === null) return;
  const same = inputs.find((file) => fileIdentity(file) === target);
  if (same !== undefined) fail(`--out ${out} är indatafilen ${same}; välj en annan utdatafil (indata skrivs aldrig över)`, EXIT.fatal);
}

/** True when `file` begins like a report mrkoll wrote. */
export function readsAsOwnReport(file: string): boolean {
  if (!REPORT_EXTENSIONS.has(path.extname(file).toLowerCase())) return false;
  let fd: number | null = null;
  try {
    // Only a regular file: opening a FIFO for reading would wait for a writer forever.
    if (!statSync(file).isFile()) return false;
    fd = openSync(file, 'r');
    const head = Buffer.alloc(SIGNATURE_BYTES);
    const bytes = readSync(fd, head, 0, head.length, 0);
    return isOwnReport(head.subarray(0, bytes).toString('utf8'));
  } catch {
    // Unreadable: ingest says why, in its own words.
    return false;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * The files to read: mrkoll's own reports, and the file the shell sends stdout to, left out with
 * one line on stderr; the run ended (exit 2) if --out is one of the rest. A report that is the
 * --out file itself is left out, not refused: running the same command twice replaces it.
 */
export function screenInputs(files: readonly string[], out: string | undefined): string[] {
  const stdout = stdoutIdentity();
  const reports: string[] = [];
  const documents = files.filter((file) => {
    if (stdout !== null && fileIdentity(file) === stdout) {
      process.stderr.write(`mrkoll: hoppar över ${forTerminal(file)}: standard ut skrivs dit\n`);
      return false;
    }
    if (!readsAsOwnReport(file)) return true;
    reports.push(file);
    return false;
  });
  if (reports.length > 0) {
    const names = list(
      reports.map((file) => forTerminal(file)),
      3,
    );
    process.stderr.write(`mrkoll: hoppar över ${plural(reports.length, 'rapport', 'rapporter')} som mrkoll har skrivit: ${names}\n`);
  }
  refuseOutOnto(out, documents);
  return documents;
}
