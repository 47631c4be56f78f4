import { readFileSync } from 'node:fs';
import pdfmake from 'pdfmake';
import type { PdfDefinition } from '../render/index.js';
import { FONT_FAMILY } from '../render/pdf/style.js';
import { TooManyPagesError } from '../errors.js';
import { FONT_FILES } from './font.js';

let ready = false;

/**
 * Reads the two font files once per process and hands pdfmake the bytes through its virtual
 * file system (a Buffer given to setFonts directly crashes 0.3.11). Italic maps to upright:
 * the typeface has no italic and a style asking for one must not throw.
 */
function prepare(): void {
  if (ready) return;
  const vfs = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, data: Buffer): void } }).virtualfs;
  vfs.writeFileSync('font-regular.ttf', readFileSync(FONT_FILES.regular));
  vfs.writeFileSync('font-bold.ttf', readFileSync(FONT_FILES.bold));
  pdfmake.setFonts({
    [FONT_FAMILY]: { normal: 'font-regular.ttf', bold: 'font-bold.ttf', italics: 'font-regular.ttf', bolditalics: 'font-bold.ttf' },
  });
  // Documents never refer to URLs or local paths; refuse both so nothing can be fetched.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  ready = true;
}

export async function pdfBytes(definition: PdfDefinition, maxPages?: number): Promise<Uint8Array> {
  prepare();
  let pages = 0;
  // pdfmake tells the page count only to header and footer functions; the footer is wrapped to
  // hear it, and returns what the document's own footer returns (nothing if it has none).
  const footer = definition.footer;
  const counted = {
    ...definition,
    footer: (page: number, count: number, size: unknown) => {
      pages = count;
      return typeof footer === 'function' ? (footer as (...a: unknown[]) => unknown)(page, count, size) : (footer ?? null);
    },
  } as PdfDefinition;
  const buffer: Buffer = await pdfmake.createPdf(counted).getBuffer();
  if (maxPages !== undefined && pages > maxPages) throw new TooManyPagesError(pages, maxPages);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
