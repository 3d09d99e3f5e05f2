import { describe, expect, it } from 'vitest';
import { isClean, sourceCharacters } from '../../src/normalize/characters.js';
import { isPlainSource } from '../../src/normalize/align.js';

describe('sourceCharacters: isClean and isPlainSource of a whole source at once', () => {
  it('agrees with both for every UTF-16 code unit, alone and inside plain text', () => {
    for (let code = 0; code <= 0xffff; code++) {
      for (const text of [String.fromCharCode(code), `Nämnden ${String.fromCharCode(code)} beslutar.`]) {
        const expected = { clean: isClean(text), plain: isPlainSource(text) };
        if (sourceCharacters(text).clean !== expected.clean || sourceCharacters(text).plain !== expected.plain) {
          expect({ code: code.toString(16), ...sourceCharacters(text) }).toEqual({ code: code.toString(16), ...expected });
        }
      }
    }
  });

  it('agrees with both where a text holds characters outside the BMP and combined marks', () => {
    for (const text of ['Rätt 😀 till', 'a\u0308r', 'e\u0301', 'plain ascii text', '']) {
      expect(sourceCharacters(text)).toEqual({ clean: isClean(text), plain: isPlainSource(text) });
    }
  });
});
