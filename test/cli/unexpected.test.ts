// What no command handles: a bug is one Swedish line and exit 4 (the stack only when asked for),
// V8's words for a resource running out are Swedish, and nothing a library installs turns an
// error into a dump of its source.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeError, ioReason, reportInternalError } from '../../src/cli/unexpected.js';
import { createSpellChecker } from '../../src/language/hunspell.js';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

function reported(error: unknown): { stderr: string; exit: number | null } {
  let stderr = '';
  let exit: number | null = null;
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  vi.spyOn(process, 'exit').mockImplementation((code) => {
    exit = Number(code);
    return undefined as never;
  });
  reportInternalError(error);
  vi.restoreAllMocks();
  return { stderr, exit };
}

describe('reportInternalError', () => {
  it('one Swedish line with where to report it, exit 4, no stack', () => {
    const { stderr, exit } = reported(new TypeError("Cannot read properties of undefined (reading 'x')\n    at f (fil.js:1:1)"));
    expect(exit).toBe(4);
    expect(stderr).toBe(
      "mrkoll: internt fel: Cannot read properties of undefined (reading 'x'). rapportera det med kommandoraden du körde (se docs/security.md); MRKOLL_DEBUG=stack visar var det uppstod\n",
    );
  });

  it('the stack when MRKOLL_DEBUG asks for it', () => {
    vi.stubEnv('MRKOLL_DEBUG', 'stack');
    const { stderr } = reported(new Error('trasigt'));
    expect(stderr.split('\n')[0]).toMatch(/^mrkoll: internt fel: trasigt\./);
    expect(stderr).toMatch(/\n\s+at /);
  });

  it('a thrown non-error, and control characters in the message, stay one line', () => {
    expect(reported('fil\u001b[2J\nnamn').stderr).toMatch(/^mrkoll: internt fel: fil\\x1b\[2J\. rapportera/);
  });
});

describe('describeError', () => {
  it.each([
    [new RangeError('Maximum call stack size exceeded'), 'stacken tog slut (för djup nästling)'],
    [new RangeError('Invalid string length'), 'en text blev längre än JavaScript kan hålla'],
    [new Error('Cannot create a string longer than 0x1fffffe8 characters'), 'en text blev längre än JavaScript kan hålla'],
    [new RangeError('Array buffer allocation failed'), 'minnet tog slut'],
    [
      Object.assign(new Error('Worker terminated due to reaching memory limit: JS heap out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' }),
      'minnet tog slut',
    ],
    [Object.assign(new Error('boom'), { code: 'EXYZ' }), 'boom (EXYZ)'],
  ])('%s → %s', (error, text) => {
    expect(describeError(error)).toBe(text);
  });

  it('names write errors in Swedish with their code', () => {
    expect(ioReason(Object.assign(new Error('x'), { code: 'EROFS' }))).toBe('filsystemet är skrivskyddat, EROFS');
    expect(ioReason(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('åtkomst nekad, EACCES');
  });
});

describe('Hunspell', () => {
  it('leaves no uncaughtException handler of its own behind (its re-throw dumped 780 kB of source)', async () => {
    const before = process.listeners('uncaughtException');
    const checker = await createSpellChecker();
    checker.dispose();
    const added = process.listeners('uncaughtException').filter((listener) => !before.includes(listener));
    expect(added).toEqual([]);
    expect(process.listeners('uncaughtException').some((listener) => String(listener).includes('ExitStatus'))).toBe(false);
  });
});
