export { buildModel } from './build-model.js';
export { circledNumber, fullWidthNumber, parenthesizedNumber } from './notation.js';
export type * from './types.js';
