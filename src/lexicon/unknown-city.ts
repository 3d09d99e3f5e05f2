// How reports write the city of a document that no manifest, --city or text decided (its city is
// null). Here, below both analyze and report, so that either may say it.
export const UNKNOWN_CITY = 'okänd kommun';

/** The pseudo-city in the IDs of organs of a document whose city is unknown: `okand/kommunstyrelsen`. */
export const UNKNOWN_CITY_ID = 'okand';
