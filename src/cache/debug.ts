// Debug notes on stderr, switched on per topic: `MRKOLL_DEBUG=cache` (or `cache,search`, or `*`).
// Off by default, so normal output and JSON on stdout are never touched.
import { forTerminal } from '../util/terminal.js';

function topics(): string[] {
  return (process.env.MRKOLL_DEBUG ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}

export function debugEnabled(topic: string): boolean {
  const on = topics();
  return on.includes(topic) || on.includes('*');
}

/** Writes `topic: message` to stderr when the topic is switched on. */
export function debug(topic: string, message: string): void {
  if (debugEnabled(topic)) process.stderr.write(`${topic}: ${forTerminal(message)}\n`);
}
