// Text of several lines on its way to a terminal (a report, a list of problems): each line through
// `forTerminal`, so an ESC sequence from a document or a file name shows instead of acting, while
// the text's own line breaks and tabs keep its layout.
import { forTerminal } from './terminal.js';

export function forTerminalLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.split('\t').map(forTerminal).join('\t'))
    .join('\n');
}
