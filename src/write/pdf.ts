import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type { PdfDefinition } from '../render/index.js';
import { FONT_FAMILY } from '../render/pdf/style.js';


const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf'),
};

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

export async function pdfBytes(definition: PdfDefinition): Promise<Uint8Array> {
  prepare();
  const buffer: Buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
