import type { createPdf } from 'pdfmake';
import type { Comparison } from '../compare/index.js';
import type { Model, Municipality } from '../model/index.js';
import type { WorkbookSpec } from './xlsx/spec.js';

/** pdfmake's document definition (its types package does not export the name from the root). */
export type PdfDefinition = Parameters<typeof createPdf>[0];

/** A document ready to be turned into bytes; `path` is relative to the output folder. */
export type OutputDocument =
  | { readonly path: string; readonly kind: 'pdf'; readonly definition: PdfDefinition }
  | { readonly path: string; readonly kind: 'xlsx'; readonly workbook: WorkbookSpec };

/**
 * The printed words of one template file: `words(key, names)` fills template `key` with the
 * model's vision, region and policies plus `names`.
 */
export type Words = (key: string, names?: object) => string;

/** Which members' outputs to render: all of them for a full build, one for `--municipality`. */
export interface RenderScope {
  readonly municipalities: readonly Municipality[];
  /** What changed since the base, when the build compares with one (`compare --base`). */
  readonly comparison?: Comparison;
}

/** A pure function of the model and its words: it reads no file and writes none. */
export interface Renderer {
  readonly name: string;
  /** Base name of its file in templates/, and the keys it uses there (checked before rendering). */
  readonly templates: { readonly file: string; readonly keys: readonly string[] };
  /** `plan`: documents of the whole plan; `municipality`: one set per member in the scope. */
  readonly per: 'plan' | 'municipality';
  render(model: Model, words: Words, scope: RenderScope): readonly OutputDocument[];
}
