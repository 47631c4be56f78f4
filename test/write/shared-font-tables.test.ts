import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { FONT_FILES } from '../../src/write/font.js';
import { shareSubsetGlyphs, type SubsetPrototype } from '../../src/write/shared-font-tables.js';

const require = createRequire(import.meta.url);

interface Subset {
  includeGlyph(id: number): number;
  encode(): Uint8Array;
}
interface Font {
  createSubset(): Subset;
  glyphForCodePoint(codePoint: number): { readonly id: number };
}

// Nothing here reads the typeface through src/write/font.ts, so fontkit's own subsetting is
// untouched and the patch goes on a prototype of its own.
const fontkit = require('fontkit') as { create(bytes: Buffer): Font };
const bytes = readFileSync(FONT_FILES.regular);
const fontkits = Object.getPrototypeOf(fontkit.create(bytes).createSubset()) as SubsetPrototype;
const patched = Object.create(fontkits) as SubsetPrototype;
shareSubsetGlyphs(patched);

/** The subset of a fresh font (as pdfkit makes one per document) holding the glyphs of `text`. */
function subsetBytes(prototype: SubsetPrototype, text: string): Buffer {
  const font = fontkit.create(bytes);
  const subset = Object.setPrototypeOf(font.createSubset(), prototype) as Subset;
  for (const character of text) subset.includeGlyph(font.glyphForCodePoint(character.codePointAt(0)!).id);
  return Buffer.from(subset.encode());
}

describe('shareSubsetGlyphs', () => {
  it('makes the same subset bytes as fontkit, for a first document and for later ones sharing its glyphs', () => {
    // Spaces have no outline; later texts repeat glyphs in another order and add new ones.
    const texts = ['札幌市 連携事業 NO 1', '１２ 連携事業　小樽市 札幌', 'ABC abc 0-9 ●○ 市町村（続き）', '札幌市 連携事業 NO 1'];
    for (const text of texts) {
      const own = subsetBytes(fontkits, text);
      expect(subsetBytes(patched, text).equals(own), text).toBe(true);
      expect(own.length).toBeGreaterThan(1000);
    }
  });
});
