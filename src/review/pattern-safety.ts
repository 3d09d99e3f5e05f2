// Catastrophic backtracking in a regular-expression fragment from a user's rule file, found when
// the rule is read. recheck decides (automata theory, in its pure-JavaScript backend, in this
// thread): it handles the `u` flag, `\p{L}` and Swedish letters, where safe-regex2 misses
// `(\w|\d)+$` and redos-detector refuses `u` with `i` and takes seconds. It is slow on patterns
// full of `\p{L}` (up to a second or two each, more while it warms up), so a fragment that cannot
// backtrack exponentially skips it: one with no repeated group and no backreference, whose only
// loops are single characters or classes repeating themselves. Polynomial patterns (quadratic,
// cubic: `\p{L}*rättighet\p{L}*` among the bundled rules) are accepted, and so is an ambiguity in
// case alone such as `(?:k|K)+` (the check runs without the `i` flag, which makes recheck seconds
// slower on `\p{L}`); the time budget per rule and document stops them on a hostile text, as it
// stops anything this check lets through.
import { createRequire } from 'node:module';
import type { Diagnostics } from 'recheck';

/** recheck's limit on one fragment; past it the fragment is let through to the run-time budget. */
const CHECK_TIMEOUT_MS = 5000;
/** recheck's time for all fragments of a run; past it the rest are let through unchecked. */
const TOTAL_CHECK_MS = 15_000;

/**
 * The rule's own lookahead (`(?![\p{L}\p{N}])`, see patterns.ts) written as a character that must
 * follow: recheck's fast automaton checker takes no lookarounds, and the failing lookahead is what
 * makes `(\p{L}+\s?)+` backtrack on "abc abc abc1".
 */
const WORD_END = String.raw`[^\p{L}\p{N}]`;

const verdicts = new Map<string, string | null>();
let spentMs = 0;

/**
 * Why `fragment`, matched as a whole word, can take exponential time (a Swedish phrase naming the
 * part to rewrite), or null. Only for fragments that compile with the `u` flag.
 */
export function exponentialBacktracking(fragment: string): string | null {
  let verdict = verdicts.get(fragment);
  if (verdict === undefined) {
    verdict = mayBacktrackExponentially(fragment) ? recheckVerdict(fragment) : null;
    verdicts.set(fragment, verdict);
  }
  return verdict;
}

/** True when the fragment repeats a group (`(…)+`, `(?:…){2,}`) or has a backreference: only then can it. */
function mayBacktrackExponentially(fragment: string): boolean {
  let found = false;
  try {
    const { RegExpParser, visitRegExpAST } = regexpp();
    const ast = new RegExpParser().parsePattern(fragment, 0, fragment.length, { unicode: true });
    visitRegExpAST(ast, {
      onQuantifierEnter(node) {
        const single = node.element.type === 'Character' || node.element.type === 'CharacterSet' || node.element.type === 'CharacterClass';
        if (node.max > 1 && !single) found = true;
      },
      onBackreferenceEnter() {
        found = true;
      },
    });
  } catch {
    // The compile check reports the syntax; let recheck judge whatever this parser does not know.
    return true;
  }
  return found;
}

function recheckVerdict(fragment: string): string | null {
  if (spentMs > TOTAL_CHECK_MS) return null;
  const started = performance.now();
  const source = `(?:${fragment})${WORD_END}`;
  let diagnostics: Diagnostics;
  try {
    diagnostics = recheck().checkSync(source, 'u', { timeout: CHECK_TIMEOUT_MS });
  } catch {
    return null;
  } finally {
    spentMs += performance.now() - started;
  }
  if (diagnostics.status !== 'vulnerable' || diagnostics.complexity.type !== 'exponential') return null;
  // Hot spots are offsets into `source`; the part inside the fragment is what to rewrite.
  const hot = diagnostics.hotspot
    .filter((h) => h.temperature === 'heat')
    .map((h) => fragment.slice(Math.max(0, h.start - 3), Math.max(0, h.end - 3)))
    .filter(Boolean);
  const where = hot.length > 0 ? ` (upprepningen kring ${hot.map((h) => `"${h}"`).join(' och ')})` : '';
  return `mönstret kan ta exponentiell tid på vissa texter${where}: skriv om det så att en upprepning inte kan matcha samma text på flera sätt`;
}

// Both parsers load on first use: only a user's rules need them (recheck is 2.9 MB of JavaScript,
// regexpp 110 kB, 10 ms that every review would pay).
const load = createRequire(import.meta.url);
type Regexpp = typeof import('@eslint-community/regexpp');
type Recheck = typeof import('recheck');
let loadedRegexpp: Regexpp | null = null;
let loadedRecheck: Recheck | null = null;

function regexpp(): Regexpp {
  return (loadedRegexpp ??= load('@eslint-community/regexpp') as Regexpp);
}

function recheck(): Recheck {
  // Its default synchronous backend starts a worker that runs a native binary or Java; `pure` is
  // the same checker compiled to JavaScript, run here.
  process.env.RECHECK_SYNC_BACKEND = 'pure';
  return (loadedRecheck ??= load('recheck') as Recheck);
}
