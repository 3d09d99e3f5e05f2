// Importing a stage reads no file: the language data (section headings, abbreviations, document
// types, swedish.yaml, attribution cues) is read on first use, from the run's lexicons folder, so
// a bad file is reported where it is used, and a folder given later is the one read.
import { describe, expect, it, vi } from 'vitest';

/** `name path` of every synchronous file-system call our modules make. */
const touched: string[] = vi.hoisted(() => []);

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const watched = ['readFileSync', 'existsSync', 'statSync', 'readdirSync', 'openSync'] as const;
  const spies = Object.fromEntries(
    watched.map((name) => [
      name,
      (...args: unknown[]) => {
        touched.push(`${name} ${String(args[0])}`);
        return (fs[name] as (...a: unknown[]) => unknown)(...args);
      },
    ]),
  );
  return { ...fs, ...spies, default: { ...fs, ...spies } };
});

describe('importing the extraction and language modules', () => {
  it('reads no file; the data is read at first use', async () => {
    await import('../../src/normalize/index.js');
    await import('../../src/segment/index.js');
    await import('../../src/language/index.js');
    await import('../../src/language/section-titles.js');
    await import('../../src/attribute/index.js');
    await import('../../src/tag/index.js');
    await import('../../src/corpus/extract.js');
    expect(touched).toEqual([]);

    // The spy sees our modules' reads: the first use reads the file.
    const { sectionTitles } = await import('../../src/language/section-titles.js');
    expect(sectionTitles().keys.has('bakgrund')).toBe(true);
    expect(touched).toContainEqual(expect.stringMatching(/^openSync .*language\/section-headings\.yaml$/));
  });
});
