import type { OutputDocument } from './types.js';

/**
 * Everything a document is made from, as text: every word, size and position the renderer
 * chose. A PDF's description holds functions (the footer of each page); their text for the
 * first two pages of a two-page document stands for them, so a change to the footer's words
 * shows, and a footer template that fails on the data fails here, while the unit renders.
 * Taken before the document is serialised: pdfmake writes its layout into the description.
 */
export function describe(document: OutputDocument): string {
  return JSON.stringify(document, (_, value: unknown) => (typeof value === 'function' ? [(value as (...args: number[]) => unknown)(1, 2), (value as (...args: number[]) => unknown)(2, 2)] : value));
}
