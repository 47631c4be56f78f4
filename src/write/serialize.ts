import { RenderError } from '../errors.js';
import type { OutputDocument } from '../render/index.js';

/** Bytes for a document; the libraries are loaded only when a document of their kind is written. */
export async function serialize(document: OutputDocument): Promise<Uint8Array> {
  try {
    switch (document.kind) {
      case 'pdf': {
        const { pdfBytes } = await import('./pdf.js');
        return await pdfBytes(document.definition);
      }
      case 'xlsx': {
        const { xlsxBytes } = await import('./xlsx.js');
        return await xlsxBytes(document.workbook);
      }
    }
  } catch (cause) {
    throw new RenderError(document.path, { cause });
  }
}
