// The terminal styles the reports use: one table of ANSI SGR sequences, each style with the
// sequence that ends it. Whether to colour at all is the CLI's decision (`useColor`).

const RESET = '\u001b[0m';

export const ANSI = {
  bold: ['\u001b[1m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  strike: ['\u001b[9m', '\u001b[29m'],
  red: ['\u001b[31m', RESET],
  yellow: ['\u001b[33m', RESET],
  cyan: ['\u001b[36m', RESET],
  /** Tag evidence. */
  boldYellow: ['\u001b[1;33m', RESET],
  /** Search hits. */
  boldInverse: ['\u001b[1;7m', RESET],
} as const satisfies Record<string, readonly [string, string]>;

export type AnsiStyle = keyof typeof ANSI;

/** `text` in `style` when `color` is on, else as it is. */
export function paint(style: AnsiStyle, text: string, color: boolean): string {
  return color ? `${ANSI[style][0]}${text}${ANSI[style][1]}` : text;
}

// Exactly the sequences above: a document's own escape sequences are not among them.
const OWN_SEQUENCES = new RegExp(`(${[...new Set(Object.values(ANSI).flat())].map((sequence) => sequence.replace(/[[\]\\]/g, '\\$&')).join('|')})`);

/** `text` with `clean` applied to everything but the styles above (a report's colours survive its sanitizing). */
export function keepOwnStyles(text: string, clean: (plain: string) => string): string {
  return text
    .split(OWN_SEQUENCES)
    .map((part, i) => (i % 2 === 1 ? part : clean(part)))
    .join('');
}
