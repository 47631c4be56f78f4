import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Printable } from '../validate/index.js';
import { shareDecodedFontTables } from './shared-font-tables.js';

const require = createRequire(import.meta.url);

/** The typeface every PDF embeds (BIZ UDPGothic, from npm), one file per weight. */
export const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf'),
} as const;

/** The parts of a fontkit font this tool reads. */
export interface Face {
  readonly unitsPerEm: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): { readonly advanceWidth: number };
}

let bytes: { readonly regular: Buffer; readonly bold: Buffer } | undefined;

/**
 * Both font files, read once per process. Every user of the typeface (validation, the chart's
 * measuring, pdfmake for every PDF) is handed these same bytes, and the tables fontkit decodes
 * from them are shared by all (see shareDecodedFontTables): the font is parsed once.
 */
export function fontBytes(): { readonly regular: Buffer; readonly bold: Buffer } {
  if (bytes) return bytes;
  bytes = { regular: readFileSync(FONT_FILES.regular), bold: readFileSync(FONT_FILES.bold) };
  shareDecodedFontTables(bytes.regular);
  return bytes;
}

let faces: { readonly regular: Face; readonly bold: Face } | undefined;

/**
 * Both weights of the typeface, parsed with the font library pdfmake itself uses, so what is
 * measured here is what pdfmake sets: validation asks which characters it has, the system
 * chart measures text with it before anything is laid out.
 */
export function typeface(): { readonly regular: Face; readonly bold: Face } {
  if (faces) return faces;
  const fontkit = require('fontkit') as { create(bytes: Uint8Array): Face };
  const { regular, bold } = fontBytes();
  faces = { regular: fontkit.create(regular), bold: fontkit.create(bold) };
  return faces;
}

let printable: Printable | undefined;

/**
 * Whether both weights of the typeface have a glyph for a code point. A character outside it
 * would print as a blank box, silently changing the text, so validation refuses it. Each code
 * point is looked up in the fonts' character maps when first asked: listing both fonts' whole
 * character sets (11,741 code points) took a tenth of a second of every run, for the few
 * hundred distinct characters a plan uses; the answers are the same for every code point.
 */
export function fontCharacters(): Printable {
  if (printable) return printable;
  const { regular, bold } = typeface();
  const known = new Map<number, boolean>();
  printable = {
    has(codePoint) {
      let answer = known.get(codePoint);
      if (answer === undefined) known.set(codePoint, (answer = regular.hasGlyphForCodePoint(codePoint) && bold.hasGlyphForCodePoint(codePoint)));
      return answer;
    },
  };
  return printable;
}
