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
    if (!itemwise.has(key) || !Array.isArray(v) || v.length === 0) return write(nested(v, 1));
    write('[');
    // An array item that JSON.stringify cannot write (undefined, a function) is written as null, as it does.
    v.forEach((item, j) => write(`${j === 0 ? '' : ','}\n    ${nested(item, 2)}`));
    write('\n  ]');
  });
  write('\n}\n');
}

/**
 * A value's JSON nested `depth` levels down, every line after its first indented: the value
 * written inside `depth` arrays and cut out of them, so that JSON.stringify indents it in its one
 * pass (a second pass putting spaces after each line break was a fifth of the writer's time). An
 * array item JSON.stringify cannot write (undefined, a function) is written as null, as it does.
 */
function nested(value: unknown, depth: number): string {
  let wrapped = value;
  let before = 0;
  let after = 0;
  for (let level = 1; level <= depth; level++) {
    wrapped = [wrapped];
    before += 2 + 2 * level; // "[\n" and the item's indent
    after += 2 + 2 * (level - 1); // "\n", the bracket's indent and "]"
  }
  const json = JSON.stringify(wrapped, null, 2);
  return json.slice(before, json.length - after);
}
