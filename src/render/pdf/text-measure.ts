import { createRequire } from 'node:module';
import { typeface, type Face } from '../../write/font.js';

/**
 * Text measured with the embedded typeface's own advance widths, and wrapped the way pdfmake
 * wraps it, so a layout can be decided before pdfmake runs. A count may come out a line more
 * than pdfmake's (see SAFETY and the spaces note in lineCount), never a line less.
 */

export interface Type {
  /** Points. */
  readonly size: number;
  readonly bold?: boolean;
}

/**
 * Kept off the end of every line, against rounding: pdfmake adds up the same advance widths in
 * another order. (Summed advances are never less than what pdfmake measures: the typeface only
 * kerns inwards.)
 */
const SAFETY = 0.01;

/** Width of the text set on one line, in points. */
export function textWidth(text: string, type: Type): number {
  return measured(text, type.bold ?? false).reduce((sum, u) => sum + u.width, 0) * scale(type);
}

/** Width of the widest piece the text cannot be broken inside, in points: the least width that does not cut a word. */
export function widestUnit(text: string, type: Type): number {
  return Math.max(0, ...measured(text, type.bold ?? false).map((u) => u.width)) * scale(type);
}

/**
 * Lines the text takes in a box `width` points wide, as pdfmake sets it: each line filled with
 * whole pieces while the next fits, a piece wider than a whole line cut after the last character
 * that fits, a new line at each line break in the text. pdfmake does not count the spaces that
 * end a line; they are counted here, which can only add a line.
 */
export function lineCount(text: string, width: number, type: Type): number {
  const limit = (width - SAFETY) / scale(type);
  let lines = 1;
  let used = 0;
  for (const unit of measured(text, type.bold ?? false)) {
    if (unit.newLine) {
      lines++;
      used = 0;
    }
    if (used > 0 && used + unit.width <= limit) {
      used += unit.width;
      continue;
    }
    if (used > 0) {
      lines++;
      used = 0;
    }
    if (unit.width <= limit) {
      used = unit.width;
      continue;
    }
    for (const advance of unit.advances) {
      if (used > 0 && used + advance > limit) {
        lines++;
        used = 0;
      }
      used += advance;
    }
  }
  return lines;
}

/** A piece of text no line break falls inside, with its characters' advances in font units. */
interface Unit {
  readonly width: number;
  readonly advances: readonly number[];
  /** The text breaks the line before this piece. */
  readonly newLine: boolean;
}

function scale(type: Type): number {
  return type.size / face(type.bold ?? false).unitsPerEm;
}

/** A weight's metrics as read here: fontkit works each out again on every read. */
interface Metrics {
  readonly unitsPerEm: number;
  advance(codePoint: number): number;
}

let faces: { readonly regular: Metrics; readonly bold: Metrics } | undefined;

function face(bold: boolean): Metrics {
  if (!faces) {
    const { regular, bold: heavy } = typeface();
    faces = { regular: metrics(regular), bold: metrics(heavy) };
  }
  return bold ? faces.bold : faces.regular;
}

function metrics(font: Face): Metrics {
  const advances = new Map<number, number>();
  return {
    unitsPerEm: font.unitsPerEm,
    advance(codePoint) {
      let advance = advances.get(codePoint);
      if (advance === undefined) {
        advance = font.glyphForCodePoint(codePoint).advanceWidth;
        advances.set(codePoint, advance);
      }
      return advance;
    },
  };
}

/** Measured texts by weight: a chart measures the same labels at every size it tries. */
const cache = { regular: new Map<string, readonly Unit[]>(), bold: new Map<string, readonly Unit[]>() };

function measured(text: string, bold: boolean): readonly Unit[] {
  const known = cache[bold ? 'bold' : 'regular'];
  let found = known.get(text);
  if (!found) {
    found = units(text, face(bold));
    known.set(text, found);
  }
  return found;
}

interface LineBreaker {
  nextBreak(): { readonly position: number; readonly required: boolean } | null;
}

let Breaker: (new (text: string) => LineBreaker) | undefined;

/**
 * The text cut where pdfmake may break a line: Unicode line breaking (UAX #14) by the very
 * package pdfmake uses, found from pdfmake's own folder so it is pdfmake's copy. The line
 * break that ends a piece is taken off it, as pdfmake does.
 */
function units(text: string, font: Metrics): Unit[] {
  Breaker ??= createRequire(createRequire(import.meta.url).resolve('pdfmake'))('linebreak') as new (text: string) => LineBreaker;
  const out: Unit[] = [];
  const breaker = new Breaker(text);
  let last = 0;
  let newLine = false;
  for (let found = breaker.nextBreak(); found; found = breaker.nextBreak()) {
    const piece = text.slice(last, found.position);
    last = found.position;
    const ends = found.required || /\r?\n$|\r$/.test(piece);
    const advances = [...piece.replace(/\r?\n$|\r$/, '')].map((ch) => font.advance(ch.codePointAt(0)!));
    out.push({ width: advances.reduce((a, b) => a + b, 0), advances, newLine });
    newLine = ends;
  }
  return out;
}
