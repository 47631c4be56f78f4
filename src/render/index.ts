export { describe } from './describe.js';
export { renderers } from './renderers.js';
export { described, renderChecked, renderUnit, renderUnits, rendererOf, wordsFor, type Described, type RenderInput, type RenderUnit } from './units.js';
export type { OutputDocument, PdfDefinition, Renderer, RenderScope, Words } from './types.js';
export type { CellSpec, SheetSpec, WorkbookSpec } from './xlsx/spec.js';
