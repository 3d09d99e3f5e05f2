// How reports write a document's city: its ID, or "okänd kommun" when nothing decided it.

export const UNKNOWN_CITY = 'okänd kommun';

export function cityLabel(city: string | null | undefined): string {
  return city ?? UNKNOWN_CITY;
}
