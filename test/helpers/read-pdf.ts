import { getDocument, OPS, Util, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { typeface } from '../../src/write/font.js';

export interface TextItem {
  readonly str: string;
  /** Left edge, points from the page's left. */
  readonly x: number;
  /** Top of the glyph box, points from the page's top (baseline minus the font size). */
  readonly y: number;
  readonly width: number;
  /** The font size in points. */
  readonly size: number;
  readonly fontName: string;
  /** The embedded font's name, e.g. CZZZZZ+BIZUDPGothic-Regular. */
  readonly font: string;
}

/** A filled or stroked path's bounding box (a table rule, an underline), in the same coordinates as text items. */
export interface Segment {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly paint: 'fill' | 'stroke';
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly items: readonly TextItem[];
  /** Every path painted on the page, in drawing order. */
  readonly segments: readonly Segment[];
}

export interface PdfReadBack {
  readonly pages: readonly PdfPage[];
  readonly info: Readonly<Record<string, unknown>>;
}

/**
 * Items come in content-stream order, which for pdfmake is layout order: the lines of one cell
 * follow each other, so joining the strings keeps a wrapped cell's text together.
 *
 * Opens a PDF with pdfjs (the legacy build, the one that runs on Node 20) and returns each page's
 * text items with position, size and font, in top-left coordinates. pdfjs's synthetic gap items
 * (blank, zero height) are dropped.
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfReadBack> {
  // pdfjs detaches the buffer it is given, so it gets a copy.
  const doc = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, isEvalSupported: false, verbosity: VerbosityLevel.ERRORS }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      // Resolves the fonts, so their embedded names can be reported.
      const operators = await page.getOperatorList();
      const items: TextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const m = Util.transform(viewport.transform, item.transform);
        const size = Math.hypot(m[2], m[3]);
        const fontName = item.fontName;
        const font = page.commonObjs.has(fontName) ? (page.commonObjs.get(fontName) as { name?: string }).name : undefined;
        items.push({ str: item.str, x: m[4], y: m[5] - size, width: item.width, size, fontName, font: font ?? fontName });
      }
      pages.push({ width: viewport.width, height: viewport.height, items, segments: segmentsOf(operators, viewport.transform) });
      page.cleanup();
    }
    const { info } = await doc.getMetadata();
    return { pages, info: info as Record<string, unknown> };
  } finally {
    await doc.destroy();
  }
}

const FILLS = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke]);

/**
 * The bounding box of each painted path, following the graphics state's transform through
 * save, restore and cm. pdfjs hands a path over as one constructPath with its box in the
 * path's own coordinates.
 */
function segmentsOf(operators: { fnArray: number[]; argsArray: unknown[] }, view: number[]): Segment[] {
  let ctm = [1, 0, 0, 1, 0, 0];
  const saved: number[][] = [];
  const out: Segment[] = [];
  operators.fnArray.forEach((fn, i) => {
    const args = operators.argsArray[i] as unknown[];
    if (fn === OPS.save) saved.push(ctm);
    else if (fn === OPS.restore) ctm = saved.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = Util.transform(ctm, args as number[]);
    else if (fn === OPS.constructPath) {
      const [paint, , box] = args as [number, unknown, number[] | null];
      if (!box || !(FILLS.has(paint) || STROKES.has(paint))) return;
      const m = Util.transform(view, ctm);
      const corners = [[box[0]!, box[1]!], [box[2]!, box[1]!], [box[0]!, box[3]!], [box[2]!, box[3]!]];
      // applyTransform rewrites the point in place.
      for (const p of corners) Util.applyTransform(p, m);
      const xs = corners.map((p) => p[0]!);
      const ys = corners.map((p) => p[1]!);
      const x = Math.min(...xs);
      const y = Math.min(...ys);
      out.push({ x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y, paint: FILLS.has(paint) ? 'fill' : 'stroke' });
    }
  });
  return out;
}

/** All text of a page in content-stream order, with nothing between items. */
export function streamText(page: PdfPage): string {
  return page.items.map((i) => i.str).join('');
}

export function centreX(item: TextItem): number {
  return item.x + item.width / 2;
}

export function centreY(item: TextItem): number {
  return item.y + item.size / 2;
}

/**
 * Where characters `start` to `end` (code points, end excluded) of an item lie: pdfjs joins
 * neighbouring runs into one item, so the typeface's advance widths place each character,
 * scaled to the item's measured width.
 */
export function glyphSpan(item: TextItem, start: number, end: number): { x: number; width: number } {
  const { regular, bold } = typeface();
  const face = item.font.includes('Bold') ? bold : regular;
  const advances = [...item.str].map((c) => face.glyphForCodePoint(c.codePointAt(0)!).advanceWidth);
  const scale = item.width / advances.reduce((a, b) => a + b, 0);
  const before = advances.slice(0, start).reduce((a, b) => a + b, 0);
  const inside = advances.slice(start, end).reduce((a, b) => a + b, 0);
  return { x: item.x + before * scale, width: inside * scale };
}
