// escapeRegExp: any text, Swedish or full of metacharacters, matches itself and nothing else.
import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/util/regexp.js';

describe('escapeRegExp', () => {
  it.each([
    'Hälsa-, vård- och omsorgsnämnden',
    'Malmö stads policy för mänskliga rättigheter',
    'HBTQIA+',
    'Dnr. 2024/1035',
    'STK-2023-138 (bilaga 1)',
    '[KSAU] {2024} ^start$ a|b a*b a?b \\d',
    'Å Ä Ö å ä ö é',
  ])('%s matches itself only', (text) => {
    for (const flags of ['', 'u', 'iu']) {
      const re = new RegExp(`^${escapeRegExp(text)}$`, flags);
      expect(re.test(text)).toBe(true);
      expect(re.test(`${text}x`)).toBe(false);
    }
  });
  it('escapes every metacharacter and leaves letters, digits, hyphens and spaces alone', () => {
    expect(escapeRegExp('.*+?^${}()|[]\\')).toBe('\\.\\*\\+\\?\\^\\$\\{\\}\\(\\)\\|\\[\\]\\\\');
    expect(escapeRegExp('Kulturnämnden och Förskolenämnden-2024')).toBe('Kulturnämnden och Förskolenämnden-2024');
  });
  it('makes a dot literal: "a.b" no longer matches "axb"', () => {
    expect(new RegExp(escapeRegExp('a.b'), 'u').test('axb')).toBe(false);
  });
});
