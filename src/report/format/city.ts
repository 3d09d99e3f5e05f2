// How reports write a document's city: its ID, or "okänd kommun" when nothing decided it.
import { UNKNOWN_CITY } from '../../lexicon/unknown-city.js';

export function cityLabel(city: string | null | undefined): string {
  return city ?? UNKNOWN_CITY;
}
