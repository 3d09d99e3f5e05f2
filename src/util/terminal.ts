// Text from documents, file names and manifests on its way to a terminal: control characters
// (ESC, BEL, carriage returns, C1 codes) and bidirectional overrides shown as visible symbols, so
// a file name or a passage can neither move the cursor, retitle the window, hide text nor split
// one message line into two.

// C0 controls and DEL: their Unicode "control pictures" (ESC → ␛, NUL → ␀, DEL → ␡).
const C0 = /[\u0000-\u001f\u007f]/g;
// C1 controls, and the marks that reorder text on screen (Trojan Source).
const INVISIBLE = /[\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function picture(c: string): string {
  const code = c.charCodeAt(0);
  return String.fromCharCode(code === 0x7f ? 0x2421 : 0x2400 + code);
}

function codePoint(c: string): string {
  return `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`;
}

/**
 * `text` safe to print: every control character made visible. `keepLines`: newlines and tabs
 * stay (a report's layout); otherwise they are shown too, so a message stays one line.
 */
export function terminalSafe(text: string, { keepLines = false } = {}): string {
  return text.replace(C0, (c) => (keepLines && (c === '\n' || c === '\t') ? c : picture(c))).replace(INVISIBLE, codePoint);
}
