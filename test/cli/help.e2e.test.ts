// `--help` wraps descriptions to the terminal's width; a hard line break in a description made
// ragged lines ("metadata, avsnitt," alone on a line) in every terminal wider or narrower than it.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

/** The description: the lines between the usage line and `Argument:`. */
function descriptionLines(help: string): string[] {
  const lines = help.split('\n');
  const end = lines.findIndex((line) => line.startsWith('Argument:'));
  return lines.slice(2, end).filter((line) => line.trim() !== '');
}

describe('help text', () => {
  it.each(['extract', 'review', 'tag', 'search', 'kwic', 'compare', 'registry init'])('%s --help: the description is wrapped evenly', (command) => {
    const result = runCli([...command.split(' '), '--help']);
    expect(result.status).toBe(0);
    const lines = descriptionLines(result.stdout);
    expect(lines.length).toBeGreaterThan(0);
    // Every line but the last runs close to the wrap width (80 when not a terminal).
    for (const line of lines.slice(0, -1)) expect(line.length, line).toBeGreaterThan(60);
  });
});
