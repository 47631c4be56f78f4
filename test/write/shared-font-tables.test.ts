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
const files = { regular: readFileSync(FONT_FILES.regular), bold: readFileSync(FONT_FILES.bold) };
const fontkits = Object.getPrototypeOf(fontkit.create(files.regular).createSubset()) as SubsetPrototype & { _addGlyph: unknown };
const patched = Object.create(fontkits) as SubsetPrototype;
shareSubsetGlyphs(patched);

/** The subset of a fresh font of `bytes` (as pdfkit makes one per document) holding the glyphs of `text`. */
function subsetBytes(prototype: SubsetPrototype, bytes: Buffer, text: string): Buffer {
  const font = fontkit.create(bytes);
  const subset = Object.setPrototypeOf(font.createSubset(), prototype) as Subset;
  for (const character of text) subset.includeGlyph(font.glyphForCodePoint(character.codePointAt(0)!).id);
  return Buffer.from(subset.encode());
}

describe('shareSubsetGlyphs', () => {
  it('starts from fontkit’s own _addGlyph', () => {
    // Otherwise the comparisons below would compare the patch with itself.
    expect(String(fontkits._addGlyph)).toContain('glyphEncoder');
  });

  it('makes the same subset bytes as fontkit, for a first document and for later ones sharing its glyphs', () => {
    // Spaces have no outline; later texts repeat glyphs in another order and add new ones.
    const texts = ['札幌市 連携事業 NO 1', '１２ 連携事業　小樽市 札幌', 'ABC abc 0-9 ●○ 市町村（続き）', '札幌市 連携事業 NO 1'];
    for (const text of texts) {
      const own = subsetBytes(fontkits, files.regular, text);
      expect(subsetBytes(patched, files.regular, text).equals(own), text).toBe(true);
      expect(own.length).toBeGreaterThan(1000);
    }
  });

  it('keeps each weight’s glyphs apart: the same text subset from the regular and the bold file, in turns, is each fontkit’s own', () => {
    // The same code points are the same glyph ids in both files, with other outlines and widths;
    // spaces (no outline) and glyph 0 (in every subset) are among them.
    const texts = ['札幌市 連携事業 NO 1', '札幌市 連携事業 NO 1', '市町村（続き） ABC abc ●', '　１２３ 札幌'];
    for (const text of texts) {
      for (const weight of ['regular', 'bold', 'regular'] as const) {
        const own = subsetBytes(fontkits, files[weight], text);
        expect(subsetBytes(patched, files[weight], text).equals(own), `${weight}: ${text}`).toBe(true);
      }
      expect(subsetBytes(fontkits, files.bold, text).equals(subsetBytes(fontkits, files.regular, text))).toBe(false);
    }
  });
});
