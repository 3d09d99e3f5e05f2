// How an organ's name is written, for choosing which of a text's forms to show.

/**
 * How closely a name follows Swedish writing rules, as a tie-break between equally frequent
 * forms: a hyphen on the first part of a coordinated compound ("Kultur- och"), and no capital
 * inside the name except on abbreviations ("Nämnden för teknik", "IT-nämnden").
 */
export function writtenByTheRules(text: string): number {
  const words = text.split(/\s+/).slice(1);
  const innerCapitals = words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).length;
  const hyphenedCoordination = /\p{L}-\s+(?:och|eller)\s/u.test(text) ? 1 : 0;
  return hyphenedCoordination - innerCapitals;
}
