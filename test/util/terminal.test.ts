// File names and document text on their way to a terminal: no escape sequence acts, no message splits.
import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/util/terminal.js';

describe('terminalSafe', () => {
  it.each([
    ['vanlig fil åäö.txt', 'vanlig fil åäö.txt'],
    ['clear\u001b[2Jscreen', 'clear␛[2Jscreen'],
    ['titel\u001b]0;hackad\u0007', 'titel␛]0;hackad␇'],
    ['två\nrader\r\tflik', 'två␊rader␍␉flik'],
    ['nul\u0000del\u007f', 'nul␀del␡'],
    ['c1\u009b31m', 'c1<U+009B>31m'],
    ['höger\u202etxt.exe', 'höger<U+202E>txt.exe'],
  ])('%j → %s', (text, shown) => {
    expect(terminalSafe(text)).toBe(shown);
  });

  it('keeps line breaks and tabs in a report when asked, and nothing else', () => {
    expect(terminalSafe('a\n\tb\u001b[1m\r', { keepLines: true })).toBe('a\n\tb␛[1m␍');
  });
});
