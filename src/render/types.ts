import type { createPdf } from 'pdfmake';
import type { Model } from '../model/index.js';

/** pdfmake's document definition (its types package does not export the name from the root). */
export type PdfDefinition = Parameters<typeof createPdf>[0];

/** A document ready to be turned into bytes; `path` is relative to the output folder. */
export type OutputDocument = { readonly path: string; readonly kind: 'pdf'; readonly definition: PdfDefinition };

/** A pure function of the model: it reads no file and writes none. */
export interface Renderer {
  readonly name: string;
  render(model: Model): readonly OutputDocument[];
}
