// Administration IDs are "<city>/<slug>": "malmo/kulturnamnden", "okand/kommunstyrelsen" (a
// document whose city is unknown), "external/skolinspektionen" (a body that is not the city's).

/** The city part of an administration ID ("malmo" of "malmo/kulturnamnden"); an ID without one is all city. */
export function cityOfId(id: string): string {
  const slash = id.indexOf('/');
  return slash < 0 ? id : id.slice(0, slash);
}
