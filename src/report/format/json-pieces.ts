// A large JSON report written in pieces: the same text as `JSON.stringify(value, null, 2)`, made
// one top-level field (and, for the fields named, one array item) at a time, so that no one
// string holds the whole report.

/**
 * Writes `JSON.stringify(value, null, 2)` and a newline through `write`. `itemwise` names the
 * top-level arrays written item by item. The values must be plain data (no `toJSON`).
 */
export function writeJsonPieces(value: Record<string, unknown>, write: (text: string) => void, itemwise: ReadonlySet<string> = new Set()): void {
  const fields = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
  if (fields.length === 0) return write('{}\n');
  write('{');
  fields.forEach(([key, v], i) => {
    write(`${i === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `);
    if (!itemwise.has(key) || !Array.isArray(v) || v.length === 0) return write(indented(JSON.stringify(v, null, 2) ?? 'null', 1));
    write('[');
    // An array item that JSON.stringify cannot write (undefined, a function) is written as null, as it does.
    v.forEach((item, j) => write(`${j === 0 ? '' : ','}\n    ${indented(JSON.stringify(item, null, 2) ?? 'null', 2)}`));
    write('\n  ]');
  });
  write('\n}\n');
}

/** A value's JSON nested `depth` levels down: every line after its first indented. JSON strings never hold a raw line break. */
function indented(json: string, depth: number): string {
  return json.replaceAll('\n', `\n${'  '.repeat(depth)}`);
}
