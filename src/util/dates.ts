// Calendar dates as documents write them: a year, month and day that may not exist (2024-02-30).

/** Whether the day exists in the proleptic Gregorian calendar (2024-02-29 does, 2023-02-29 not). Years below 100 never pass. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
