// Text from outside (file names, document text, error messages) on its way to a terminal: a newline
// in a file name would forge a line of output, an ESC sequence would recolour, move the cursor or
// retitle the window, and a bidi override would show text other than what is there.

/** C0 and C1 controls, DEL, line and paragraph separators, and the bidi embeddings, overrides and isolates. */
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * `text` with every control and bidi character shown as an escape (`\n`, `\x1b`, `\u202e`), so
 * that it prints as one line of exactly the characters it has. Everything else, å, ä and ö
 * included, is left as it is.
 */
export function forTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? escape(c.charCodeAt(0)));
}

function escape(code: number): string {
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
