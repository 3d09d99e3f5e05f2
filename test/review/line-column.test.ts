// Offsets in the extracted text to 1-based line and column.
import { describe, expect, test } from 'vitest';
import { lineColumn, lineIndex } from '../../src/review/line-column.js';
import { fillTemplate } from '../../src/review/findings.js';

describe('lineColumn', () => {
  const index = lineIndex('Sammanfattning\n\nKommunstyrelsen fick\nett uppdrag.');
  test.each([
    { offset: 0, line: 1, column: 1 },
    { offset: 13, line: 1, column: 14 },
    { offset: 14, line: 1, column: 15 },
    { offset: 15, line: 2, column: 1 },
    { offset: 16, line: 3, column: 1 },
    { offset: 32, line: 3, column: 17 },
    { offset: 37, line: 4, column: 1 },
    { offset: 49, line: 4, column: 13 },
    { offset: 999, line: 4, column: 13 },
  ])('offset $offset → $line:$column', ({ offset, line, column }) => {
    expect(lineColumn(index, offset)).toEqual({ line, column });
  });
  test('columns count UTF-16 code units', () => {
    expect(lineColumn(lineIndex('å😀x'), 3)).toEqual({ line: 1, column: 4 });
  });
});

test('fillTemplate fills known placeholders and keeps the rest', () => {
  expect(fillTemplate('"{match}" → {expected} {okänd}', { match: 'tillse', expected: 'se till' })).toBe('"tillse" → se till {okänd}');
});
