// Swedish writing helpers (src/util/swedish.ts): numbers, shares, lists and capitals.
import { describe, expect, it } from 'vitest';
import { capitalized, list, num, pct, plural } from '../../src/util/swedish.js';

describe('capitalized', () => {
  it.each([
    ['kulturnämnden', 'Kulturnämnden'],
    ['åldersdiskriminering', 'Åldersdiskriminering'],
    ['ärendet', 'Ärendet'],
    ['östra förvaltningen', 'Östra förvaltningen'],
    ['Redan stor', 'Redan stor'],
    ['hBTQI', 'HBTQI'],
    ['', ''],
    ['2024 års rapport', '2024 års rapport'],
  ])('%s → %s', (text, expected) => expect(capitalized(text)).toBe(expected));
});

describe('numbers, shares, lists', () => {
  it('writes Swedish thousands, shares and plurals', () => {
    expect(num(12345)).toBe('12\u00a0345');
    expect(pct(0.153)).toBe('15\u00a0%');
    expect(pct(0.001)).toBe('<1\u00a0%');
    expect(plural(1, 'stycke', 'stycken')).toBe('1 stycke');
    expect(plural(3, 'stycke', 'stycken')).toBe('3 stycken');
  });
  it('lists with "och", shortened past max', () => {
    expect(list(['A', 'B', 'C'])).toBe('A, B och C');
    expect(list(['A', 'B', 'C', 'D', 'E'], 2)).toBe('A, B och 3 till');
    expect(list(['A', 'B', 'C'], 2)).toBe('A, B och C');
  });
});
