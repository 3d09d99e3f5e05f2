// Literal text inside a regular expression: the one place that knows which characters are special.

/** `text` with every regular-expression metacharacter escaped, so that it matches itself. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
