// A string copied out of the text it was cut from. A slice of a document's text is a V8 "sliced
// string" that keeps the whole text alive: anything kept past its document (a quote, a name, a
// cached heading) must be a copy (docs/performance.md, "What streams").

/**
 * A copy of `text` that shares no memory with the string it was cut from; decoding UTF-8 makes
 * a one-byte string when every character fits in one.
 */
export function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
