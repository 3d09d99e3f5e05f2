// The one escaper for text that Markdown reports take from documents, file names, manifests and
// user lexicons: rendered (on GitHub, in a wiki, by pandoc) it must stay text. A file named
// `<img src=x onerror=…>.txt` ran script in a rendered report before every writer used this.
import { forTerminal } from '../../util/terminal.js';

// Inline syntax: emphasis, code, links and images, raw HTML and autolinks, tables, strikethrough.
const INLINE = /[\\`*_[\]<>|~]/g;
// Runs of spaces and line breaks; not the no-break spaces in "23 020" and "35 %".
const LINE_BREAKS = /[ \t\n\v\f\r\u0085\u2028\u2029]+/g;
// Block syntax only counts at the start of a line: headings, quotes, lists, setext underlines.
const LINE_START = /^(\s*)([#>+=-]|\d+[.)])/;

/**
 * `text` as literal Markdown inline text, safe inside a table cell, a heading or a list item:
 * spaces and line breaks collapsed to one space (no-break spaces kept), Markdown's punctuation backslash-escaped
 * (CommonMark: `\<` is a literal `<`, so no HTML tag and no autolink can form), control
 * characters made visible. `lineStart`: the text begins a line (a paragraph), so a leading `#`,
 * `>`, `-` or `1.` is escaped too, lest it make a heading, a quote or a list.
 */
export function mdText(text: string, { lineStart = false } = {}): string {
  const escaped = forTerminal(text.replace(LINE_BREAKS, ' ')).replace(INLINE, '\\$&');
  return lineStart ? escaped.replace(LINE_START, (_, space: string, mark: string) => `${space}${mark.replace(/[#>+=.)-]$/, '\\$&')}`) : escaped;
}
