// A report or a list of problems on its way to a terminal: no escape sequence from a document or a
// file name acts, while the text's own line breaks and tabs keep its layout.
import { describe, expect, it } from 'vitest';
import { forTerminalLines } from '../../src/util/terminal-lines.js';

describe('forTerminalLines', () => {
  it.each([
    ['rad ett\nrad två åäö', 'rad ett\nrad två åäö'],
    ['clear\u001b[2Jscreen', 'clear\\x1b[2Jscreen'],
    ['titel\u001b]0;hackad\u0007\n\tindrag', 'titel\\x1b]0;hackad\\x07\n\tindrag'],
    ['vagnretur\r över', 'vagnretur\\r över'],
    ['höger\u202etxt.exe', 'höger\\u202etxt.exe'],
  ])('%j → %j', (text, shown) => {
    expect(forTerminalLines(text)).toBe(shown);
  });
});
