import { getDocument, Util, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

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

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly items: readonly TextItem[];
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
      await page.getOperatorList();
      const items: TextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const m = Util.transform(viewport.transform, item.transform);
        const size = Math.hypot(m[2], m[3]);
        const fontName = item.fontName;
        const font = page.commonObjs.has(fontName) ? (page.commonObjs.get(fontName) as { name?: string }).name : undefined;
        items.push({ str: item.str, x: m[4], y: m[5] - size, width: item.width, size, fontName, font: font ?? fontName });
      }
      pages.push({ width: viewport.width, height: viewport.height, items });
      page.cleanup();
    }
    const { info } = await doc.getMetadata();
    return { pages, info: info as Record<string, unknown> };
  } finally {
    await doc.destroy();
  }
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
