import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, fontCharacters } from '../../src/write/font.js';

const require = createRequire(import.meta.url);

describe('fontCharacters', () => {
  it('answers, code point by code point, what both weights\' whole character sets say', () => {
    // Fonts of their own, so the sets listed here are fontkit's, not anything the module shares.
    const fontkit = require('fontkit') as { create(bytes: Buffer): { characterSet: number[] } };
    const regular = new Set(fontkit.create(readFileSync(FONT_FILES.regular)).characterSet);
    const bold = new Set(fontkit.create(readFileSync(FONT_FILES.bold)).characterSet);
    const printable = fontCharacters();
    const differing: string[] = [];
    let inBoth = 0;
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint += codePoint < 0x30000 ? 1 : 0x101) {
      const listed = regular.has(codePoint) && bold.has(codePoint);
      if (listed) inBoth += 1;
      if (printable.has(codePoint) !== listed) differing.push(codePoint.toString(16));
    }
    expect(differing).toEqual([]);
    expect(inBoth).toBeGreaterThan(10_000);
    expect(printable.has('札'.codePointAt(0)!)).toBe(true);
    expect(printable.has('𠮷'.codePointAt(0)!)).toBe(false);
  });
});
