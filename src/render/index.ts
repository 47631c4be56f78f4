export { renderers } from './renderers.js';
export { described, renderChecked, renderUnits, templateProblem, wordsFor, type Described, type RenderInput, type RenderUnit } from './units.js';
export type { OutputDocument, PdfDefinition, Renderer, RenderScope, Words } from './types.js';
export type { CellSpec, SheetSpec, WorkbookSpec } from './xlsx/spec.js';
