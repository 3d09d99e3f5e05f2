import { describe, expect, it } from 'vitest';
import { writeJsonPieces } from '../../src/report/format/json-pieces.js';

function pieces(value: Record<string, unknown>, itemwise: string[] = []): { text: string; count: number } {
  const out: string[] = [];
  writeJsonPieces(value, (t) => out.push(t), new Set(itemwise));
  return { text: out.join(''), count: out.length };
}

describe('writeJsonPieces', () => {
  const value = {
    schemaVersion: 1,
    skipped: undefined,
    text: 'rad ett\nrad två "citat"',
    empty: [],
    rows: [{ id: 'a', cells: { P1: { evidence: [1, 2] } } }, { id: 'b', cells: {} }, null, [], 'x'],
    nested: { a: [], b: { c: null } },
  };

  it('writes what JSON.stringify with two spaces writes, and a newline', () => {
    expect(pieces(value).text).toBe(`${JSON.stringify(value, null, 2)}\n`);
    expect(pieces(value, ['rows', 'empty']).text).toBe(`${JSON.stringify(value, null, 2)}\n`);
    expect(pieces({}).text).toBe('{}\n');
  });

  it('writes the arrays it is told to item by item', () => {
    expect(pieces(value, ['rows']).count).toBeGreaterThan(pieces(value).count + 4);
  });
});
