import pdfmake from 'pdfmake';
import type { PdfDefinition } from '../render/index.js';
import { FONT_FAMILY } from '../render/pdf/style.js';
import { fontBytes } from './font.js';
import { lookUpStylesWithoutAllocating, pdfmakesStyleStack } from './pdfmake-styles.js';
import { batchStreamText, pdfReferencePrototype } from './pdfkit-streams.js';

let ready = false;

/**
 * Hands pdfmake the typeface's bytes, read once per process (see fontBytes), through its
 * virtual file system (a Buffer given to setFonts directly crashes 0.3.11). Italic maps to
 * upright: the typeface has no italic and a style asking for one must not throw. pdfkit's
 * streams are made to turn their text into bytes once, not once per operator (see batchStreamText),
 * and pdfmake's style look-ups to allocate nothing (see lookUpStylesWithoutAllocating).
 */
function prepare(): void {
  if (ready) return;
  const vfs = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, data: Buffer): void } }).virtualfs;
  const { regular, bold } = fontBytes();
  vfs.writeFileSync('font-regular.ttf', regular);
  vfs.writeFileSync('font-bold.ttf', bold);
  pdfmake.setFonts({
    [FONT_FAMILY]: { normal: 'font-regular.ttf', bold: 'font-bold.ttf', italics: 'font-regular.ttf', bolditalics: 'font-bold.ttf' },
  });
  // Documents never refer to URLs or local paths; refuse both so nothing can be fetched.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  batchStreamText(pdfReferencePrototype());
  lookUpStylesWithoutAllocating(pdfmakesStyleStack());
  ready = true;
}

export async function pdfBytes(definition: PdfDefinition): Promise<Uint8Array> {
  prepare();
  const buffer: Buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
