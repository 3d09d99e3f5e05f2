// isCalendarDate: one calendar check for the documents' dates (segment) and decision planning (review).
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../src/util/dates.js';

describe('isCalendarDate', () => {
  it.each([
    [2024, 4, 23, true],
    [2024, 2, 29, true],
    [2000, 2, 29, true],
    [2023, 2, 29, false],
    [1900, 2, 29, false],
    [2024, 2, 30, false],
    [2024, 4, 31, false],
    [2024, 13, 1, false],
    [2024, 0, 10, false],
    [2024, 12, 0, false],
    [2024, 12, 31, true],
    // Date.UTC reads years below 100 as 1900 + year: such a year is never taken for a real one.
    [24, 4, 23, false],
  ])('%i-%i-%i → %s', (year, month, day, valid) => {
    expect(isCalendarDate(year, month, day)).toBe(valid);
  });
});
