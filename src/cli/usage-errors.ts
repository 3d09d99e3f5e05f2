// Commander writes its usage errors in English ("error: unknown option '--x'"); a Swedish analyst
// gets them in Swedish. Each known message shape is matched and rewritten; anything else (a new
// commander version's wording) passes through unchanged rather than being lost.

type Rewrite = [RegExp, (...groups: string[]) => string];

const REWRITES: Rewrite[] = [
  [/^error: unknown option '(.*?)'/, (_, flag) => `fel: okänd flagga '${flag}'`],
  [/^error: unknown command '(.*?)'/, (_, name) => `fel: okänt kommando '${name}'`],
  [/^error: missing required argument '(.*?)'/, (_, name) => `fel: argumentet '${name}' saknas`],
  [/^error: option '(.*?)' argument missing/, (_, flags) => `fel: flaggan '${flags}' behöver ett värde`],
  [/^error: required option '(.*?)' not specified/, (_, flags) => `fel: flaggan '${flags}' krävs`],
  [/^error: option '(.*?)' argument '(.*?)' is invalid\./, (_, flags, value) => `fel: flaggan '${flags}' kan inte ha värdet '${value}'.`],
  [
    /^error: command-argument value '(.*?)' is invalid for argument '(.*?)'\./,
    (_, value, name) => `fel: '${value}' är inget giltigt värde för argumentet '${name}'.`,
  ],
  [
    /^error: too many arguments(?: for '(.*?)')?\. Expected (\d+) arguments? but got (\d+)\./,
    (_, command, expected, got) => `fel: för många argument${command ? ` till '${command}'` : ''}: högst ${expected}, men ${got} gavs.`,
  ],
  [/^error: (.*) cannot be used with (.*)$/m, (_, a, b) => `fel: ${a} kan inte användas tillsammans med ${b}`.replaceAll("option '", "flaggan '")],
  [/Allowed choices are (.*?)\.$/m, (_, choices) => `Giltiga värden: ${choices}.`],
  [/\(Did you mean one of (.*)\?\)/, (_, options) => `(Menade du någon av ${options}?)`],
  [/\(Did you mean (.*)\?\)/, (_, option) => `(Menade du ${option}?)`],
];

/** `message` (one of commander's error messages) in Swedish, as far as its shape is known. */
export function translateUsageError(message: string): string {
  return REWRITES.reduce((text, [pattern, rewrite]) => text.replace(pattern, rewrite), message);
}
