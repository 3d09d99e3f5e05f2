// How reports write a document's city: its official name, or "okänd kommun" when nothing decided it.
import { cityName } from '../../lexicon/municipalities.js';

export function cityLabel(city: string | null | undefined): string {
  return cityName(city);
}
