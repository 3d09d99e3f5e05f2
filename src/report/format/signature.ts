// How mrkoll marks the reports it writes, and recognises them: a report saved into a corpus folder
// must not be read back as a document on the next run (it doubled the passages and hid gaps).
// HTML carries <meta name="generator">; Markdown and text written to a file begin with one line
// that says who made them. JSON (schemaVersion), CSV and SARIF are never read as documents.

/** "mrkoll 0.1.0": the generator named in every marked report. */
export function generator(version?: string): string {
  return version ? `mrkoll ${version}` : 'mrkoll';
}

/** The `<meta>` every HTML report has in its `<head>`, before anything taken from a document. */
export function generatorMeta(version?: string): string {
  return `<meta name="generator" content="${generator(version).replace(/[^\w .+-]/g, '')}">`;
}

/** The formats whose reports written to a file begin with a marker line. */
const FIRST_LINE: Record<string, (version: string) => string> = {
  text: (v) => `Skapad av ${generator(v)}`,
  stylish: (v) => `Skapad av ${generator(v)}`,
  md: (v) => `<!-- Skapad av ${generator(v)} -->`,
};

/** `text` with the first-line marker of its format, if it has one (a report bound for a file). */
export function markReport(format: string, text: string, version: string): string {
  const line = FIRST_LINE[format];
  return line ? `${line(version)}\n\n${text}` : text;
}

/** How many characters of a file `isOwnReport` needs to see. */
export const SIGNATURE_BYTES = 1024;

/** True when `head` (the start of a file) is the start of a report mrkoll wrote. */
export function isOwnReport(head: string): boolean {
  const text = head.replace(/^\uFEFF/, '');
  return /^(?:<!-- )?Skapad av mrkoll \S+/.test(text) || /<meta name="generator" content="mrkoll[ "]/i.test(text.slice(0, SIGNATURE_BYTES));
}
