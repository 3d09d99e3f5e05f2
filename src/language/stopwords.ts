// Swedish stop words: the Snowball list that lunr-languages' Swedish pipeline uses (lunr.sv.js),
// copied here because lunr does not expose it, and pruned for this domain.

/** lunr-languages' `lunr.sv.stopWordFilter` list, verbatim. */
export const SNOWBALL_SV_STOP_WORDS: readonly string[] = (
  'alla allt att av blev bli blir blivit de dem den denna deras dess dessa det detta dig din dina ditt du där då efter ' +
  'ej eller en er era ert ett från för ha hade han hans har henne hennes hon honom hur här i icke ingen inom inte jag ' +
  'ju kan kunde man med mellan men mig min mina mitt mot mycket ni nu när någon något några och om oss på samma sedan ' +
  'sig sin sina sitta själv skulle som så sådan sådana sådant till under upp ut utan vad var vara varför varit varje ' +
  'vars vart vem vi vid vilka vilkas vilken vilket vår våra vårt än är åt över'
).split(' ');

/**
 * Words the Snowball list drops that a reviewer searches for: negation cues ("har inte lyft fram",
 * "ingen konsekvensanalys", "utan barnperspektiv") decide whether a passage is coverage, and
 * "mot" carries meaning in "handlingsplan mot rasism" and "arbete mot diskriminering". The list
 * does not contain `rätt`, `rätten` or `ska`, which also matter here; they stay searchable.
 */
export const KEPT_FOR_SEARCH: readonly string[] = ['inte', 'ej', 'icke', 'ingen', 'utan', 'mot'];

/** What the search index leaves out: the Snowball list minus KEPT_FOR_SEARCH. */
export const SEARCH_STOP_WORDS: ReadonlySet<string> = new Set(SNOWBALL_SV_STOP_WORDS.filter((w) => !KEPT_FOR_SEARCH.includes(w)));

/**
 * What keyness leaves out: the whole Snowball list plus frequent function words of official prose
 * that rise and fall with the length of a text rather than with what it is about.
 */
export const KEYNESS_STOP_WORDS: ReadonlySet<string> = new Set([
  ...SNOWBALL_SV_STOP_WORDS,
  ...'ska skall även också samt genom både bland annat andra annan dock sitt kommer får fått finns görs gör göra'.split(' '),
]);
